// Article reads: Query.articles (a page, filtered by a mentioned entity named by reference), Query.article
// (by id or url), Entity.articles and Article.claims (per parent, batched by their loaders).
import { badInput } from '../apiErrors.ts';
import type { Loaders } from '../createLoaders.ts';
import { decodeCursor, pageSize, sinceDay, untilDay } from '../readArgs.ts';
import type { ArticleListArgs, ArticlePageRequest } from './requests.ts';

export interface ArticlesQueryArgs { where?: { mentions?: string; since?: string; until?: string; language?: string }; first?: number; after?: string }

export async function articlePageRequest(loaders: Loaders, args: ArticlesQueryArgs): Promise<ArticlePageRequest> {
  const first = pageSize(args.first);
  const skip = decodeCursor(args.after);
  const where = args.where ?? {};
  // An unknown entity matches no article (an empty list), no entity named matches all (null).
  const mentionId = where.mentions ? await loaders.entityRef.load(where.mentions) : undefined;
  return {
    where: {
      mentionIds: where.mentions ? (mentionId ? [mentionId] : []) : null,
      since: sinceDay(where.since), until: untilDay(where.until), language: where.language ?? null,
    },
    first, skip,
  };
}

export interface ArticleQueryArgs { id?: string; url?: string }

export function articleRequest(args: ArticleQueryArgs): { id: string } | { url: string } {
  if (args.id) return { id: args.id };
  if (args.url) return { url: args.url };
  throw badInput('article needs an id or a url');
}

export function entityArticlesRequest(args: { first?: number; after?: string }): ArticleListArgs {
  return { first: pageSize(args.first), skip: decodeCursor(args.after) };
}

export function articleClaimsRequest(args: { first?: number }): { first: number } {
  return { first: pageSize(args.first, 100) };
}
