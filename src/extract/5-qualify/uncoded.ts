// Sentences where two actors and an event cue meet but no rule produced an event: listed, never given a
// default type. A coder that guesses a type for every such sentence hides what the rules miss; the list
// shows it instead (and is what the relation rules are improved against).
import type { Candidate, Doc } from '../types.ts';
import { insideMention, type Mention } from '../../text/mention.ts';
import { STRUCTURAL_TYPES, type RelationType } from '../../model.ts';

export interface UncodedSentence {
  sentence: number;
  /** Entity keys of the sentence's actors, in text order. */
  actors: string[];
  /** Token index of the first cue word. */
  cue: number;
}

const STRUCTURAL = new Set<RelationType>(STRUCTURAL_TYPES);

export function findUncoded(doc: Doc, mentions: Mention[], candidates: Candidate[]): UncodedSentence[] {
  // A structural edge ("Frankreichs Präsident Macron") codes no event, so it does not count as coded.
  const coded = new Set(candidates.filter((c) => !STRUCTURAL.has(c.type)).map((c) => c.sentence));
  const bySentence = new Map<number, Mention[]>();
  for (const m of mentions) {
    // Places are where things happen, not who acts; office names and inferred offices are no second actor.
    if (m.type === 'Location' || m.inRole || m.implicit || m.platform) continue;
    const list = bySentence.get(m.sentence) ?? [];
    list.push(m);
    bySentence.set(m.sentence, list);
  }
  const out: UncodedSentence[] = [];
  for (const [s, own] of bySentence) {
    if (coded.has(s)) continue;
    const actors = [...new Set(own.map((m) => m.key))];
    if (actors.length < 2) continue;
    const cue = firstCue(doc, s, own);
    if (cue !== undefined) out.push({ sentence: s, actors, cue });
  }
  return out.sort((a, b) => a.sentence - b.sentence);
}

function firstCue(doc: Doc, s: number, own: Mention[]): number | undefined {
  const { first, last } = doc.sentences[s];
  for (let i = first; i < last; i++) {
    // A cue inside a name ("Abkommen" in a treaty's name as an organisation) is part of the actor.
    if (insideMention(own, i)) continue;
    const lower = doc.tokens[i].lower;
    if (doc.lexicon.verbsFor(lower).length || doc.lexicon.nounFor(lower)) return i;
  }
  return undefined;
}
