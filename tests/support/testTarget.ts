// Which Neo4j the tests (and the benchmarks) may write to: never the user's. NEO4J_URI (and the rest of a user's connection) and
// GEOKG_NEO4J_INSTANCE, the embedded instance a user runs, are not read here. The tests use the embedded
// instance GEOKG_TEST_NEO4J_INSTANCE (default "test"), or the server GEOKG_TEST_NEO4J_URI names, with
// GEOKG_TEST_NEO4J_USER / _PASSWORD / _DATABASE.
import { loadConfig, type EmbeddedSettings, type Neo4jTarget } from '../../src/config.ts';
import { ConfigError } from '../../src/errors.ts';

type Env = Record<string, string | undefined>;

/** Variables that name a user's own graph; a test run drops them from its environment before anything starts. */
export const USER_GRAPH_VARIABLES = ['NEO4J_URI', 'NEO4J_USER', 'NEO4J_PASSWORD', 'NEO4J_DATABASE', 'GEOKG_NEO4J_INSTANCE', 'GEOKG_NEO4J_PORT'] as const;

export const DEFAULT_TEST_INSTANCE = 'test';

export type TestTarget =
  | { kind: 'server'; target: Neo4jTarget }
  | { kind: 'embedded'; settings: EmbeddedSettings };

export function withoutUserGraph(env: Env): Env {
  const copy = { ...env };
  for (const name of USER_GRAPH_VARIABLES) delete copy[name];
  return copy;
}

/** Removes the user's graph variables from this process, so no helper or child process can inherit them. */
export function forgetUserGraph(env: Env = process.env): void {
  for (const name of USER_GRAPH_VARIABLES) delete env[name];
}

/**
 * The database a scratch run (the tests, `TEST`; the benchmarks, `BENCH`) may write to: the server
 * GEOKG_<run>_NEO4J_URI names, or the embedded instance GEOKG_<run>_NEO4J_INSTANCE (else `defaultInstance`).
 */
export function chooseScratchTarget(env: Env, run: 'TEST' | 'BENCH', defaultInstance: string, memory = { heap: '1g', pageCache: '512m' }): TestTarget {
  const base = withoutUserGraph(env);
  const own = (name: string) => env[`GEOKG_${run}_NEO4J_${name}`];
  const uri = own('URI')?.trim();
  if (uri) {
    try {
      const config = loadConfig({ ...base, NEO4J_URI: uri, NEO4J_USER: own('USER'), NEO4J_PASSWORD: own('PASSWORD'), NEO4J_DATABASE: own('DATABASE') });
      return { kind: 'server', target: config.neo4j! };
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      throw new ConfigError(error.message.replace(/\bNEO4J_(URI|USER|PASSWORD|DATABASE)\b/g, `GEOKG_${run}_NEO4J_$1`));
    }
  }
  const config = loadConfig({
    GEOKG_NEO4J_HEAP: memory.heap, GEOKG_NEO4J_PAGECACHE: memory.pageCache, ...base,
    GEOKG_NEO4J_INSTANCE: own('INSTANCE')?.trim() || defaultInstance,
  });
  return { kind: 'embedded', settings: config.embedded };
}

export function chooseTestTarget(env: Env): TestTarget {
  return chooseScratchTarget(env, 'TEST', DEFAULT_TEST_INSTANCE);
}
