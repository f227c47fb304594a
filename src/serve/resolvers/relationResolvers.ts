// Relation and Claim fields: ends, claimant and article come from loaders; claims are batched per argument set.
import type { ClaimRow, RelationRow } from '../../store/apiQueries.ts';
import { relationTypeInfo } from '../../relationTypes.ts';
import type { RequestContext } from '../context.ts';
import { relationKey } from '../createLoaders.ts';
import { claimFilter, type ClaimsArgs } from '../translate/claimsQuery.ts';

export const relationResolvers = {
  Relation: {
    id: (r: RelationRow) => relationKey(r),
    source: (r: RelationRow, _: unknown, ctx: RequestContext) => ctx.loaders.entity.load(r.sourceId),
    target: (r: RelationRow, _: unknown, ctx: RequestContext) => ctx.loaders.entity.load(r.targetId),
    articleCount: (r: RelationRow) => r.articles,
    plover: (r: RelationRow) => relationTypeInfo(r.type).plover,
    cameo: (r: RelationRow) => relationTypeInfo(r.type).cameo,
    mode: (r: RelationRow) => relationTypeInfo(r.type).mode,
    claims: (r: RelationRow, args: ClaimsArgs, ctx: RequestContext) => ctx.loaders.relationClaims(claimFilter(args)).load(relationKey(r)),
  },
  Claim: {
    source: (c: ClaimRow, _: unknown, ctx: RequestContext) => ctx.loaders.entity.load(c.sourceId),
    target: (c: ClaimRow, _: unknown, ctx: RequestContext) => ctx.loaders.entity.load(c.targetId),
    claimant: (c: ClaimRow, _: unknown, ctx: RequestContext) => (c.attributedToId ? ctx.loaders.entity.load(c.attributedToId) : null),
    article: (c: ClaimRow, _: unknown, ctx: RequestContext) => ctx.loaders.article.load(c.articleId),
  },
};
