// The relation-type table (data/relation-types.json): PLOVER/CAMEO codes, the aggregated Neo4j edge
// name and the cooperation/conflict weight of each type. Read once; everything else asks here.
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Polarity, RelationType } from './model.ts';

export interface RelationTypeInfo {
  type: RelationType;
  edge: string;
  plover: string[];
  cameo: string[];
  quadClass: string;
  mode: 'verbal' | 'material' | 'structural';
  directed: boolean;
  weight: number;
}

interface RelationTypeTable {
  types: RelationTypeInfo[];
  polarityFactor: Record<Polarity, number>;
}

const table = JSON.parse(
  fs.readFileSync(fileURLToPath(new URL('../data/relation-types.json', import.meta.url)), 'utf8'),
) as RelationTypeTable;

export const RELATION_TYPE_INFO: ReadonlyMap<string, RelationTypeInfo> = new Map(table.types.map((t) => [t.type, t]));
export const POLARITY_FACTOR = table.polarityFactor;
/** Every aggregated edge name; the only relationship types geokg ever writes between entities. */
export const AGGREGATE_EDGES: readonly string[] = table.types.map((t) => t.edge);
// Edge names are written into Cypher as relationship types, so they must be plain identifiers.
for (const edge of AGGREGATE_EDGES) {
  if (!/^[A-Z][A-Z0-9_]*$/.test(edge)) throw new Error(`data/relation-types.json: edge ${JSON.stringify(edge)} must be an upper-case identifier`);
}

export function relationTypeInfo(type: string): RelationTypeInfo {
  const info = RELATION_TYPE_INFO.get(type);
  if (!info) throw new Error(`unknown relation type ${JSON.stringify(type)}; expected one of ${[...RELATION_TYPE_INFO.keys()].join(', ')}`);
  return info;
}

/** The signed cooperation (+) / conflict (−) weight of one claim. */
export function claimWeight(type: string, polarity: Polarity): number {
  return relationTypeInfo(type).weight * (POLARITY_FACTOR[polarity] ?? 0);
}
