// A user's NEO4J_URI is theirs: the tests pick their database from variables of their own and never read it.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { runNestedVitest } from '../support/nestedRun.ts';
import { chooseTestTarget, USER_GRAPH_VARIABLES } from '../support/testTarget.ts';

const USER = { NEO4J_URI: 'bolt://users-own-graph.example:7687', NEO4J_USER: 'analyst', NEO4J_PASSWORD: 'theirs', GEOKG_NEO4J_INSTANCE: 'default' };

describe('the database the tests write to', () => {
  it('is the embedded test instance when only the user\'s NEO4J_URI and instance are set', () => {
    const choice = chooseTestTarget(USER);
    expect(choice.kind).toBe('embedded');
    expect(choice.kind === 'embedded' && choice.settings.instance).toBe('test');
    expect(chooseTestTarget({ ...USER, GEOKG_TEST_NEO4J_INSTANCE: 'mine' })).toMatchObject({ kind: 'embedded', settings: { instance: 'mine' } });
  });

  it('is the server GEOKG_TEST_NEO4J_URI names, with its own credentials, never the user\'s', () => {
    const choice = chooseTestTarget({ ...USER, GEOKG_TEST_NEO4J_URI: 'bolt://127.0.0.1:7999', GEOKG_TEST_NEO4J_PASSWORD: 'test-pass', GEOKG_TEST_NEO4J_DATABASE: 'scratch' });
    expect(choice).toEqual({ kind: 'server', target: { uri: 'bolt://127.0.0.1:7999', user: 'neo4j', password: 'test-pass', database: 'scratch' } });
    expect(() => chooseTestTarget({ ...USER, GEOKG_TEST_NEO4J_URI: 'bolt://127.0.0.1:7999' })).toThrow(/GEOKG_TEST_NEO4J_PASSWORD is required/);
  });

  it('is what a whole test run uses when the user\'s NEO4J_URI points elsewhere: nothing in it sees that URI', async () => {
    // A nested vitest run over one small test file, with a user's graph exported in its environment. The
    // URI leads nowhere, so any attempt to use it would fail the run; the file reports what it was given.
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'geokg-nested-')), 'seen.json');
    const { code, output } = await runNestedVitest('tests/fixtures/safety/seenDatabase.nested.ts', { ...USER, NEO4J_URI: 'bolt://127.0.0.1:9', GEOKG_SEEN_FILE: out });
    expect(code, output).toBe(0);
    const seen = JSON.parse(fs.readFileSync(out, 'utf8'));
    expect(seen.uri).toBe(inject('neo4j').uri);
    for (const name of USER_GRAPH_VARIABLES) expect(seen.env[name], name).toBeUndefined();
  }, 90_000);
});
