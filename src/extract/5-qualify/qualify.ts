// Qualifies the acts found in each sentence: one candidate per source–target pair, with its polarity
// (asserted, negated, hypothetical), claimant (the sentence's speaker whose reported content holds the
// cue), date and confidence. Structural edges (REPRESENTS, MEMBER_OF) are facts: asserted, undated,
// unattributed.
import { relationTypeInfo } from '../../relationTypes.ts';
import type { Act, Candidate, Doc, Found, Speaker } from '../types.ts';
import type { Mention } from '../../text/mention.ts';
import { dateOf } from './dates.ts';
import { polarityOf } from './polarity.ts';

export function qualify(doc: Doc, acts: Act[], mentions: Mention[]): Candidate[] {
  const out: Candidate[] = [];
  for (const act of acts) {
    const date = act.sentence === null ? undefined : dateOf(doc, act.sentence);
    for (const f of act.found) out.push(...expand(doc, f, act.speakers, date));
  }
  return dedupe(out.filter(notWithOwnOffice(mentions)));
}

// "Xi and Putin pledge ... during Moscow visit": an office holder does not act on what they represent, nor it on
// them — except in conflict: "Myanmar's army detained Aung San Suu Kyi" (a coup, an arrest, an impeachment).
function notWithOwnOffice(mentions: Mention[]): (c: Candidate) => boolean {
  const offices = new Set(mentions.filter((m) => m.office).map((m) => `${m.key}|${m.office}`));
  const againstOwn = (c: Candidate) => offices.has(`${c.target}|${c.source}`) && relationTypeInfo(c.type).weight >= 0;
  return (c) => c.type === 'REPRESENTS' || (!offices.has(`${c.source}|${c.target}`) && !againstOwn(c));
}

function expand(doc: Doc, f: Found, speakers: Speaker[], date: Candidate['date']): Candidate[] {
  const pairs: Array<[string, string]> = [];
  if (f.targets.length) {
    for (const s of f.sources) for (const t of f.targets) if (s !== t) pairs.push([s, t]);
    // "clashed with Y": the act runs back from every target too.
    if (f.mutual) for (const s of f.sources) for (const t of f.targets) if (s !== t) pairs.push([t, s]);
    // "a summit with Japan and South Korea": the guests meet each other as well.
    if (f.joint) for (let a = 0; a < f.targets.length; a++) for (let b = a + 1; b < f.targets.length; b++) pairs.push([f.targets[a], f.targets[b]]);
  } else if (f.mutual) {
    for (const a of f.sources) for (const b of f.sources) if (a !== b) pairs.push([a, b]);
  } else if (f.reciprocal) {
    for (let a = 0; a < f.sources.length; a++) for (let b = a + 1; b < f.sources.length; b++) pairs.push([f.sources[a], f.sources[b]]);
  }
  const structural = f.type === 'REPRESENTS' || f.type === 'MEMBER_OF';
  const polarity = structural ? 'asserted' : f.polarity ?? polarityOf(doc, f.cue);
  return pairs.map(([source, target]) => {
    const speaker = structural ? undefined : speakers.find((sp) => sp.from <= f.cue && f.cue < sp.to && sp.key !== source);
    const attributedTo = f.claimant ?? speaker?.key ?? null;
    const { notAssertedFactor, attributedFactor } = doc.lexicon.confidence;
    const confidence = +(f.confidence * (polarity === 'asserted' ? 1 : notAssertedFactor) * (attributedTo ? attributedFactor : 1)).toFixed(2);
    const c: Candidate = { type: f.type, source, target, sentence: doc.sentenceOf[f.cue], cue: f.cue, rule: f.rule, polarity, attributedTo, confidence };
    if (date && !structural) c.date = date;
    return c;
  });
}

function dedupe(cs: Candidate[]): Candidate[] {
  const seen = new Set<string>();
  return cs.filter((c) => {
    const k = `${c.source}|${c.type}|${c.target}|${c.sentence}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
