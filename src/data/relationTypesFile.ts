// The shape of data/relation-types.json: one row per relation type declared in src/model.ts, with its
// PLOVER/CAMEO codes, the aggregated Neo4j edge name and its cooperation (+) / conflict (−) weight.
import { z } from 'zod';
import { RELATION_TYPES } from '../model.ts';

const RelationTypeRow = z.strictObject({
  type: z.enum(RELATION_TYPES),
  // Edge names are written into Cypher as relationship types (they cannot be query parameters), so
  // they must be plain identifiers.
  edge: z.string().regex(/^[A-Z][A-Z0-9_]*$/, 'must be an upper-case identifier (A-Z, 0-9, _)'),
  plover: z.array(z.string().min(1)),
  cameo: z.array(z.string().regex(/^\d{2,4}$/, 'must be a CAMEO code (2 to 4 digits)')),
  quadClass: z.enum(['verbal cooperation', 'material cooperation', 'verbal conflict', 'material conflict', 'structural']),
  mode: z.enum(['verbal', 'material', 'structural']),
  /** false for types scored without direction (AGREE, COOPERATE, CONSULT). */
  directed: z.boolean(),
  /** On PLOVER's −10..+10 scale. */
  weight: z.number().min(-10).max(10),
});

export const RelationTypesFile = z.strictObject({
  /** What the table means, for readers of the file. */
  _about: z.string().optional(),
  types: z.array(RelationTypeRow),
  /** How much a negated or hypothetical claim counts against an asserted one. */
  polarityFactor: z.strictObject({ asserted: z.number(), negated: z.number(), hypothetical: z.number() }),
});

export type RelationTypeRow = z.output<typeof RelationTypeRow>;
export type RelationTypesTable = z.output<typeof RelationTypesFile>;
