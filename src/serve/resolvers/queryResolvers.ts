// Root query fields: read arguments, call a loader or a query, shape the answer. Nothing else.
import * as q from '../../store/apiQueries.ts';
import type { RelationSortKey } from '../../store/cypher/apiReads.ts';
import { readGraphStats } from '../../store/readGraphSnapshot.ts';
import { RELATION_TYPE_INFO } from '../../relationTypes.ts';
import type { GraphQLResolveInfo } from 'graphql';
import { badInput } from '../apiErrors.ts';
import { nestedFieldArgs } from '../lookAhead.ts';
import { claimArgs } from './relationResolvers.ts';
import { counterpartLoaderArgs, relationLoaderArgs, type CounterpartsArgs, type RelationsArgs } from './entityResolvers.ts';
import type { RequestContext } from '../context.ts';
import { connection, decodeCursor, pageSize, relationFilterByRef, sinceDay, untilDay, type RelationWhereInput } from '../readArgs.ts';

const MAX_HOPS = 6;

async function entityByRef(ctx: RequestContext, ref: string) {
  const id = await ctx.loaders.entityRef.load(ref);
  return id ? ctx.loaders.entity.load(id) : null;
}

async function entityWithRelations(ctx: RequestContext, ref: string, asked: RelationsArgs) {
  const args = await relationLoaderArgs(ctx, asked);
  const found = await q.entityWithRelationPage(ctx.run, ref, args);
  if (!found) return null;
  const { entity, page } = found;
  knownEntity(ctx, ref, entity);
  ctx.loaders.entityRelations(args).prime(entity.id, page);
  ctx.loaders.primeRelations(page.page);
  return entity;
}

async function entityWithCounterparts(ctx: RequestContext, ref: string, asked: CounterpartsArgs) {
  const args = await counterpartLoaderArgs(ctx, asked);
  const found = await q.entityWithCounterparts(ctx.run, ref, args.filter, args.first);
  if (!found) return null;
  knownEntity(ctx, ref, found.entity);
  ctx.loaders.counterparts(args).prime(found.entity.id, found.items);
  return found.entity;
}

/** A name resolved along the way fills the same caches a separate lookup would have. */
function knownEntity(ctx: RequestContext, ref: string, entity: q.EntityRow): void {
  ctx.loaders.entityRef.prime(ref, entity.id);
  ctx.loaders.entity.prime(entity.id, entity);
}

export const queryResolvers = {
  Query: {
    entity: async (_: unknown, args: { id?: string; name?: string }, ctx: RequestContext, info: GraphQLResolveInfo) => {
      if (!args.id && !args.name) throw badInput('entity needs an id or a name');
      const ref = (args.id ?? args.name)!;
      if (ref.length > 300) throw badInput('entity ids and names are at most 300 characters');
      if (args.id) return ctx.loaders.entity.load(args.id);
      // A name and what the query asks of the entity are looked up together when that is its relations
      // or its counterparts (the common questions); anything else follows through the loaders.
      const relations = nestedFieldArgs(info, ['relations'], 'Entity') as RelationsArgs | undefined;
      if (relations) return entityWithRelations(ctx, ref, relations);
      const counterparts = nestedFieldArgs(info, ['counterparts'], 'Entity') as CounterpartsArgs | undefined;
      if (counterparts) return entityWithCounterparts(ctx, ref, counterparts);
      return entityByRef(ctx, ref);
    },

    searchEntities: async (_: unknown, args: { query: string; types?: string[]; first?: number }, ctx: RequestContext) => {
      const first = pageSize(args.first, 10);
      if (args.query.length > 200) throw badInput('query is at most 200 characters');
      // Letters and digits only, lower-cased: Lucene's syntax (AND, OR, quotes, brackets) cannot get in.
      const terms = args.query.normalize('NFKC').toLowerCase().match(/[\p{L}\p{N}]+/gu)?.slice(0, 8) ?? [];
      if (terms.length === 0) return [];
      // Each term matches as typed, as a prefix, or within two edits: "Nordkroea" still finds North Korea.
      const lucene = terms.map((t) => `(${t}^3 OR ${t}* OR ${t}~2)`).join(' AND ');
      const hits = await q.searchEntities(ctx.run, lucene, args.types?.length ? args.types : null, first);
      return hits.map((hit) => ({ score: hit.score, entity: hit.entity }));
    },

    relations: async (_: unknown, args: { where?: RelationWhereInput; sort: RelationSortKey; first?: number; after?: string }, ctx: RequestContext, info: GraphQLResolveInfo) => {
      const first = pageSize(args.first);
      const skip = decodeCursor(args.after);
      const filter = relationFilterByRef(args.where);
      // Claims asked for on every relation of the page come along in the page's own statement.
      const asked = nestedFieldArgs(info, ['edges', 'node', 'claims'], 'Relation');
      const claims = asked ? claimArgs(asked) : undefined;
      const { total, page } = await q.relationPage(ctx.run, filter, args.sort, first, skip, claims);
      ctx.loaders.primeRelations(page);
      if (claims) ctx.loaders.primeRelationClaims(claims, page);
      return connection(page, total, skip);
    },

    path: async (_: unknown, args: { from: string; to: string; maxHops: number; types?: string[]; first?: number }, ctx: RequestContext) => {
      if (!Number.isInteger(args.maxHops) || args.maxHops < 1 || args.maxHops > MAX_HOPS) throw badInput(`maxHops must be between 1 and ${MAX_HOPS}`);
      if (args.from.length > 300 || args.to.length > 300) throw badInput('entity references are at most 300 characters');
      const types = args.types?.length ? args.types : [...RELATION_TYPE_INFO.keys()];
      const paths = await q.shortestPaths(ctx.run, { from: args.from, to: args.to, maxHops: args.maxHops, types, first: pageSize(args.first, 5) });
      for (const p of paths) p.entities.forEach((e) => ctx.loaders.entity.prime(e.id, e));
      return paths.map((p) => ({ length: p.steps.length, steps: p.steps, entities: p.entities }));
    },

    articles: async (_: unknown, args: { where?: { mentions?: string; since?: string; until?: string; language?: string }; first?: number; after?: string }, ctx: RequestContext) => {
      const first = pageSize(args.first);
      const skip = decodeCursor(args.after);
      const where = args.where ?? {};
      const mentionId = where.mentions ? await ctx.loaders.entityRef.load(where.mentions) : undefined;
      const { total, page } = await q.articlePage(ctx.run, {
        mentionIds: where.mentions ? (mentionId ? [mentionId] : []) : null,
        since: sinceDay(where.since), until: untilDay(where.until), language: where.language ?? null,
      }, first, skip);
      return connection(await ctx.loaders.article.loadMany(page), total, skip);
    },

    article: async (_: unknown, args: { id?: string; url?: string }, ctx: RequestContext) => {
      if (args.id) return ctx.loaders.article.load(args.id);
      if (args.url) {
        const id = await q.articleIdByUrl(ctx.run, args.url);
        return id ? ctx.loaders.article.load(id) : null;
      }
      throw badInput('article needs an id or a url');
    },

    stats: (_: unknown, __: unknown, ctx: RequestContext) => readGraphStats(ctx.run),
  },
};

