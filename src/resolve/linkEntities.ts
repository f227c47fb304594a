// Linking: one canonical entity per actor, with every surface form it was seen under.
import type { Entity } from '../model.ts';
import type { Mention } from '../text/mention.ts';
import { roleAt, type Gazetteer, type GazetteerEntry } from '../gazetteer/gazetteer.ts';

/** `date`: the article's publishedAt; a known person's role is the office they held on it. */
export function linkEntities(mentions: Mention[], gaz: Gazetteer, date?: string): Map<string, Entity> {
  const entities = new Map<string, Entity>();
  for (const m of mentions) {
    let e = entities.get(m.key);
    if (!e) {
      e = toEntity(m, gaz, date);
      entities.set(m.key, e);
    }
    if (!m.implicit && !e.mentions.includes(m.surface)) e.mentions.push(m.surface);
    if (m.role && !e.role) e.role = m.role;
  }
  return entities;
}

function toEntity(m: Mention, gaz: Gazetteer, date: string | undefined): Entity {
  const entry = gaz.byId.get(m.key);
  const e: Entity = { id: m.key, name: entry?.name ?? m.name, type: entry?.type ?? m.type, mentions: [] };
  if (entry?.wikidata) e.wikidata = entry.wikidata;
  if (entry?.iso2) e.iso2 = entry.iso2;
  if (entry?.iso3) e.iso3 = entry.iso3;
  const role = entry && roleAt(entry, date);
  if (role) e.role = role.title;
  const current = entry && roleAt(entry);
  if (current) e.currentRole = current.title;
  // Every known name, so the graph finds the actor by names this article did not use ("Nordkorea").
  if (entry?.names.length) e.aliases = aliasesOf(entry).slice();
  return e;
}

// The same entries recur in every article: their de-duplicated names are computed once.
const ALIASES = new WeakMap<GazetteerEntry, string[]>();

function aliasesOf(entry: GazetteerEntry): string[] {
  let names = ALIASES.get(entry);
  if (!names) ALIASES.set(entry, (names = [...new Set(entry.names)]));
  return names;
}
