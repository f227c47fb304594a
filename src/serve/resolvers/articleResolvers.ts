// Article fields.
import type { ArticleRow, EntityRow } from '../../store/apiQueries.ts';
import type { RequestContext } from '../context.ts';
import { articleClaimsRequest } from '../translate/articlesQuery.ts';

export const articleResolvers = {
  Article: {
    text: async (a: ArticleRow, _: unknown, ctx: RequestContext) => a.text ?? (await ctx.loaders.articleText.load(a.id)) ?? '',
    entities: async (a: ArticleRow, _: unknown, ctx: RequestContext) => {
      const ids = await ctx.loaders.articleEntities.load(a.id);
      return (await ctx.loaders.entity.loadMany(ids)).filter((e): e is EntityRow => Boolean(e) && !(e instanceof Error));
    },
    claims: (a: ArticleRow, args: { first?: number }, ctx: RequestContext) =>
      ctx.loaders.articleClaims(articleClaimsRequest(args)).load(a.id),
  },
};
