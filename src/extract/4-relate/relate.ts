// Relations, sentence by sentence: verb cues, noun cues, demands and blame in reported speech, conditional threats, then structural
// edges. Each sentence's acts come with the sentence's speakers (stage 3), so the qualify stage can
// give every act its claimant.
import type { Act, Doc, Found } from '../types.ts';
import type { Mention } from '../../text/mention.ts';
import { sentenceActors } from '../grammar/actors.ts';
import { findSpeakers } from '../3-attribute/findSpeakers.ts';
import { relateNouns } from './relateNouns.ts';
import { relateObligation } from './relateObligation.ts';
import { relateConditional } from './relateConditional.ts';
import { relateBlame } from './relateBlame.ts';
import { relateStructural } from './relateStructural.ts';
import { relateVerbs } from './relateVerbs.ts';

/** The acts of the article in text order: per sentence, then the structural edges (no speakers, no date). */
export function relate(doc: Doc, mentions: Mention[]): Act[] {
  const acts: Act[] = [];
  const bySentence: Mention[][] = doc.sentences.map(() => []);
  for (const m of mentions) bySentence[m.sentence].push(m);
  // Mentions are in text order; the rules look back at them only (anaphora, demonstratives).
  for (const s of doc.sentences) {
    const speakers = findSpeakers(doc, s.index, bySentence[s.index], mentions);
    const phraseSpeakers = new Set(speakers.filter((sp) => sp.byPhrase && sp.mention).map((sp) => sp.mention!));
    const actors = sentenceActors(doc, s.index, bySentence[s.index], mentions, phraseSpeakers, speakers);
    const found: Found[] = relateVerbs(doc, s.index, actors, mentions, acts);
    found.push(...relateNouns(doc, s.index, actors, mentions, found));
    found.push(...relateObligation(doc, s.index, actors, speakers, found));
    found.push(...relateBlame(doc, s.index, actors, speakers, found));
    found.push(...relateConditional(doc, s.index, found));
    if (found.length) acts.push({ sentence: s.index, found, speakers });
  }
  const structural = relateStructural(doc, mentions);
  if (structural.length) acts.push({ sentence: null, found: structural, speakers: [] });
  return acts;
}
