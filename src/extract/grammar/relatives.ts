// Relative clauses. "China, which supports Russia, met India", "Guterres und Erdogan, die … vermittelt hatten":
// a relative pronoun right after a comma has the actor before the comma as its subject, and the main clause
// that the relative clause interrupts keeps that actor as its subject after the closing comma. The pronouns
// are data (data/grammar/<language>.yaml, relativePronouns); only subject forms are listed, since "dem" or
// "whom" make the antecedent an object.
import type { Doc } from '../types.ts';
import type { Mention } from '../../text/mention.ts';
import { withListBefore, actorGroup, eligibleSource, type Actor, type SentenceActors } from './actors.ts';

/** The antecedent when the clause [from, …) opens with a relative pronoun after a comma. */
export function relativeSubject(doc: Doc, actors: SentenceActors, from: number): Actor[] | undefined {
  const at = pronounAt(doc, from) ? from : pronounAt(doc, from - 1) ? from - 1 : -1;
  if (at < 0) return undefined;
  // "die Türkei, die Katar …": a name right after the pronoun may be its noun, the pronoun an article.
  if (actors.at.has(at + 1)) return undefined;
  return antecedent(doc, actors, at - 1);
}

/** The subject of a main clause resumed after a relative clause or an apposition: "China, which supports Russia,
 *  met India"; "Jens Stoltenberg, heute norwegischer Finanzminister, forderte …". */
export function resumedSubject(doc: Doc, actors: SentenceActors, from: number, mentions: readonly Mention[]): Actor[] | undefined {
  if (doc.tokens[from - 1]?.text !== ',') return undefined;
  const first = doc.sentences[doc.sentenceOf[from]].first;
  for (let p = from - 2; p > first; p--) {
    if (doc.tokens[p].text !== ',') continue;
    const opens = pronounAt(doc, p + 1) && !actors.at.has(p + 2);
    return opens || apposition(actors, mentions, p + 1, from - 1) ? antecedent(doc, actors, p) : undefined;
  }
  return undefined;
}

// An office between commas ("heute norwegischer Finanzminister", "Venezuela's foreign minister"): a mention
// standing only for the office, and no actor of its own.
function apposition(actors: SentenceActors, mentions: readonly Mention[], from: number, to: number): boolean {
  const office = mentions.some((m) => m.inRole && m.first >= from && m.last < to);
  return office && !actors.all.some((a) => a.first >= from && a.last < to);
}

function pronounAt(doc: Doc, j: number): boolean {
  return doc.tokens[j - 1]?.text === ',' && doc.lexicon.grammar.relativePronouns.has(doc.tokens[j]?.lower ?? '');
}

// The actor (and the list it closes) that ends right before the comma at `comma`.
function antecedent(doc: Doc, actors: SentenceActors, comma: number): Actor[] | undefined {
  const a = actors.all.find((x) => x.last === comma - 1);
  if (!a || !eligibleSource(a)) return undefined;
  const list = withListBefore(doc, actors, [a]);
  // "X und Y, die …": walk back over a coordinated pair as well.
  const start = actors.all.find((x) => x.last < list[0].first && actorGroup(doc, actors, x, comma).includes(a));
  return start ? actorGroup(doc, actors, start, comma) : list;
}
