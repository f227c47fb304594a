// Turns an extraction into the flat rows the write statements take. Pure, so it is tested without Neo4j.
import crypto from 'node:crypto';
import { ENTITY_TYPES, type Entity, type Extraction, type Relation } from '../model.ts';
import { claimWeight, relationTypeInfo } from '../relationTypes.ts';

export interface AggregateKey {
  sourceId: string;
  targetId: string;
  type: string;
  edge: string;
}

/** What one article adds to one aggregate relationship. */
export interface AggregateDelta extends AggregateKey {
  count: number;
  asserted: number;
  negated: number;
  hypothetical: number;
  score: number;
  firstSeen: string | null;
  lastSeen: string | null;
}

export interface GraphRows {
  article: Record<string, unknown>;
  entities: Array<Record<string, unknown>>;
  /** `role`: the office the article's date gives the entity (people only), kept on its MENTIONS. */
  mentions: Array<{ entityId: string; forms: string[]; count: number; role: string | null }>;
  claims: Array<Record<string, unknown>>;
  keys: AggregateKey[];
  deltas: AggregateDelta[];
  /** Entities whose current role follows their newest article: a role here, none from the gazetteer. */
  roleFromArticles: string[];
}

function claimId(articleId: string, relation: Relation): string {
  const key = [articleId, relation.type, relation.sourceId, relation.targetId, relation.start, relation.polarity, relation.attributedToId ?? ''].join('|');
  return crypto.createHash('sha256').update(key).digest('hex').slice(0, 20);
}

/** A day for ordering and time filters: the claim's own date, else the article's publication date. */
function effectiveDate(relation: Relation, publishedAt?: string): string | null {
  const value = relation.date?.value ?? publishedAt?.slice(0, 10);
  if (!value) return null;
  return value.length === 4 ? `${value}-01-01` : value.length === 7 ? `${value}-01` : value.slice(0, 10);
}

function articleRow(extraction: Extraction): Record<string, unknown> {
  const a = extraction.article;
  return {
    id: a.id, title: a.title, text: a.text, language: a.language, url: a.url ?? null,
    publishedAt: a.publishedAt ?? null, source: a.source ?? null, category: a.category ?? null,
    causes: a.causes ?? [], place: a.place ?? null, sources: a.sources ?? [],
  };
}

function claimRow(articleId: string, relation: Relation, publishedAt?: string): Record<string, unknown> {
  const info = relationTypeInfo(relation.type);
  return {
    id: claimId(articleId, relation), articleId, type: relation.type, edge: info.edge,
    sourceId: relation.sourceId, targetId: relation.targetId, attributedToId: relation.attributedToId,
    polarity: relation.polarity, evidence: relation.evidence, start: relation.start, end: relation.end,
    date: effectiveDate(relation, publishedAt), datePrecision: relation.date?.precision ?? (publishedAt ? 'article' : null),
    dateText: relation.date?.text ?? null, confidence: relation.confidence, rule: relation.rule,
    plover: info.plover, cameo: info.cameo, mode: info.mode, weight: claimWeight(relation.type, relation.polarity),
  };
}

/** Only people hold offices: a title can leave its role on the country it names, which is not stored. */
const officeOf = (e: Entity): string | null => (e.type === 'Person' ? e.role ?? null : null);

export function toGraphRows(extraction: Extraction): GraphRows {
  const articleId = extraction.article.id;
  const entities = [...extraction.entities].sort((a, b) => a.id.localeCompare(b.id)).map((e) => {
    if (!ENTITY_TYPES.includes(e.type)) throw new Error(`entity ${e.id} has unknown type ${JSON.stringify(e.type)}`);
    const aliases = [...new Set([e.name, ...(e.aliases ?? []), ...e.mentions])];
    return { id: e.id, name: e.name, type: e.type, wikidata: e.wikidata ?? null, iso2: e.iso2 ?? null, iso3: e.iso3 ?? null, currentRole: e.currentRole ?? null, aliases };
  });
  const claims = new Map<string, Record<string, unknown>>();
  for (const relation of extraction.relations) {
    const row = claimRow(articleId, relation, extraction.article.publishedAt);
    claims.set(row.id as string, row);
  }
  const deltas = aggregateDeltas([...claims.values()]);
  return {
    article: articleRow(extraction),
    entities,
    mentions: extraction.entities.map((e) => ({ entityId: e.id, forms: e.mentions, count: e.mentions.length, role: officeOf(e) })),
    claims: [...claims.values()],
    keys: deltas.map(({ sourceId, targetId, type, edge }) => ({ sourceId, targetId, type, edge })),
    deltas,
    roleFromArticles: extraction.entities.filter((e) => officeOf(e) !== null && !e.currentRole).map((e) => e.id).sort(),
  };
}

const earlier = (a: string | null, b: string | null) => (a === null || (b !== null && b < a) ? b : a);
const later = (a: string | null, b: string | null) => (a === null || (b !== null && b > a) ? b : a);

function aggregateDeltas(claims: Array<Record<string, unknown>>): AggregateDelta[] {
  const deltas = new Map<string, AggregateDelta>();
  for (const c of claims) {
    const id = `${c.sourceId}|${c.type}|${c.targetId}`;
    const d = deltas.get(id) ?? { sourceId: c.sourceId as string, targetId: c.targetId as string, type: c.type as string, edge: c.edge as string,
      count: 0, asserted: 0, negated: 0, hypothetical: 0, score: 0, firstSeen: null, lastSeen: null };
    d.count++;
    d[c.polarity as 'asserted' | 'negated' | 'hypothetical']++;
    d.score += c.weight as number;
    d.firstSeen = earlier(d.firstSeen, c.date as string | null);
    d.lastSeen = later(d.lastSeen, c.date as string | null);
    deltas.set(id, d);
  }
  return [...deltas.values()];
}
