// Word sequences in the token stream: lexicon phrases ("beide Länder", "each other", "according to")
// are matched against lowercased tokens in one way everywhere.
import type { Doc } from '../types.ts';

/** Whether the lowercased words of `phrase` stand in the text from token i on. */
export function phraseAt(doc: Doc, i: number, phrase: readonly string[]): boolean {
  return phrase.every((w, k) => doc.tokens[i + k]?.lower === w);
}

/** "laut X", "according to X": token j is a source preposition or the last word of a source phrase. */
export function endsSourcePhrase(doc: Doc, j: number): boolean {
  if (doc.lexicon.reporting.prepositions.has(doc.tokens[j].lower)) return true;
  return doc.lexicon.shapes.sourcePhrases.some((p) => phraseAt(doc, j - p.length + 1, p));
}
