// Reads ahead in a query: the arguments a nested field is asked with, so a parent's statement can bring
// that field along (one round trip instead of two). Only plain field selections are followed; anything
// else (fragments, the field asked twice) answers undefined, and the field's own loader serves it as usual.
import { createRequire } from 'node:module';
import type { FieldNode, GraphQLObjectType, GraphQLResolveInfo } from 'graphql';

// The schema is built by CommonJS packages (@graphql-tools, graphql-yoga), so its types belong to graphql's
// CommonJS build; the ESM build's getArgumentValues would refuse them as "from another realm".
const { getArgumentValues, Kind } = createRequire(import.meta.url)('graphql') as typeof import('graphql');

export function nestedFieldArgs(info: GraphQLResolveInfo, path: readonly string[], ownerType: string): Record<string, unknown> | undefined {
  let nodes: readonly FieldNode[] = info.fieldNodes;
  for (const name of path) {
    const next = nodes.flatMap((n) => n.selectionSet?.selections ?? [])
      .filter((s): s is FieldNode => s.kind === Kind.FIELD && s.name.value === name);
    if (next.length !== 1) return undefined;
    nodes = next;
  }
  const field = (info.schema.getType(ownerType) as GraphQLObjectType | undefined)?.getFields()[path[path.length - 1]];
  return field ? getArgumentValues(field, nodes[0], info.variableValues) : undefined;
}
