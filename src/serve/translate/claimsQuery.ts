// Relation.claims' arguments → the claim filter the repository and the relationClaims loader take.
import { pageSize, sinceDay, untilDay } from '../readArgs.ts';
import type { ClaimArgs } from './requests.ts';

export interface ClaimsArgs { polarity?: string[]; since?: string; until?: string; first?: number }

/** Also what a relation page reads ahead with, so the loader it primes is the one Relation.claims asks. */
export function claimFilter(args: ClaimsArgs): ClaimArgs {
  return { polarity: args.polarity?.length ? args.polarity : null, since: sinceDay(args.since), until: untilDay(args.until), first: pageSize(args.first) };
}
