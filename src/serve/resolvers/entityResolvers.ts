// Entity fields: each one a loader call, so a list of entities costs one round trip per field.
import type { EntityRow, RelationFilter } from '../../store/apiQueries.ts';
import type { RelationSortKey } from '../../store/cypher/apiReads.ts';
import type { RequestContext } from '../context.ts';
import type { RelationArgs } from '../createLoaders.ts';
import { connection, decodeCursor, pageSize, relationFilter, type RelationWhereInput } from '../readArgs.ts';

const BUCKET_LENGTH = { DAY: 10, MONTH: 7, YEAR: 4 } as const;

export interface RelationsArgs { direction: string; where?: RelationWhereInput; sort: RelationSortKey; first?: number; after?: string }

async function loadEntities(ctx: RequestContext, ids: string[]) {
  return (await ctx.loaders.entity.loadMany(ids)).filter((e): e is EntityRow => Boolean(e) && !(e instanceof Error));
}

/** Entity.relations' arguments as its loader takes them (also used to fill that loader ahead). */
export async function relationLoaderArgs(ctx: RequestContext, args: RelationsArgs): Promise<RelationArgs> {
  const filter = await relationFilter(ctx.loaders, args.where);
  return { filter, direction: args.direction, sort: args.sort, first: pageSize(args.first), skip: decodeCursor(args.after) };
}

export interface CounterpartsArgs { where?: RelationWhereInput; first?: number }

/** Entity.counterparts' arguments as its loader takes them. */
export async function counterpartLoaderArgs(ctx: RequestContext, args: CounterpartsArgs): Promise<{ filter: RelationFilter; first: number }> {
  return { filter: await relationFilter(ctx.loaders, args.where), first: pageSize(args.first) };
}

export const entityResolvers = {
  Entity: {
    mentionCount: (e: EntityRow, _: unknown, ctx: RequestContext) => ctx.loaders.mentionCount.load(e.id),

    relations: async (e: EntityRow, args: RelationsArgs, ctx: RequestContext) => {
      const loaderArgs = await relationLoaderArgs(ctx, args);
      const { total, page } = await ctx.loaders.entityRelations(loaderArgs).load(e.id);
      return connection(page, total, loaderArgs.skip);
    },

    counterparts: async (e: EntityRow, args: CounterpartsArgs, ctx: RequestContext) => {
      const items = await ctx.loaders.counterparts(await counterpartLoaderArgs(ctx, args)).load(e.id);
      for (const item of items) ctx.loaders.entity.prime(item.entityId, item.entity);
      return items;
    },

    articles: async (e: EntityRow, args: { first?: number; after?: string }, ctx: RequestContext) => {
      const first = pageSize(args.first);
      const skip = decodeCursor(args.after);
      const { total, page } = await ctx.loaders.entityArticles({ first, skip }).load(e.id);
      return connection(await ctx.loaders.article.loadMany(page), total, skip);
    },

    timeline: async (e: EntityRow, args: { where?: RelationWhereInput; bucket: keyof typeof BUCKET_LENGTH }, ctx: RequestContext) => {
      const filter = await relationFilter(ctx.loaders, args.where);
      const rows = await ctx.loaders.timeline({ filter, bucketLength: BUCKET_LENGTH[args.bucket] }).load(e.id);
      const buckets = new Map<string, { start: string; counts: Array<{ type: string; count: number }>; score: number; total: number }>();
      for (const row of rows) {
        const start = row.bucket.length === 4 ? `${row.bucket}-01-01` : row.bucket.length === 7 ? `${row.bucket}-01` : row.bucket;
        const bucket = buckets.get(start) ?? { start, counts: [], score: 0, total: 0 };
        bucket.counts.push({ type: row.type, count: row.count });
        bucket.score += row.score;
        bucket.total += row.count;
        buckets.set(start, bucket);
      }
      return [...buckets.values()];
    },

    officeHolders: async (e: EntityRow, _: unknown, ctx: RequestContext) => loadEntities(ctx, await ctx.loaders.officeHolders.load(e.id)),
    affiliations: async (e: EntityRow, _: unknown, ctx: RequestContext) => loadEntities(ctx, await ctx.loaders.affiliations.load(e.id)),
  },
};
