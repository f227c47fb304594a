// Blame in reported speech: "Poland said Belarus was responsible for the crisis", "Russland sei
// verantwortlich, sagte Kiew". The claimant accuses the one said to be responsible (PLOVER ACCUSE).
// Without a claimant the sentence states a fact, not an accusation. The words are data
// (data/grammar/<language>.yaml, blameWords).
import type { Doc, Found, Speaker } from '../types.ts';
import { eligibleSource, type SentenceActors } from '../grammar/actors.ts';
import { startsLower } from '../../text/tokenize.ts';

/** Accusations stated as "X was responsible" inside reported speech in sentence s, given the acts found there. */
export function relateBlame(doc: Doc, s: number, actors: SentenceActors, speakers: Speaker[], earlier: readonly Found[]): Found[] {
  const sent = doc.sentences[s];
  const added: Found[] = [];
  for (let k = sent.first; k < sent.last; k++) {
    if (!doc.lexicon.grammar.blameWords.has(doc.tokens[k].lower)) continue;
    // The actor just before, over a copula and adverbs ("Belarus was solely responsible").
    const subject = [...actors.all].reverse().find((a) => a.last < k && a.last >= k - 4 && eligibleSource(a));
    if (!subject || !doc.tokens.slice(subject.last + 1, k).every((t) => startsLower(t.text) && t.text !== ',')) continue;
    const speaker = speakers.find((sp) => sp.from <= k && k < sp.to && !subject.keys.includes(sp.key));
    if (!speaker || [...earlier, ...added].some((f) => f.type === 'ACCUSE' && f.targets.some((t) => subject.keys.includes(t)))) continue;
    added.push({ type: 'ACCUSE', sources: [speaker.key], targets: subject.keys, cue: k, rule: `${doc.language}.accuse.reported-blame`, reciprocal: false, confidence: doc.lexicon.confidence.obligation });
  }
  return added;
}
