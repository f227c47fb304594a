// Infinitives and their implicit subjects. "zu unterstützen", "to support", "of supporting" have no
// subject in their own clause: after a complement-taking cue ("accused X of supporting", "warnte X,
// ... zu unterstützen") the cue's object acts; otherwise the main clause's subject does.
import type { Doc, Found } from '../types.ts';
import { eligibleSource, type Actor, type SentenceActors } from './actors.ts';

/** "zu unterstützen", "to support", "of supporting": the verb's subject is not in its own clause. */
export function isInfinitive(doc: Doc, i: number): boolean {
  const prev = doc.tokens[i - 1]?.lower ?? '';
  const { infinitiveMarkers, gerundPrepositions } = doc.lexicon.grammar;
  return infinitiveMarkers.has(prev) || (gerundPrepositions.has(prev) && doc.tokens[i].lower.endsWith('ing')) || joinedInfinitive(doc, i);
}

// "haben vereinbart, enger zusammenzuarbeiten": German joins "zu" into a separable verb; such a word closing its
// clause is an infinitive (a prefix of three letters or more before "zu", so "zugestimmt" is none).
function joinedInfinitive(doc: Doc, i: number): boolean {
  if (doc.language !== 'de' || !/^\p{L}{3,}zu\p{L}+en$/u.test(doc.tokens[i].lower)) return false;
  const next = doc.tokens[i + 1];
  return !next || /^[.,;:!?"»«“”]$/.test(next.text);
}

/** "The army detained her, accusing her party of fraud": an English participle opening a clause after a comma
 *  has the main clause's subject. */
export function isParticipleAdjunct(doc: Doc, i: number): boolean {
  return doc.language === 'en' && doc.tokens[i - 1]?.text === ',' && /\p{L}{3}ing$/u.test(doc.tokens[i].lower);
}

/** "Japan bestreitet, die Ukraine zu unterstützen": the infinitive's subject is the main clause's. */
export function matrixSubject(doc: Doc, actors: SentenceActors, from: number): Actor | undefined {
  const s = doc.sentences[doc.sentenceOf[from]];
  return actors.all.find((a) => a.first >= s.first && a.last < from - 1 && eligibleSource(a));
}

/** The complement-taking cue earlier in the sentence whose object performs the infinitive at i, if any. */
export function controllerFor(doc: Doc, found: readonly Found[], i: number): Found['controls'] {
  const prev = doc.tokens[i - 1]?.lower ?? '';
  const { infinitiveMarkers, gerundPrepositions, joinedInfinitivePrefixes } = doc.lexicon.grammar;
  const lower = doc.tokens[i].lower;
  // "told Y to stop arming Z": the gerund after a verb of ceasing belongs to the infinitive.
  const ceased = doc.lexicon.grammar.cessationVerbs.has(prev) && /\p{L}ing$/u.test(lower);
  const infinitive = infinitiveMarkers.has(prev) || gerundPrepositions.has(prev) || ceased || [...joinedInfinitivePrefixes].some((p) => lower.startsWith(p));
  if (!infinitive) return undefined;
  const c = [...found].reverse().find((f) => f.controls && doc.sentenceOf[f.cue] === doc.sentenceOf[i] && f.cue < i);
  return c?.controls;
}
