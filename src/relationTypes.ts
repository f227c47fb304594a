// The relation-type table (data/relation-types.json): PLOVER/CAMEO codes, the aggregated Neo4j edge
// name and the cooperation/conflict weight of each type. Read once; everything else asks here.
import { readDataFile } from './data/readDataFile.ts';
import { RelationTypesFile, type RelationTypeRow } from './data/relationTypesFile.ts';
import type { Polarity } from './model.ts';

export type RelationTypeInfo = RelationTypeRow;

const table = readDataFile('relation-types.json', RelationTypesFile);

export const RELATION_TYPE_INFO: ReadonlyMap<string, RelationTypeInfo> = new Map(table.types.map((t) => [t.type, t]));
export const POLARITY_FACTOR: Record<Polarity, number> = table.polarityFactor;
/** Every aggregated edge name; the only relationship types geokg ever writes between entities (identifiers, checked by the schema). */
export const AGGREGATE_EDGES: readonly string[] = table.types.map((t) => t.edge);

export function relationTypeInfo(type: string): RelationTypeInfo {
  const info = RELATION_TYPE_INFO.get(type);
  if (!info) throw new Error(`unknown relation type ${JSON.stringify(type)}; expected one of ${[...RELATION_TYPE_INFO.keys()].join(', ')}`);
  return info;
}

/** The signed cooperation (+) / conflict (−) weight of one claim. */
export function claimWeight(type: string, polarity: Polarity): number {
  return relationTypeInfo(type).weight * (POLARITY_FACTOR[polarity] ?? 0);
}
