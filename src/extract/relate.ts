// Relations, sentence by sentence: verb cues, noun cues, demands in reported speech, then structural edges; each
// candidate gets its claimant (attribution), polarity, date and confidence.
import type { Doc, Candidate } from './types.ts';
import type { Mention } from '../text/mention.ts';
import { sentenceActors } from './actors.ts';
import { findSpeakers, type Speaker } from './attribute.ts';
import { dateOf } from './dates.ts';
import { polarityOf } from './polarity.ts';
import { relateNouns } from './relateNouns.ts';
import { relateObligation } from './relateObligation.ts';
import { relateStructural } from './relateStructural.ts';
import { relateVerbs, type Found } from './relateVerbs.ts';

export function relate(doc: Doc, mentions: Mention[]): Candidate[] {
  const out: Candidate[] = [];
  const bySentence: Mention[][] = doc.sentences.map(() => []);
  for (const m of mentions) bySentence[m.sentence].push(m);
  // Mentions are in text order; the rules look back at them only (anaphora, demonstratives).
  for (const s of doc.sentences) {
    const speakers = findSpeakers(doc, s.index, bySentence[s.index], mentions);
    const phraseSpeakers = new Set(speakers.filter((sp) => sp.byPhrase && sp.mention).map((sp) => sp.mention!));
    const actors = sentenceActors(doc, s.index, bySentence[s.index], mentions, phraseSpeakers);
    const found: Found[] = [];
    relateVerbs(doc, s.index, actors, mentions, found);
    relateNouns(doc, s.index, actors, mentions, found);
    relateObligation(doc, s.index, actors, speakers, found);
    const date = found.length ? dateOf(doc, s.index) : undefined;
    for (const f of found) out.push(...expand(doc, f, speakers, date));
  }
  for (const f of relateStructural(doc, mentions)) out.push(...expand(doc, f, [], undefined));
  return dedupe(out.filter(notWithOwnOffice(mentions)));
}

// "Xi and Putin pledge ... during Moscow visit": an office holder does not act on what they represent.
function notWithOwnOffice(mentions: Mention[]): (c: Candidate) => boolean {
  const offices = new Set(mentions.filter((m) => m.office).map((m) => `${m.key}|${m.office}`));
  return (c) => c.type === 'REPRESENTS' || (!offices.has(`${c.source}|${c.target}`) && !offices.has(`${c.target}|${c.source}`));
}

function expand(doc: Doc, f: Found, speakers: Speaker[], date: Candidate['date']): Candidate[] {
  const pairs: Array<[string, string]> = [];
  if (f.targets.length) {
    for (const s of f.sources) for (const t of f.targets) if (s !== t) pairs.push([s, t]);
  } else if (f.reciprocal) {
    for (let a = 0; a < f.sources.length; a++) for (let b = a + 1; b < f.sources.length; b++) pairs.push([f.sources[a], f.sources[b]]);
  }
  const structural = f.type === 'REPRESENTS' || f.type === 'MEMBER_OF';
  const polarity = structural ? 'asserted' : f.polarity ?? polarityOf(doc, f.cue);
  return pairs.map(([source, target]) => {
    const speaker = structural ? undefined : speakers.find((sp) => sp.from <= f.cue && f.cue < sp.to && sp.key !== source);
    const attributedTo = f.claimant ?? speaker?.key ?? null;
    const confidence = +(f.confidence * (polarity === 'asserted' ? 1 : 0.8) * (attributedTo ? 0.9 : 1)).toFixed(2);
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
