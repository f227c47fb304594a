// Typed read queries for the API. Batched functions take many keys and return a Map keyed the same way,
// which is what a DataLoader needs.
import * as cypher from './cypher/apiReads.ts';
import type { Row } from './readGraphSnapshot.ts';
import { fuzzyTermsQuery, phraseQuery } from './luceneQueries.ts';
import type { RunRead } from './readRepository.ts';

export interface EntityRow { id: string; name: string; type: string; aliases: string[]; wikidata?: string; iso2?: string; iso3?: string; role?: string }
export interface RelationRow { source?: EntityRow; target?: EntityRow; sourceId: string; targetId: string; type: string; count: number; asserted: number; negated: number; hypothetical: number; articles: number; firstSeen?: string; lastSeen?: string; score: number }
export interface ClaimRow { article?: ArticleRow; claimant?: EntityRow | null; id: string; type: string; sourceId: string; targetId: string; polarity: string; attributedToId?: string; evidence: string; start: number; end: number; date?: string; datePrecision?: string; dateText?: string; confidence: number; rule: string; articleId: string }
/** `text` is loaded separately (articleTexts): it is large and few queries want it. */
export interface ArticleRow { id: string; title: string; url?: string; publishedAt?: string; language: string; source?: string; category?: string; causes: string[]; place?: string; sources: string[]; text?: string }
export interface Page<T> { total: number; page: T[] }

/** Filters shared by relation listings, already resolved to entity ids and stored values. */
export interface RelationFilter {
  types: string[];
  minEvidence: number;
  since: string | null;
  until: string | null;
  polarity: string[] | null;
  sourceIds: string[] | null;
  targetIds: string[] | null;
  eitherIds: string[] | null;
  /** Ends named by reference, left for the listing's own statement to resolve (instead of the ids above). */
  refs?: { source?: string; target?: string; either?: string };
}

function byKey<T>(rows: Row[], key: string, value: (row: Row) => T): Map<string, T> {
  return new Map(rows.map((row) => [row[key] as string, value(row)]));
}

export async function entitiesByIds(run: RunRead, ids: readonly string[]): Promise<Map<string, EntityRow>> {
  return byKey(await run(cypher.ENTITIES_BY_ID, { ids }), 'id', (r) => r.entity as EntityRow);
}

export interface EntityRef { id?: string; entity?: EntityRow }

/** What the statements resolving a reference take: the reference itself and its full-text phrase. */
const refParam = (ref: string) => ({ ref, phrase: phraseQuery(ref) });

export async function entityIdsByRefs(run: RunRead, refs: readonly string[]): Promise<Map<string, EntityRef>> {
  const rows = await run(cypher.ENTITY_IDS_BY_REF, { refs: refs.map(refParam) });
  return byKey(rows, 'ref', (r) => ({ id: (r.id as string | null) ?? undefined, entity: (r.entity as EntityRow | null) ?? undefined }));
}

/** Entities whose names match every term (see fuzzyTermsQuery), best first; `types` null for any type. */
export async function searchEntities(run: RunRead, terms: readonly string[], types: string[] | null, first: number): Promise<Array<{ id: string; score: number; entity: EntityRow }>> {
  const statement = types ? cypher.SEARCH_ENTITIES_OF_TYPES : cypher.SEARCH_ENTITIES;
  return (await run(statement, { query: fuzzyTermsQuery(terms), types, first })) as Array<{ id: string; score: number; entity: EntityRow }>;
}

/** An entity named by `ref` with one page of its relations, in one round trip; undefined when unknown. */
export async function entityWithRelationPage(run: RunRead, ref: string, args: { filter: RelationFilter; direction: string; sort: cypher.RelationSortKey; first: number; skip: number }): Promise<{ entity: EntityRow; page: Page<RelationRow> } | undefined> {
  const { filter, direction, sort, first, skip } = args;
  const statement = cypher.entityRelationPages(sort, direction, { ...filter, otherIds: filter.eitherIds }, 'ref');
  const [row] = await run(statement, { ...filter, otherIds: filter.eitherIds, ref: refParam(ref), first, skip });
  return row ? { entity: row.entity as EntityRow, page: { total: row.total as number, page: row.page as RelationRow[] } } : undefined;
}

type ClaimWithContext = { claim: ClaimRow; article: ArticleRow | null; claimant: EntityRow | null };

function withContext(rows: ClaimWithContext[]): ClaimRow[] {
  return rows.map(({ claim, article, claimant }) => ({ ...claim, article: article ?? undefined, claimant }));
}

export interface ClaimFilter { polarity: string[] | null; since: string | null; until: string | null; first: number }

/** A page of relations; with `claims`, each relation also carries its newest claims, filtered so. */
export async function relationPage(run: RunRead, filter: RelationFilter, sort: cypher.RelationSortKey, first: number, skip: number, claims?: ClaimFilter): Promise<Page<RelationRow & { claims?: ClaimRow[] }>> {
  // Ends given by name are resolved inside the statement; they shape it like ends given by id.
  const ends = (['source', 'target', 'either'] as const).filter((end) => filter.refs?.[end] !== undefined);
  const shape = { ...filter, ...Object.fromEntries(ends.map((end) => [`${end}Ids`, []])) };
  const head: cypher.RelationHead = shape.sourceIds ? 'source' : shape.targetIds ? 'target' : shape.eitherIds ? 'either' : 'all';
  const statement = ends.length ? cypher.relationPageByRefs(head, sort, shape, Boolean(claims), ends) : cypher.relationPage(head, sort, shape, Boolean(claims));
  const refParams = Object.fromEntries(ends.map((end) => [`${end}Ref`, refParam(filter.refs![end]!)]));
  const claimParams = claims ? { claim_polarity: claims.polarity, claim_since: claims.since, claim_until: claims.until, claim_first: claims.first } : {};
  const { refs: _, ...values } = filter;
  const [row] = await run(statement, { ...values, first, skip, ...refParams, ...claimParams });
  const page = row.page as Array<RelationRow & { claims?: ClaimWithContext[] }>;
  return { total: row.total as number, page: page.map((r) => (r.claims ? { ...r, claims: withContext(r.claims) } : (r as RelationRow))) };
}

export async function entityRelationPages(run: RunRead, ids: readonly string[], args: { filter: RelationFilter; direction: string; sort: cypher.RelationSortKey; first: number; skip: number }): Promise<Map<string, Page<RelationRow>>> {
  const { filter, direction, sort, first, skip } = args;
  const statement = cypher.entityRelationPages(sort, direction, { ...filter, otherIds: filter.eitherIds });
  const rows = await run(statement, { ...filter, otherIds: filter.eitherIds, ids, first, skip });
  return byKey(rows, 'id', (r) => ({ total: r.total as number, page: r.page as RelationRow[] }));
}

export async function claimsByRelations(run: RunRead, keys: ReadonlyArray<{ key: string; sourceId: string; targetId: string; type: string }>, args: ClaimFilter): Promise<Map<string, ClaimRow[]>> {
  return byKey(await run(cypher.CLAIMS_BY_RELATION, { keys, ...args }), 'key', (r) => withContext(r.claims as ClaimWithContext[]));
}

export async function claimsByArticles(run: RunRead, ids: readonly string[], first: number): Promise<Map<string, ClaimRow[]>> {
  return byKey(await run(cypher.CLAIMS_BY_ARTICLE, { ids, first }), 'id', (r) => withContext(r.claims as ClaimWithContext[]));
}

export async function articlesByIds(run: RunRead, ids: readonly string[]): Promise<Map<string, ArticleRow>> {
  return byKey(await run(cypher.ARTICLES_BY_ID, { ids }), 'id', (r) => r.article as ArticleRow);
}

export async function articleTexts(run: RunRead, ids: readonly string[]): Promise<Map<string, string>> {
  return byKey(await run(cypher.ARTICLE_TEXTS, { ids }), 'id', (r) => r.text as string);
}

export async function articleIdByUrl(run: RunRead, url: string): Promise<string | undefined> {
  const [row] = await run(cypher.ARTICLE_IDS_BY_URL, { url });
  return row?.id as string | undefined;
}

export async function articleEntityIds(run: RunRead, ids: readonly string[]): Promise<Map<string, string[]>> {
  return byKey(await run(cypher.ARTICLE_ENTITY_IDS, { ids }), 'id', (r) => r.entityIds as string[]);
}

export async function articlePage(run: RunRead, where: { mentionIds: string[] | null; since: string | null; until: string | null; language: string | null }, first: number, skip: number): Promise<Page<string>> {
  const [row] = await run(cypher.ARTICLE_PAGE, { ...where, first, skip });
  return { total: row.total as number, page: row.page as string[] };
}

export async function entityArticlePages(run: RunRead, ids: readonly string[], first: number, skip: number): Promise<Map<string, Page<string>>> {
  return byKey(await run(cypher.ENTITY_ARTICLE_PAGES, { ids, first, skip }), 'id', (r) => ({ total: r.total as number, page: r.page as string[] }));
}

export async function mentionCounts(run: RunRead, ids: readonly string[]): Promise<Map<string, number>> {
  return byKey(await run(cypher.MENTION_COUNTS, { ids }), 'id', (r) => r.count as number);
}

/** The role one article gave an entity, with the article's publication date (null when undated). */
export interface RoleMentionRow { role: string; publishedAt: string | null }

/** Per entity, the roles its articles gave it, undated first, then oldest first (ROLE_MENTIONS). */
export async function roleMentions(run: RunRead, ids: readonly string[]): Promise<Map<string, RoleMentionRow[]>> {
  return byKey(await run(cypher.ROLE_MENTIONS, { ids }), 'id', (r) => r.mentions as RoleMentionRow[]);
}

export interface CounterpartRow { entity: EntityRow; entityId: string; evidenceCount: number; score: number; types: string[] }

/** An entity named by `ref` with its main counterparts, in one round trip; undefined when unknown. */
export async function entityWithCounterparts(run: RunRead, ref: string, filter: RelationFilter, first: number): Promise<{ entity: EntityRow; items: CounterpartRow[] } | undefined> {
  const [row] = await run(cypher.counterparts(filter, 'ref'), { ...filter, ref: refParam(ref), first });
  return row ? { entity: row.entity as EntityRow, items: row.items as CounterpartRow[] } : undefined;
}

export async function counterparts(run: RunRead, ids: readonly string[], filter: RelationFilter, first: number): Promise<Map<string, CounterpartRow[]>> {
  return byKey(await run(cypher.counterparts(filter), { ...filter, ids, first }), 'id', (r) => r.items as CounterpartRow[]);
}

export interface TimelineRow { bucket: string; type: string; count: number; score: number }

export async function timelines(run: RunRead, ids: readonly string[], filter: RelationFilter, bucketLength: number): Promise<Map<string, TimelineRow[]>> {
  const params = { ids, types: filter.types, polarity: filter.polarity, since: filter.since, until: filter.until, otherIds: filter.eitherIds, bucketLength };
  return byKey(await run(cypher.TIMELINES, params), 'id', (r) => r.rows as TimelineRow[]);
}

export async function officeHolders(run: RunRead, ids: readonly string[]): Promise<Map<string, string[]>> {
  return byKey(await run(cypher.OFFICE_HOLDERS, { ids }), 'id', (r) => r.entityIds as string[]);
}

export async function affiliations(run: RunRead, ids: readonly string[]): Promise<Map<string, string[]>> {
  return byKey(await run(cypher.AFFILIATIONS, { ids }), 'id', (r) => r.entityIds as string[]);
}

export async function shortestPaths(run: RunRead, args: { from: string; to: string; maxHops: number; types: string[]; first: number }): Promise<Array<{ entityIds: string[]; entities: EntityRow[]; steps: RelationRow[] }>> {
  const statement = cypher.shortestPaths(args.types, args.maxHops);
  const params = { from: refParam(args.from), to: refParam(args.to), first: args.first };
  return (await run(statement, params)) as Array<{ entityIds: string[]; entities: EntityRow[]; steps: RelationRow[] }>;
}

export interface AlliancePairRow { a: string; b: string; evidenceCount: number; weight: number; cooperation: number; conflict: number; verbal: number; types: string[]; firstSeen?: string; lastSeen?: string }

export async function alliancePairs(run: RunRead, args: { types: string[]; since: string | null; until: string | null; assertedOnly: boolean; minEvidence: number; foldPeople: boolean }): Promise<AlliancePairRow[]> {
  return (await run(cypher.ALLIANCE_PAIRS, args)) as unknown as AlliancePairRow[];
}

export async function statedMemberships(run: RunRead): Promise<Array<{ organizationId: string; memberIds: string[] }>> {
  return (await run(cypher.STATED_MEMBERSHIPS)) as Array<{ organizationId: string; memberIds: string[] }>;
}
