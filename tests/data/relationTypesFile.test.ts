// data/relation-types.json against its schema (src/data/relationTypesFile.ts).
import { describe, expect, it } from 'vitest';
import { readDataFile } from '../../src/data/readDataFile.ts';
import { RelationTypesFile } from '../../src/data/relationTypesFile.ts';
import { rejection, shipped } from './helpers.ts';

const table = shipped('relation-types.json');
const FILE = 'relation-types.json';
const withRow = (i: number, change: object) => ({ ...table, types: table.types.map((t: object, j: number) => (j === i ? { ...t, ...change } : t)) });

describe('the relation-type table', () => {
  it('passes its schema and reads back exactly as written, its _about note included', () => {
    expect(readDataFile(FILE, RelationTypesFile)).toEqual(table);
    expect(typeof table._about).toBe('string');
  });

  it('the _about note may be left out, but not misspelt', () => {
    const { _about, ...bare } = table;
    expect(RelationTypesFile.parse(bare)).toEqual(bare);
    expect(rejection(FILE, { ...bare, about: _about }, RelationTypesFile)).toEqual({
      code: 'BAD_DATA_FILE',
      message: 'data/relation-types.json: (top level): Unrecognized key: "about"',
      file: FILE,
      key: '(top level)',
    });
  });

  it('an edge name that is not an upper-case identifier is rejected (it is written into Cypher)', () => {
    expect(rejection(FILE, withRow(1, { edge: 'CONSULTS WITH' }), RelationTypesFile)).toEqual({
      code: 'BAD_DATA_FILE',
      message: 'data/relation-types.json: types[1].edge: must be an upper-case identifier (A-Z, 0-9, _)',
      file: FILE,
      key: 'types[1].edge',
    });
    expect(rejection(FILE, withRow(0, { edge: 'agrees_with' }), RelationTypesFile).key).toBe('types[0].edge');
    expect(rejection(FILE, withRow(0, { edge: '1AGREES' }), RelationTypesFile).key).toBe('types[0].edge');
  });

  it('a type src/model.ts does not declare, a misspelt column, a weight as text', () => {
    expect(rejection(FILE, withRow(2, { type: 'AID' }), RelationTypesFile).message).toBe(
      'data/relation-types.json: types[2].type: Invalid option: expected one of '
      + '"ACCUSE"|"SUPPORT"|"AGREE"|"COOPERATE"|"CONSULT"|"THREATEN"|"SANCTION"|"MOBILIZE"|"ASSAULT"|"REJECT"|"REQUEST"|"PROTEST"|"MEMBER_OF"|"REPRESENTS"',
    );
    expect(rejection(FILE, withRow(3, { wieght: 6 }), RelationTypesFile).message)
      .toBe('data/relation-types.json: types[3]: Unrecognized key: "wieght"');
    expect(rejection(FILE, withRow(0, { weight: '4.0' }), RelationTypesFile).message)
      .toBe('data/relation-types.json: types[0].weight: Invalid input: expected number, received string');
    expect(rejection(FILE, withRow(0, { weight: 40 }), RelationTypesFile).message)
      .toBe('data/relation-types.json: types[0].weight: Too big: expected number to be <=10');
  });

  it('every polarity needs its factor', () => {
    expect(rejection(FILE, { ...table, polarityFactor: { asserted: 1, negated: 0 } }, RelationTypesFile).message)
      .toBe('data/relation-types.json: polarityFactor.hypothetical: Invalid input: expected number, received undefined');
  });
});
