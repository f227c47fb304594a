// Clause limits inside a sentence: punctuation and subordinating words bound the reach of a cue.
import type { Doc } from './types.ts';

const PUNCT = new Set([',', ';', ':', '–', '—', '!', '?']);
const SUBORDINATORS = new Set(['dass', 'weil', 'ob', 'obwohl', 'nachdem', 'sodass', 'während', 'that', 'which', 'who', 'whom', 'because', 'while', 'whereas', 'although', 'unless']);

export function isBoundary(doc: Doc, i: number): boolean {
  const t = doc.tokens[i];
  if (PUNCT.has(t.text) || SUBORDINATORS.has(t.lower) || (t.text === '-' && doc.tokens[i - 1]?.end !== t.start)) return true;
  // "Iran said Russia attacked Ukraine": reported content starts a clause of its own.
  return doc.language === 'en' && doc.lexicon.reporting.verbs.has(t.lower) && /^\p{Lu}/u.test(doc.tokens[i + 1]?.text ?? '');
}

/** [from, to) token range of the clause around token i, within its sentence. */
export function clauseOf(doc: Doc, i: number): [number, number] {
  const s = doc.sentences[doc.sentenceOf[i]];
  let from = i;
  while (from > s.first && !isBoundary(doc, from - 1)) from--;
  let to = i + 1;
  while (to < s.last && !isBoundary(doc, to)) to++;
  return [from, to];
}

/** Whether token i closes its clause (a separable particle stands there: "wirft ... vor."). */
export function endsClause(doc: Doc, i: number): boolean {
  const s = doc.sentences[doc.sentenceOf[i]];
  const next = doc.tokens[i + 1];
  return i + 1 >= s.last || isBoundary(doc, i + 1) || next.text === '.' || ['und', 'and', 'sowie'].includes(next.lower) || /^["„“”»«]$/.test(next.text);
}
