// Hand-built extractions for store tests, so aggregate arithmetic is checked independently of the extractor.
import crypto from 'node:crypto';
import type { Entity, Extraction, Polarity, Relation, RelationType } from '../../src/model.ts';

export const ACTORS: Record<string, Entity> = {
  russia: { id: 'Q159', name: 'Russia', type: 'Country', mentions: ['Russland'], iso3: 'RUS', wikidata: 'Q159' },
  northKorea: { id: 'Q423', name: 'North Korea', type: 'Country', mentions: ['Nordkorea'], iso3: 'PRK', wikidata: 'Q423' },
  nato: { id: 'Q7184', name: 'NATO', type: 'Organization', mentions: ['NATO'], wikidata: 'Q7184' },
  ukraine: { id: 'Q212', name: 'Ukraine', type: 'Country', mentions: ['Ukraine'], iso3: 'UKR', wikidata: 'Q212' },
  rutte: { id: 'Q57792', name: 'Mark Rutte', type: 'Person', mentions: ['Mark Rutte', 'Rutte'], wikidata: 'Q57792' },
};

export interface RelationSpec {
  from: Entity;
  type: RelationType;
  to: Entity;
  polarity?: Polarity;
  by?: Entity;
  date?: string;
}

export function relation(spec: RelationSpec, index = 0): Relation {
  return {
    source: spec.from.name, target: spec.to.name, sourceId: spec.from.id, targetId: spec.to.id, type: spec.type,
    polarity: spec.polarity ?? 'asserted', attributedTo: spec.by?.name ?? null, attributedToId: spec.by?.id ?? null,
    evidence: `${spec.from.name} ${spec.type} ${spec.to.name}.`, start: index * 40, end: index * 40 + 30,
    date: spec.date ? { value: spec.date, precision: spec.date.length === 7 ? 'month' : 'day', text: spec.date } : undefined,
    confidence: 0.8, rule: 'test',
  };
}

export function extraction(options: { text: string; url?: string; publishedAt?: string; relations: RelationSpec[]; prefix?: string }): Extraction {
  const entities = new Map<string, Entity>();
  for (const r of options.relations) for (const e of [r.from, r.to, r.by]) if (e) entities.set(e.id, e);
  const id = crypto.createHash('sha256').update(options.text).digest('hex').slice(0, 16);
  return {
    article: { id, title: options.text.slice(0, 40), text: options.text, language: 'de', url: options.url, publishedAt: options.publishedAt ?? '2024-06-20' },
    entities: [...entities.values()],
    relations: options.relations.map((r, i) => relation(r, i)),
    uncoded: [],
  };
}

/** A distinct entity per test run, so files sharing the database never collide. */
export function uniqueActor(name: string, type: Entity['type'] = 'Country'): Entity {
  const id = `test:${name.toLowerCase().replace(/\W+/g, '-')}-${crypto.randomBytes(4).toString('hex')}`;
  return { id, name, type, mentions: [name] };
}
