// A large synthetic graph for the API bench: the gazetteer's real actors plus generated ones (≥ 10,000
// entities) and ≥ 100,000 claims in short articles. Rows come from the product's toGraphRows; entities
// go through the product's UPSERT_ENTITIES and aggregates through its BUILD_AGGREGATES, so names,
// search keys and aggregate arithmetic are exactly what the writer would produce. Claims are written in
// big UNWIND batches (the product's CREATE_CLAIMS, with the article id per row) instead of one
// transaction per article, which keeps generation to a couple of minutes.
import { readFileSync } from 'node:fs';
import { EVENT_TYPES, POLARITIES, type Entity, type EntityType, type Extraction, type Polarity, type Relation } from '../../src/model.ts';
import type { Graph } from '../../src/store/connectGraph.ts';
import { BUILD_AGGREGATES, UPSERT_ENTITIES } from '../../src/store/cypher/articleWrites.ts';
import { toGraphRows, type AggregateKey } from '../../src/store/toGraphRows.ts';
import { random } from '../random.ts';

export const GRAPH_VERSION = 'bench-api-v1';

const CREATE_ARTICLES = `
UNWIND $articles AS row
CREATE (a:Article)
SET a = row, a.loadedAt = datetime()`;

const CREATE_MENTIONS = `
UNWIND $mentions AS row
MATCH (a:Article {id: row.articleId}), (e:Entity {id: row.entityId})
CREATE (a)-[:MENTIONS {forms: row.forms, count: row.count}]->(e)`;

const CREATE_CLAIMS = `
UNWIND $claims AS row
MATCH (a:Article {id: row.articleId}), (s:Entity {id: row.sourceId}), (t:Entity {id: row.targetId})
CREATE (c:Claim)
SET c = row
CREATE (c)-[:SOURCE]->(s), (c)-[:TARGET]->(t), (c)-[:EVIDENCED_BY]->(a)
WITH c, row
MATCH (by:Entity {id: row.attributedToId})
CREATE (c)-[:CLAIMED_BY]->(by)`;

interface GazetteerRecord { id: string; name: string; type: EntityType; wikidata?: string | null; iso2?: string; iso3?: string; names: { en?: string[]; de?: string[] } | string[] }

/** The actors news is full of come first, so the skewed choice below makes them the hubs. */
const HUBS = ['Q159', 'Q212', 'Q30', 'Q148', 'Q7184', 'Q458', 'Q794', 'Q801', 'Q183', 'Q423', 'Q142', 'Q145', 'Q1065'];

function realActors(): Entity[] {
  const rank = (e: Entity) => (HUBS.includes(e.id) ? HUBS.indexOf(e.id) : HUBS.length);
  return ['countries', 'organizations', 'people', 'locations'].flatMap((file) => {
    const records = JSON.parse(readFileSync(new URL(`../../data/gazetteer/${file}.json`, import.meta.url), 'utf8')) as GazetteerRecord[];
    return records.map((r) => {
      const names = Array.isArray(r.names) ? r.names : [...(r.names.en ?? []), ...(r.names.de ?? [])];
      return { id: r.id, name: r.name, type: r.type, mentions: [r.name], aliases: names, wikidata: r.wikidata ?? undefined, iso2: r.iso2, iso3: r.iso3 };
    });
  }).sort((a, b) => rank(a) - rank(b));
}

const SYLLABLES = ['ka', 'ro', 'vel', 'mar', 'den', 'sul', 'tor', 'bri', 'na', 'lo', 'zan', 'qui', 'per', 'ost', 'ild', 'ume', 'gra', 'fen', 'hal', 'cor'];
const KINDS: Array<[EntityType, string[]]> = [
  ['Person', ['']], ['Group', ['Front', 'Brigade', 'Movement', 'Militia']],
  ['Organization', ['Council', 'Institute', 'Agency', 'Union']], ['Location', ['Valley', 'Bay', 'Heights', 'Province']],
];

function generatedActors(count: number, next: () => number): Entity[] {
  const word = () => {
    const w = Array.from({ length: 2 + Math.floor(next() * 2) }, () => SYLLABLES[Math.floor(next() * SYLLABLES.length)]).join('');
    return w[0].toUpperCase() + w.slice(1);
  };
  return Array.from({ length: count }, (_, k) => {
    const [type, suffixes] = KINDS[k % KINDS.length];
    const suffix = suffixes[Math.floor(next() * suffixes.length)];
    const name = `${word()} ${suffix || word()} ${k}`;
    return { id: `bench:${type.toLowerCase()}-${k}`, name, type, mentions: [name], aliases: [name.replace(/ \d+$/, '')] };
  });
}

export interface SyntheticGraph {
  extractions: Extraction[];
  /** Every actor's name, hubs first, rarely mentioned ones last. */
  names: string[];
  entities: number;
  claims: number;
}

/** `articles` articles of `claimsPerArticle` claims among 4 actors, chosen with a heavy skew toward the real ones. */
export function syntheticGraph(options: { generatedEntities: number; articles: number; claimsPerArticle: number; seed?: number }): SyntheticGraph {
  const next = random(options.seed ?? 11);
  const actors = [...realActors(), ...generatedActors(options.generatedEntities, next)];
  // Real actors first, so they become the hubs news is full of; every actor appears at least once below.
  const pick = () => actors[Math.floor(actors.length * next() ** 2.5)];
  const extractions: Extraction[] = [];
  for (let k = 0; k < options.articles; k++) {
    const cast = [actors[k % actors.length], pick(), pick(), pick()];
    const relations: Relation[] = [];
    for (let i = 0; i < options.claimsPerArticle; i++) {
      const s = cast[Math.floor(next() * cast.length)];
      const t = cast[Math.floor(next() * cast.length)];
      if (s.id === t.id) continue;
      const polarity: Polarity = next() < 0.8 ? 'asserted' : POLARITIES[1 + Math.floor(next() * 2)];
      const by = next() < 0.1 ? cast[Math.floor(next() * cast.length)] : null;
      const type = EVENT_TYPES[Math.floor(EVENT_TYPES.length * next() ** 1.5)];
      const day = `${2020 + Math.floor(next() * 6)}-${String(1 + Math.floor(next() * 12)).padStart(2, '0')}-${String(1 + Math.floor(next() * 28)).padStart(2, '0')}`;
      relations.push({
        source: s.name, target: t.name, sourceId: s.id, targetId: t.id, type, polarity,
        attributedTo: by?.name ?? null, attributedToId: by?.id ?? null,
        evidence: `${s.name} ${type.toLowerCase()}s ${t.name} (synthetic evidence ${k}.${i}).`, start: i * 80, end: i * 80 + 70,
        date: { value: day, precision: 'day', text: day }, confidence: 0.5 + next() / 2, rule: 'bench.synthetic',
      });
    }
    const text = relations.map((r) => r.evidence).join(' ');
    extractions.push({
      article: { id: `bench-api-${k}`, title: `Synthetic article ${k}`, text, language: k % 2 ? 'de' : 'en', url: `https://bench.example/api/${k}`, publishedAt: '2024-06-30', source: GRAPH_VERSION },
      entities: [...new Map(cast.map((e) => [e.id, e])).values()],
      relations,
      uncoded: [],
    });
  }
  return { extractions, names: actors.map((e) => e.name), entities: actors.length, claims: extractions.reduce((n, x) => n + x.relations.length, 0) };
}

function chunks<T>(items: T[], size: number): T[][] {
  return Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));
}

/** Whether the graph already holds exactly this synthetic graph (then the bench reuses it). */
export async function holdsSyntheticGraph(graph: Graph, expected: SyntheticGraph): Promise<boolean> {
  const { records } = await graph.driver.executeQuery(
    `CALL () { MATCH (a:Article) RETURN count(a) AS articles, count(CASE WHEN a.source = $version THEN 1 END) AS ours }
     CALL () { MATCH (c:Claim) RETURN count(c) AS claims }
     RETURN articles, ours, claims`, { version: GRAPH_VERSION }, { database: graph.database });
  const [articles, ours, claims] = ['articles', 'ours', 'claims'].map((k) => Number(records[0].get(k)));
  return articles === expected.extractions.length && ours === articles && claims === expected.claims;
}

/** Writes the synthetic graph into an empty database. */
export async function writeSyntheticGraph(graph: Graph, synthetic: SyntheticGraph, log: (line: string) => void): Promise<void> {
  const rows = synthetic.extractions.map(toGraphRows);
  const entities = new Map<string, Record<string, unknown>>();
  for (const r of rows) for (const e of r.entities) entities.set(e.id as string, e);
  const keys = new Map<string, AggregateKey>();
  for (const r of rows) for (const k of r.keys) keys.set(`${k.sourceId}|${k.type}|${k.targetId}`, k);
  const write = async (statement: string, params: Record<string, unknown>) => {
    await graph.driver.executeQuery(statement, params, { database: graph.database });
  };
  const step = async (name: string, items: unknown[], size: number, run: (batch: any[]) => Promise<void>) => {
    const t0 = Date.now();
    for (const batch of chunks(items, size)) await run(batch);
    log(`  ${name}: ${items.length} in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  };
  await step('entities', [...entities.values()], 2000, (batch) => write(UPSERT_ENTITIES, { entities: batch }));
  await step('articles', rows.map((r) => r.article), 2000, (batch) => write(CREATE_ARTICLES, { articles: batch }));
  await step('mentions', rows.flatMap((r) => r.mentions.map((m) => ({ ...m, articleId: r.article.id }))), 5000, (batch) => write(CREATE_MENTIONS, { mentions: batch }));
  await step('claims', rows.flatMap((r) => r.claims), 5000, (batch) => write(CREATE_CLAIMS, { claims: batch }));
  await step('aggregates', [...keys.values()], 2000, (batch) => write(BUILD_AGGREGATES, { keys: batch }));
}
