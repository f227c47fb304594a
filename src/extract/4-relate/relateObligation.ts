// Demands in reported speech: "Russia said Sudan must return the helicopter", "Die Hamas müsse
// den Vorschlag akzeptieren, so Witkoff". The claimant asks the subject of "must"/"müsse" to act
// (PLOVER REQUEST). Without a claimant the sentence states a duty, not a demand.
import type { Doc, Found, Speaker } from '../types.ts';
import { eligibleSource, type Actor, type SentenceActors } from '../grammar/actors.ts';
import { startsLower } from '../../text/tokenize.ts';
import { clauseOf } from '../grammar/clauses.ts';

/** Demands stated as "X must ..." inside reported speech in sentence s, given the acts already found there. */
export function relateObligation(doc: Doc, s: number, actors: SentenceActors, speakers: Speaker[], earlier: readonly Found[]): Found[] {
  const sent = doc.sentences[s];
  const found = [...earlier];
  const added: Found[] = [];
  for (let k = sent.first; k < sent.last; k++) {
    if (!doc.lexicon.obligation.has(doc.tokens[k].lower) || expects(doc, k)) continue;
    const subject = subjectOf(doc, k, actors);
    const speaker = subject && speakers.find((sp) => sp.from <= k && k < sp.to && !subject.keys.includes(sp.key));
    if (!subject || !speaker || found.some((f) => f.cue === k)) continue;
    const demand: Found = { type: 'REQUEST', sources: [speaker.key], targets: subject.keys, cue: k, rule: `${doc.language}.request.obligation`, reciprocal: false, confidence: doc.lexicon.confidence.obligation, polarity: 'asserted' };
    found.push(demand);
    added.push(demand);
  }
  return added;
}

// "muss der Iran mit einem Gegenschlag rechnen", "must brace for": what X must expect is no demand on X.
function expects(doc: Doc, k: number): boolean {
  const [, to] = clauseOf(doc, k);
  for (let j = k + 1; j < to; j++) if (doc.lexicon.grammar.expectationVerbs.has(doc.tokens[j].lower)) return true;
  return false;
}

// The actor right before the modal ("the Sudanese government must"), or, German inversion, right after ("dann müsse Israel").
function subjectOf(doc: Doc, k: number, actors: SentenceActors): Actor | undefined {
  const before = actors.all.filter((a) => a.last < k && a.last >= k - 3 && eligibleSource(a));
  const gap = before.length ? doc.tokens.slice(before[before.length - 1].last + 1, k) : [];
  const { complementizers } = doc.lexicon.grammar;
  if (before.length && gap.every((t) => startsLower(t.text) && t.lower !== ',' && !complementizers.has(t.lower))) return before[before.length - 1];
  if (doc.language !== 'de') return undefined;
  return actors.all.find((a) => a.first > k && a.first <= k + 2 && eligibleSource(a));
}
