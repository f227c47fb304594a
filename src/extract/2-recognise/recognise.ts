// Recognition: every mention of an actor or place in the article, in text order.
import type { Gazetteer } from '../../gazetteer/gazetteer.ts';
import type { SurfaceIndex } from '../../gazetteer/surfaceIndex.ts';
import type { Doc } from '../types.ts';
import type { Mention } from '../../text/mention.ts';
import { matchGazetteer } from './matchGazetteer.ts';
import { findPeople } from './findPeople.ts';
import { findOrganisations } from './findOrganisations.ts';
import { findShortForms } from './findShortForms.ts';
import { dropGroupModifiers } from './dropGroupModifiers.ts';
import { markDateline } from './markDateline.ts';

export function recognise(doc: Doc, gaz: Gazetteer, index: SurfaceIndex): Mention[] {
  const matched = matchGazetteer(doc, index);      // 1. known names, adjectives, capitals
  const { known: named, added: people } = findPeople(doc, gaz, matched); // 2. people named with an office, and what they represent
  const orgs = findOrganisations(doc, [...named, ...people]); // 3. unknown organisations by shape
  const all = [...named, ...people, ...orgs];
  const short = findShortForms(doc, all);           // 4. surnames standing alone
  const sorted = [...all, ...short].sort((a, b) => a.first - b.first || a.start - b.start);
  const described = dropGroupModifiers(doc, sorted); // 5. "die palästinensische Hamas": the nationality only describes the group
  return markDateline(doc, described);              // 6. "NAIROBI, Kenya …": where the story was filed, no actor
}
