// Per-request DataLoaders: every entity, article, claim and per-entity lookup of one GraphQL request is
// batched into one Cypher round trip per field level. Loaders that take arguments are grouped by them.
// Every read that brings more than it was asked for (entities inside relation rows, a page read ahead)
// fills the caches here, so resolvers never prime anything themselves.
import DataLoader from 'dataloader';
import * as q from '../store/apiQueries.ts';
import type { RunRead } from '../store/readRepository.ts';
import type { ArticleListArgs, ClaimArgs, CounterpartArgs, EntityRequest, PathRequest, RelationArgs, RelationPageRequest, TimelineArgs } from './translate/requests.ts';

type Batch<V> = (keys: readonly string[]) => Promise<Map<string, V>>;

/** A DataLoader whose batch answers with a Map; missing keys load as `fallback`. */
function mapLoader<V>(batch: Batch<V>, fallback: V): DataLoader<string, V> {
  return new DataLoader<string, V>(async (keys) => {
    const found = await batch(keys);
    return keys.map((k) => found.get(k) ?? fallback);
  }, { maxBatchSize: 1000 });
}

/** One loader per distinct argument set, created on first use. */
function loaderFamily<A, V>(make: (args: A) => DataLoader<string, V>): (args: A) => DataLoader<string, V> {
  const loaders = new Map<string, DataLoader<string, V>>();
  return (args) => {
    const key = JSON.stringify(args);
    let loader = loaders.get(key);
    if (!loader) loaders.set(key, (loader = make(args)));
    return loader;
  };
}

export function createLoaders(run: RunRead) {
  const entity = mapLoader<q.EntityRow | undefined>((ids) => q.entitiesByIds(run, ids), undefined);
  const article = mapLoader<q.ArticleRow | undefined>((ids) => q.articlesByIds(run, ids), undefined);
  // Rows that already carry the entities and articles they name fill the caches, saving a round trip each.
  const primeRelations = (rows: q.RelationRow[]) => {
    for (const r of rows) {
      if (r.source) entity.prime(r.sourceId, r.source);
      if (r.target) entity.prime(r.targetId, r.target);
    }
  };
  const primeClaims = (claims: q.ClaimRow[]) => {
    for (const c of claims) {
      if (c.article) article.prime(c.articleId, c.article);
      if (c.claimant && c.attributedToId) entity.prime(c.attributedToId, c.claimant);
    }
  };
  const primed = <V>(batch: Batch<V>, prime: (value: V) => void): Batch<V> => async (keys) => {
    const found = await batch(keys);
    for (const value of found.values()) prime(value);
    return found;
  };
  const relationClaims = loaderFamily((args: ClaimArgs) =>
    mapLoader(primed((keys) => q.claimsByRelations(run, keys.map(splitRelationKey), args), primeClaims), [] as q.ClaimRow[]));
  /** Claims that arrived with their relations (a page read ahead) answer Relation.claims without a round trip. */
  const primeRelationClaims = (args: ClaimArgs, rows: Array<q.RelationRow & { claims?: q.ClaimRow[] }>) => {
    for (const row of rows) {
      if (!row.claims) continue;
      primeClaims(row.claims);
      relationClaims(args).prime(relationKey(row), row.claims);
    }
  };
  const primeEntities = (rows: q.EntityRow[]) => {
    for (const row of rows) entity.prime(row.id, row);
  };
  const primeCounterparts = (items: q.CounterpartRow[]) => {
    for (const item of items) entity.prime(item.entityId, item.entity);
  };
  // A name lookup already returns the entity, so the entity loader is primed and asks no second time.
  const entityRef = mapLoader<string | undefined>(async (refs) => {
      const found = await q.entityIdsByRefs(run, refs);
      const ids = new Map<string, string | undefined>();
      for (const [ref, { id, entity: row }] of found) {
        ids.set(ref, id);
        if (id && row) entity.prime(id, row);
      }
      return ids;
    }, undefined);
  /** A name resolved along the way fills the same caches a separate lookup would have. */
  const knownEntity = (ref: string, row: q.EntityRow) => {
    entityRef.prime(ref, row.id);
    entity.prime(row.id, row);
  };
  const entityRelations = loaderFamily((args: RelationArgs) =>
    mapLoader(primed((ids) => q.entityRelationPages(run, ids, args), (p) => primeRelations(p.page)), { total: 0, page: [] } as q.Page<q.RelationRow>));
  const counterparts = loaderFamily((args: CounterpartArgs) =>
    mapLoader(primed((ids) => q.counterparts(run, ids, args.filter, args.first), primeCounterparts), [] as q.CounterpartRow[]));

  /** Query.entity: by id, by reference, or by reference together with its relations or counterparts,
   * whose loaders are then primed so Entity.relations / Entity.counterparts ask no second time. */
  async function readEntity(request: EntityRequest): Promise<q.EntityRow | null | undefined> {
    if ('id' in request) return entity.load(request.id);
    const { ref } = request;
    if (request.relations) {
      const found = await q.entityWithRelationPage(run, ref, request.relations);
      if (!found) return null;
      knownEntity(ref, found.entity);
      entityRelations(request.relations).prime(found.entity.id, found.page);
      primeRelations(found.page.page);
      return found.entity;
    }
    if (request.counterparts) {
      const found = await q.entityWithCounterparts(run, ref, request.counterparts.filter, request.counterparts.first);
      if (!found) return null;
      knownEntity(ref, found.entity);
      counterparts(request.counterparts).prime(found.entity.id, found.items);
      primeCounterparts(found.items);
      return found.entity;
    }
    const id = await entityRef.load(ref);
    return id ? entity.load(id) : null;
  }

  /** Query.relations: one page; its rows' ends and, when read ahead, their claims fill the caches. */
  async function readRelationPage(request: RelationPageRequest): Promise<q.Page<q.RelationRow>> {
    const { filter, sort, first, skip, claims } = request;
    const found = await q.relationPage(run, filter, sort, first, skip, claims);
    primeRelations(found.page);
    if (claims) primeRelationClaims(claims, found.page);
    return found;
  }

  /** Query.path: the entities along the paths fill the entity cache. */
  async function readPaths(request: PathRequest) {
    const paths = await q.shortestPaths(run, request);
    for (const p of paths) primeEntities(p.entities);
    return paths;
  }

  return {
    entity,
    article,
    entityRef,
    readEntity,
    readRelationPage,
    readPaths,
    articleText: mapLoader<string | undefined>((ids) => q.articleTexts(run, ids), undefined),
    articleEntities: mapLoader((ids) => q.articleEntityIds(run, ids), [] as string[]),
    mentionCount: mapLoader((ids) => q.mentionCounts(run, ids), 0),
    roleMentions: mapLoader((ids) => q.roleMentions(run, ids), [] as q.RoleMentionRow[]),
    officeHolders: mapLoader((ids) => q.officeHolders(run, ids), [] as string[]),
    affiliations: mapLoader((ids) => q.affiliations(run, ids), [] as string[]),
    entityRelations,
    counterparts,
    timeline: loaderFamily((args: TimelineArgs) =>
      mapLoader((ids) => q.timelines(run, ids, args.filter, args.bucketLength), [] as q.TimelineRow[])),
    entityArticles: loaderFamily((args: ArticleListArgs) =>
      mapLoader((ids) => q.entityArticlePages(run, ids, args.first, args.skip), { total: 0, page: [] } as q.Page<string>)),
    relationClaims,
    articleClaims: loaderFamily((args: { first: number }) =>
      mapLoader(primed((ids) => q.claimsByArticles(run, ids, args.first), primeClaims), [] as q.ClaimRow[])),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

/** Relations are identified as `source|TYPE|target`; ids never contain `|`. */
export function relationKey(row: { sourceId: string; type: string; targetId: string }): string {
  return `${row.sourceId}|${row.type}|${row.targetId}`;
}

export function splitRelationKey(key: string): { key: string; sourceId: string; targetId: string; type: string } {
  const [sourceId, type, targetId] = key.split('|');
  return { key, sourceId, targetId, type };
}
