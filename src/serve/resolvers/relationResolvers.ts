// Relation and Claim fields: ends, claimant and article come from loaders; claims are batched per argument set.
import type { ClaimRow, RelationRow } from '../../store/apiQueries.ts';
import { relationTypeInfo } from '../../relationTypes.ts';
import type { RequestContext } from '../context.ts';
import { relationKey, type ClaimArgs } from '../createLoaders.ts';
import { pageSize, sinceDay, untilDay } from '../readArgs.ts';

export interface ClaimsArgs { polarity?: string[]; since?: string; until?: string; first?: number }

/** Relation.claims' arguments as its loader takes them (also used to prime that loader ahead). */
export function claimArgs(args: ClaimsArgs): ClaimArgs {
  return { polarity: args.polarity?.length ? args.polarity : null, since: sinceDay(args.since), until: untilDay(args.until), first: pageSize(args.first) };
}

export const relationResolvers = {
  Relation: {
    id: (r: RelationRow) => relationKey(r),
    source: (r: RelationRow, _: unknown, ctx: RequestContext) => ctx.loaders.entity.load(r.sourceId),
    target: (r: RelationRow, _: unknown, ctx: RequestContext) => ctx.loaders.entity.load(r.targetId),
    articleCount: (r: RelationRow) => r.articles,
    plover: (r: RelationRow) => relationTypeInfo(r.type).plover,
    cameo: (r: RelationRow) => relationTypeInfo(r.type).cameo,
    mode: (r: RelationRow) => relationTypeInfo(r.type).mode,
    claims: (r: RelationRow, args: ClaimsArgs, ctx: RequestContext) => ctx.loaders.relationClaims(claimArgs(args)).load(relationKey(r)),
  },
  Claim: {
    source: (c: ClaimRow, _: unknown, ctx: RequestContext) => ctx.loaders.entity.load(c.sourceId),
    target: (c: ClaimRow, _: unknown, ctx: RequestContext) => ctx.loaders.entity.load(c.targetId),
    claimant: (c: ClaimRow, _: unknown, ctx: RequestContext) => (c.attributedToId ? ctx.loaders.entity.load(c.attributedToId) : null),
    article: (c: ClaimRow, _: unknown, ctx: RequestContext) => ctx.loaders.article.load(c.articleId),
  },
};
