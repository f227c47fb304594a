// Relation listings: Query.relations (one page over the whole graph, claims read ahead when every
// relation of the page asks for them) and Entity.relations / Entity.counterparts (per entity, batched).
import type { GraphQLResolveInfo } from 'graphql';
import type { RelationSortKey } from '../../store/cypher/apiReads.ts';
import type { Loaders } from '../createLoaders.ts';
import { decodeCursor, pageSize, relationFilter, relationFilterByRef, type RelationWhereInput } from '../readArgs.ts';
import { claimFilter } from './claimsQuery.ts';
import { nestedFieldArgs } from './lookAhead.ts';
import type { CounterpartArgs, RelationArgs, RelationPageRequest } from './requests.ts';

export interface RelationsQueryArgs { where?: RelationWhereInput; sort: RelationSortKey; first?: number; after?: string }

export function relationPageRequest(args: RelationsQueryArgs, info: GraphQLResolveInfo): RelationPageRequest {
  const first = pageSize(args.first);
  const skip = decodeCursor(args.after);
  const filter = relationFilterByRef(args.where);
  // Claims asked for on every relation of the page come along in the page's own statement.
  const asked = nestedFieldArgs(info, ['edges', 'node', 'claims'], 'Relation');
  return { filter, sort: args.sort, first, skip, claims: asked ? claimFilter(asked) : undefined };
}

export interface EntityRelationsArgs { direction: string; where?: RelationWhereInput; sort: RelationSortKey; first?: number; after?: string }

/** Entity.relations' arguments as its loader takes them (also what a named entity reads ahead with). */
export async function entityRelationsRequest(loaders: Loaders, args: EntityRelationsArgs): Promise<RelationArgs> {
  const filter = await relationFilter(loaders, args.where);
  return { filter, direction: args.direction, sort: args.sort, first: pageSize(args.first), skip: decodeCursor(args.after) };
}

export interface CounterpartsArgs { where?: RelationWhereInput; first?: number }

/** Entity.counterparts' arguments as its loader takes them. */
export async function counterpartsRequest(loaders: Loaders, args: CounterpartsArgs): Promise<CounterpartArgs> {
  return { filter: await relationFilter(loaders, args.where), first: pageSize(args.first) };
}
