// Query.searchEntities → the terms the repository searches the name index for.
import { searchTerms } from '../../store/luceneQueries.ts';
import { badInput } from '../apiErrors.ts';
import { pageSize } from '../readArgs.ts';
import type { SearchRequest } from './requests.ts';

export interface SearchArgs { query: string; types?: string[]; first?: number }

export const MAX_SEARCH_LENGTH = 200;

/** Undefined when the text has no words to search for (the answer is then empty). */
export function searchRequest(args: SearchArgs): SearchRequest | undefined {
  const first = pageSize(args.first, 10);
  if (args.query.length > MAX_SEARCH_LENGTH) throw badInput(`query is at most ${MAX_SEARCH_LENGTH} characters`);
  const terms = searchTerms(args.query);
  if (terms.length === 0) return undefined;
  return { terms, types: args.types?.length ? args.types : null, first };
}
