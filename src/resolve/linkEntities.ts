// Linking: one canonical entity per actor, with every surface form it was seen under.
import type { Entity } from '../model.ts';
import type { Mention } from '../text/mention.ts';
import type { Gazetteer, GazetteerEntry } from '../gazetteer/gazetteer.ts';

export function linkEntities(mentions: Mention[], gaz: Gazetteer): Map<string, Entity> {
  const entities = new Map<string, Entity>();
  for (const m of mentions) {
    let e = entities.get(m.key);
    if (!e) {
      e = toEntity(m, gaz);
      entities.set(m.key, e);
    }
    if (!m.implicit && !e.mentions.includes(m.surface)) e.mentions.push(m.surface);
    if (m.role && !e.role) e.role = m.role;
  }
  return entities;
}

function toEntity(m: Mention, gaz: Gazetteer): Entity {
  const entry = gaz.byId.get(m.key);
  const e: Entity = { id: m.key, name: entry?.name ?? m.name, type: entry?.type ?? m.type, mentions: [] };
  if (entry?.wikidata) e.wikidata = entry.wikidata;
  if (entry?.iso2) e.iso2 = entry.iso2;
  if (entry?.iso3) e.iso3 = entry.iso3;
  if (entry?.role) e.role = entry.role;
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
