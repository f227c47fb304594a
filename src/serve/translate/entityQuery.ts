// Query.entity: by id through the loader; by name together with what the query asks of the entity when
// that is its relations or its counterparts (the common questions: one round trip instead of two).
import type { GraphQLResolveInfo } from 'graphql';
import { badInput } from '../apiErrors.ts';
import type { Loaders } from '../createLoaders.ts';
import { checkRefLength } from '../readArgs.ts';
import { nestedFieldArgs } from './lookAhead.ts';
import type { EntityRequest } from './requests.ts';
import { counterpartsRequest, entityRelationsRequest, type CounterpartsArgs, type EntityRelationsArgs } from './relationsQuery.ts';

export interface EntityQueryArgs { id?: string; name?: string }

export async function entityRequest(loaders: Loaders, args: EntityQueryArgs, info: GraphQLResolveInfo): Promise<EntityRequest> {
  if (!args.id && !args.name) throw badInput('entity needs an id or a name');
  const ref = (args.id ?? args.name)!;
  checkRefLength(ref, 'entity ids and names');
  if (args.id) return { id: args.id };
  // Anything else the query asks of the entity (fragments, other fields) follows through the loaders.
  const relations = nestedFieldArgs(info, ['relations'], 'Entity') as EntityRelationsArgs | undefined;
  if (relations) return { ref, relations: await entityRelationsRequest(loaders, relations) };
  const counterparts = nestedFieldArgs(info, ['counterparts'], 'Entity') as CounterpartsArgs | undefined;
  if (counterparts) return { ref, counterparts: await counterpartsRequest(loaders, counterparts) };
  return { ref };
}
