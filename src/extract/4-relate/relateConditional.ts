// Conditional coercion is a threat: "Nigeria will withdraw its force from Chad unless …", "Wir werden Sanktionen
// verhängen, es sei denn …". A material conflict act (sanction, force, force posture) stated together with a
// condition phrase (data/grammar/<language>.yaml, conditionPhrases) is also a threat by its source to its
// target, made now; the act itself stays hypothetical through the modality rules.
import type { Doc, Found } from '../types.ts';
import { relationTypeInfo } from '../../relationTypes.ts';
import { phraseAt } from '../grammar/phrases.ts';

/** Threats implied by the conditional acts of sentence s, given the acts already found there. */
export function relateConditional(doc: Doc, s: number, found: readonly Found[]): Found[] {
  const sent = doc.sentences[s];
  const phrases = [...doc.lexicon.grammar.conditionPhrases].map((p) => p.split(' '));
  let at = -1;
  for (let j = sent.first; j < sent.last && at < 0; j++) if (phrases.some((p) => phraseAt(doc, j, p))) at = j;
  if (at < 0) return [];
  const threats: Found[] = [];
  for (const f of found) {
    const info = relationTypeInfo(f.type);
    if (info.mode !== 'material' || info.weight >= 0 || !f.targets.length || f.mutual) continue;
    if (found.some((g) => g.type === 'THREATEN' && g.sources.some((k) => f.sources.includes(k)))) continue;
    threats.push({ type: 'THREATEN', sources: f.sources, targets: f.targets, cue: at, rule: `${doc.language}.threaten.conditional`, reciprocal: false, confidence: f.confidence, polarity: 'asserted' });
  }
  return threats;
}
