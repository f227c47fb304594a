// src/dashboard/queries.d.ts is generated from the schema and the dashboard's documents; it must be current,
// and the generator must type answers as the API sends them.
import fs from 'node:fs';
import { buildSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { generateDashboardTypes, renderTypes, TYPES_FILE } from '../../scripts/generate-dashboard-types.ts';

describe('generated dashboard query types', () => {
  it('match the schema and queries.js (stale: run node --import tsx scripts/generate-dashboard-types.ts)', async () => {
    expect(fs.readFileSync(TYPES_FILE, 'utf8')).toBe(await generateDashboardTypes());
  });

  const schema = buildSchema(`
    enum Kind { A B }
    input Range { since: String, until: String! }
    type Thing { id: ID!, name: String, score: Float!, kinds: [Kind!]!, tags: [String], parent: Thing }
    type Query { thing(id: ID!, range: Range, first: Int = 10): Thing, things: [Thing!]! }
  `);

  it('types fields by nullability and lists, follows aliases, and names the enums once', () => {
    const text = renderTypes(schema, {
      THING: 'query One($id: ID!, $range: Range, $first: Int) { thing(id: $id, range: $range, first: $first) { id name kinds tags up: parent { id } } all: things { score } }',
      helper: 42,
    });
    expect(text).toContain([
      'export interface OneQuery {',
      '  thing: {',
      '    id: string;',
      '    name: string | null;',
      '    kinds: Array<Kind>;',
      '    tags: Array<string | null> | null;',
      '    up: {',
      '      id: string;',
      '    } | null;',
      '  } | null;',
      '  all: Array<{',
      '    score: number;',
      '  }>;',
      '}',
      'export type OneVariables = {',
      '  id: string;',
      '  range?: {',
      '    since?: string | null;',
      '    until: string;',
      '  } | null;',
      '  first?: number | null;',
      '};',
      'export const THING: Document<OneQuery, OneVariables>;',
    ].join('\n'));
    expect(text.endsWith("export type Kind = 'A' | 'B';\n")).toBe(true);
    expect(text).not.toContain('helper');
  });

  it('refuses a document that does not fit the schema, naming it', () => {
    expect(() => renderTypes(schema, { BROKEN: 'query Broken { thing(id: "1") { colour } }' })).toThrow(/BROKEN does not fit the schema: Cannot query field "colour"/);
  });
});
