// "die palästinensische Hamas", "die libanesische Hisbollah", "Yemen's Houthi rebels": a nationality
// right before a group's name describes the group; it is neither an actor nor a mention of the country.
import type { Doc } from '../types.ts';
import type { Mention } from '../../text/mention.ts';
import { isPossessive } from '../../text/tokenize.ts';

export function dropGroupModifiers(doc: Doc, mentions: Mention[]): Mention[] {
  const groupAt = new Set(mentions.filter((g) => g.type === 'Group' && !g.implicit).map((g) => g.first));
  return mentions.filter((m) => !(isModifier(doc, m) && groupAt.has(m.last + 1)));
}

function isModifier(doc: Doc, m: Mention): boolean {
  return m.type === 'Country' && (m.kind === 'adjective' || isPossessive(doc.tokens[m.last]));
}
