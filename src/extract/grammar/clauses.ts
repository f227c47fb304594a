// Clause limits inside a sentence: punctuation and subordinating words bound the reach of a cue.
import type { Doc } from '../types.ts';
import { startsUpper } from '../../text/tokenize.ts';

// Punctuation is orthography, the same in both languages; subordinators are data/grammar/<language>.yaml.
const PUNCT = new Set([',', ';', ':', '–', '—', '!', '?']);

export function isBoundary(doc: Doc, i: number): boolean {
  return boundaries(doc)[i] === 1;
}

// Clause limits are asked for the same tokens again and again: computed once per document.
const BOUNDARIES = new WeakMap<Doc, Uint8Array>();

function boundaries(doc: Doc): Uint8Array {
  let flags = BOUNDARIES.get(doc);
  if (!flags) {
    flags = new Uint8Array(doc.tokens.length);
    for (let i = 0; i < flags.length; i++) flags[i] = boundaryAt(doc, i) ? 1 : 0;
    BOUNDARIES.set(doc, flags);
  }
  return flags;
}

function boundaryAt(doc: Doc, i: number): boolean {
  const t = doc.tokens[i];
  if (PUNCT.has(t.text) || doc.lexicon.grammar.subordinators.has(t.lower) || (t.text === '-' && doc.tokens[i - 1]?.end !== t.start)) return true;
  // "Iran said Russia attacked Ukraine": reported content starts a clause of its own.
  return doc.language === 'en' && doc.lexicon.reporting.verbs.has(t.lower) && startsUpper(doc.tokens[i + 1]?.text ?? '');
}

/** [from, to) token range of the clause around token i, within its sentence. */
export function clauseOf(doc: Doc, i: number): [number, number] {
  const s = doc.sentences[doc.sentenceOf[i]];
  const flags = boundaries(doc);
  let from = i;
  while (from > s.first && flags[from - 1] === 0) from--;
  let to = i + 1;
  while (to < s.last && flags[to] === 0) to++;
  return [from, to];
}

/** Whether token i closes its clause (a separable particle stands there: "wirft ... vor."). */
export function endsClause(doc: Doc, i: number): boolean {
  const s = doc.sentences[doc.sentenceOf[i]];
  const next = doc.tokens[i + 1];
  return i + 1 >= s.last || isBoundary(doc, i + 1) || next.text === '.' || doc.lexicon.grammar.clauseClosingConjunctions.has(next.lower) || /^["„“”»«]$/.test(next.text);
}
