// Polarity of a cue: negated ("nicht", "kein", "denied", "no evidence") when a negation stands in
// its clause; hypothetical ("könnte", "würde", "could", "if", "Risiko") when a modal word stands in
// its clause, or a condition or risk word earlier in the sentence.
import type { Polarity } from '../../model.ts';
import { clauseOf } from '../grammar/clauses.ts';
import { isInfinitive } from '../grammar/infinitives.ts';
import type { Doc } from '../types.ts';
import { phraseAt } from '../grammar/phrases.ts';

export function polarityOf(doc: Doc, cue: number): Polarity {
  const [own, to] = clauseOf(doc, cue);
  // An infinitive inherits the main clause's negation: "bestreitet, Y zu unterstützen", "denied helping Y".
  const from = isInfinitive(doc, cue) && own > doc.sentences[doc.sentenceOf[cue]].first ? clauseOf(doc, own - 2)[0] : own;
  const { negation, modality } = doc.lexicon;
  // "stop arming Taiwan", "ceased attacking": the act after a verb of ceasing does not go on.
  if (doc.lexicon.grammar.cessationVerbs.has(doc.tokens[cue - 1]?.lower ?? '') && /\p{L}ing$/u.test(doc.tokens[cue].lower)) return 'negated';
  for (let j = from; j < to; j++) {
    if (j === cue) continue;
    const w = doc.tokens[j].lower;
    if (negation.words(w) && !negation.exceptions.some((e) => startsPhrase(doc, j, e))) return 'negated';
  }
  for (let j = from; j < to; j++) if (j !== cue && modality.words(doc.tokens[j].lower)) return 'hypothetical';
  if (isFuture(doc, cue, from)) return 'hypothetical';
  const s = doc.sentences[doc.sentenceOf[cue]];
  for (let j = s.first; j < from; j++) if (modality.sentenceWide.has(doc.tokens[j].lower)) return 'hypothetical';
  return 'asserted';
}

// "wird ... angreifen" is future; "wird ... angegriffen", "wird ... unterstützt" are passive participles
// (infinitive endings and participle prefixes: data/grammar/de.yaml).
function isFuture(doc: Doc, cue: number, from: number): boolean {
  const { future } = doc.lexicon.modality;
  const { infinitive, participle } = doc.lexicon.shapes;
  const verb = doc.tokens[cue].text;
  if (!future.size || !infinitive.test(verb) || participle.test(verb)) return false;
  for (let j = from; j < cue; j++) if (future.has(doc.tokens[j].lower)) return true;
  return false;
}

function startsPhrase(doc: Doc, j: number, phrase: string): boolean {
  return phraseAt(doc, j, phrase.split(' '));
}
