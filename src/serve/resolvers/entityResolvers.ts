// Entity fields: each one a loader call, so a list of entities costs one round trip per field.
import type { EntityRow } from '../../store/apiQueries.ts';
import type { RequestContext } from '../context.ts';
import { connection } from '../readArgs.ts';
import { entityArticlesRequest } from '../translate/articlesQuery.ts';
import { counterpartsRequest, entityRelationsRequest, type CounterpartsArgs, type EntityRelationsArgs } from '../translate/relationsQuery.ts';
import { roleOn, roleSpans } from '../translate/roleQuery.ts';
import { timelineBuckets, timelineRequest, type TimelineQueryArgs } from '../translate/timelineQuery.ts';

async function loadEntities(ctx: RequestContext, ids: string[]) {
  return (await ctx.loaders.entity.loadMany(ids)).filter((e): e is EntityRow => Boolean(e) && !(e instanceof Error));
}

export const entityResolvers = {
  Entity: {
    mentionCount: (e: EntityRow, _: unknown, ctx: RequestContext) => ctx.loaders.mentionCount.load(e.id),

    roles: async (e: EntityRow, _: unknown, ctx: RequestContext) => roleSpans(await ctx.loaders.roleMentions.load(e.id)),
    roleAt: async (e: EntityRow, args: { date: string }, ctx: RequestContext) => roleOn(await ctx.loaders.roleMentions.load(e.id), args.date),

    relations: async (e: EntityRow, args: EntityRelationsArgs, ctx: RequestContext) => {
      const request = await entityRelationsRequest(ctx.loaders, args);
      const { total, page } = await ctx.loaders.entityRelations(request).load(e.id);
      return connection(page, total, request.skip);
    },

    counterparts: async (e: EntityRow, args: CounterpartsArgs, ctx: RequestContext) =>
      ctx.loaders.counterparts(await counterpartsRequest(ctx.loaders, args)).load(e.id),

    articles: async (e: EntityRow, args: { first?: number; after?: string }, ctx: RequestContext) => {
      const request = entityArticlesRequest(args);
      const { total, page } = await ctx.loaders.entityArticles(request).load(e.id);
      return connection(await ctx.loaders.article.loadMany(page), total, request.skip);
    },

    timeline: async (e: EntityRow, args: TimelineQueryArgs, ctx: RequestContext) =>
      timelineBuckets(await ctx.loaders.timeline(await timelineRequest(ctx.loaders, args)).load(e.id)),

    officeHolders: async (e: EntityRow, _: unknown, ctx: RequestContext) => loadEntities(ctx, await ctx.loaders.officeHolders.load(e.id)),
    affiliations: async (e: EntityRow, _: unknown, ctx: RequestContext) => loadEntities(ctx, await ctx.loaders.affiliations.load(e.id)),
  },
};
