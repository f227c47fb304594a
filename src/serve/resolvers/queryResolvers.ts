// Root query fields: read arguments, translate them into a request (src/serve/translate), hand it to a
// loader or the repository, shape the answer. Nothing else.
import * as q from '../../store/apiQueries.ts';
import { readGraphStats } from '../../store/readGraphSnapshot.ts';
import type { GraphQLResolveInfo } from 'graphql';
import type { RequestContext } from '../context.ts';
import { connection } from '../readArgs.ts';
import { articlePageRequest, articleRequest, type ArticleQueryArgs, type ArticlesQueryArgs } from '../translate/articlesQuery.ts';
import { entityRequest, type EntityQueryArgs } from '../translate/entityQuery.ts';
import { pathRequest, type PathArgs } from '../translate/pathQuery.ts';
import { relationPageRequest, type RelationsQueryArgs } from '../translate/relationsQuery.ts';
import { searchRequest, type SearchArgs } from '../translate/searchQuery.ts';

export const queryResolvers = {
  Query: {
    entity: async (_: unknown, args: EntityQueryArgs, ctx: RequestContext, info: GraphQLResolveInfo) =>
      ctx.loaders.readEntity(await entityRequest(ctx.loaders, args, info)),

    searchEntities: async (_: unknown, args: SearchArgs, ctx: RequestContext) => {
      const request = searchRequest(args);
      if (!request) return [];
      const hits = await q.searchEntities(ctx.run, request.terms, request.types, request.first);
      return hits.map((hit) => ({ score: hit.score, entity: hit.entity }));
    },

    relations: async (_: unknown, args: RelationsQueryArgs, ctx: RequestContext, info: GraphQLResolveInfo) => {
      const request = relationPageRequest(args, info);
      const { total, page } = await ctx.loaders.readRelationPage(request);
      return connection(page, total, request.skip);
    },

    path: async (_: unknown, args: PathArgs, ctx: RequestContext) => {
      const paths = await ctx.loaders.readPaths(pathRequest(args));
      return paths.map((p) => ({ length: p.steps.length, steps: p.steps, entities: p.entities }));
    },

    articles: async (_: unknown, args: ArticlesQueryArgs, ctx: RequestContext) => {
      const request = await articlePageRequest(ctx.loaders, args);
      const { total, page } = await q.articlePage(ctx.run, request.where, request.first, request.skip);
      return connection(await ctx.loaders.article.loadMany(page), total, request.skip);
    },

    article: async (_: unknown, args: ArticleQueryArgs, ctx: RequestContext) => {
      const request = articleRequest(args);
      if ('id' in request) return ctx.loaders.article.load(request.id);
      const id = await q.articleIdByUrl(ctx.run, request.url);
      return id ? ctx.loaders.article.load(id) : null;
    },

    stats: (_: unknown, __: unknown, ctx: RequestContext) => readGraphStats(ctx.run),
  },
};
