// Word sequences in the token stream: lexicon phrases ("beide Länder", "each other", "according to")
// are matched against lowercased tokens in one way everywhere.
import type { Doc } from '../types.ts';
import { readDates } from '../../data/lexiconFiles.ts';

/** Whether the lowercased words of `phrase` stand in the text from token i on. */
export function phraseAt(doc: Doc, i: number, phrase: readonly string[]): boolean {
  return phrase.every((w, k) => doc.tokens[i + k]?.lower === w);
}

/** "laut X", "according to X": token j is a source preposition or the last word of a source phrase. */
export function endsSourcePhrase(doc: Doc, j: number): boolean {
  if (doc.lexicon.reporting.prepositions.has(doc.tokens[j].lower)) return true;
  return doc.lexicon.shapes.sourcePhrases.some((p) => phraseAt(doc, j - p.length + 1, p));
}

/** Walking back from token `first` over at most three words that `skip` passes: the first other token, or -1
 *  ("nach dem Angriff", "in the Netherlands": the preposition before an actor). */
export function wordBefore(doc: Doc, first: number, skip: (lower: string) => boolean): number {
  for (let j = first - 1; j >= Math.max(0, first - 3); j--) if (!skip(doc.tokens[j].lower)) return j;
  return -1;
}

/** An article or an inflected adjective ("der", "the", "russischen"): words between a preposition and its actor. */
export function articleOrAdjective(doc: Doc, lower: string): boolean {
  return doc.lexicon.grammar.articles.has(lower) || doc.lexicon.shapes.inflectedAdjective.test(lower);
}

/** Whether a word of `words` stands in the clause [from, to) of token i, other than i: in English before i
 *  ("launched an offensive", "received support"), in German anywhere, as its verb may close the clause. */
export function clauseWordFor(doc: Doc, words: ReadonlySet<string>, i: number, from: number, to: number): boolean {
  const end = doc.language === 'de' ? to : i;
  for (let j = from; j < end; j++) if (j !== i && words.has(doc.tokens[j].lower)) return true;
  return false;
}

/** Whether a word of `words` governs the actor starting at `first`, over articles and adjectives ("on the Russian Federation"). */
export function governedBy(doc: Doc, first: number, words: ReadonlySet<string>): boolean {
  const j = wordBefore(doc, first, (w) => !words.has(w) && articleOrAdjective(doc, w));
  return j >= 0 && words.has(doc.tokens[j].lower);
}

/** How many tokens after `last` (1 or 2) a word of `words` stands ("Turkish troops", "French foreign minister"), or undefined. */
export function wordWithinTwo(doc: Doc, last: number, words: ReadonlySet<string>): number | undefined {
  return [1, 2].find((k) => words.has(doc.tokens[last + k]?.lower ?? ''));
}

const DATES = readDates();
/** Weekday names ("Monday", "Mittwoch"), lowercased. */
export const WEEKDAY_WORDS: ReadonlySet<string> = new Set(Object.keys(DATES.weekdays).map((w) => w.toLowerCase()));
/** Weekdays and the days named relative to today ("today", "gestern"), lowercased. */
export const DAY_WORDS: ReadonlySet<string> = new Set([...WEEKDAY_WORDS, ...Object.keys(DATES.days).map((w) => w.toLowerCase())]);
