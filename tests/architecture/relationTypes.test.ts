// The relation types are declared in src/model.ts (RELATION_TYPES); the weight table, the GraphQL enum and
// the cue lexicons must name exactly those, or a type added in one place silently does nothing elsewhere.
import fs from 'node:fs';
import { buildSchema, GraphQLEnumType } from 'graphql';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { EVENT_TYPES, RELATION_TYPES } from '../../src/model.ts';
import { RELATION_TYPE_INFO } from '../../src/relationTypes.ts';
import { loadTypeDefs } from '../../src/serve/loadTypeDefs.ts';

const sorted = (values: Iterable<string>) => [...values].sort();

/** Every `type:` value anywhere in a lexicon file. */
function lexiconTypes(file: string): Set<string> {
  const found = new Set<string>();
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) {
        if (key === 'type' && typeof value === 'string') found.add(value);
        else walk(value);
      }
    }
  };
  walk(parseYaml(fs.readFileSync(file, 'utf8')));
  return found;
}

describe('relation types, declared once', () => {
  it('the weight table (data/relation-types.json) has one row per declared type', () => {
    expect(sorted(RELATION_TYPE_INFO.keys())).toEqual(sorted(RELATION_TYPES));
  });

  it('the GraphQL enum RelationType lists exactly the declared types', () => {
    const schema = buildSchema(loadTypeDefs().join('\n'));
    const enumType = schema.getType('RelationType') as GraphQLEnumType;
    expect(sorted(enumType.getValues().map((v) => v.name))).toEqual(sorted(RELATION_TYPES));
  });

  it.each(['de', 'en'])('the %s cue lexicon uses only declared types, and has cues for every event type', (language) => {
    const types = lexiconTypes(`data/lexicon/${language}.yaml`);
    expect([...types].filter((t) => !(RELATION_TYPES as readonly string[]).includes(t))).toEqual([]);
    expect(EVENT_TYPES.filter((t) => !types.has(t))).toEqual([]);
  });
});
