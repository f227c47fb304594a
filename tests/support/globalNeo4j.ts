// Starts the real Neo4j the graph tests run against: the embedded default on its own `test` instance,
// or the server NEO4J_URI names. Tests receive the connection through vitest's provide/inject.
import type { TestProject } from 'vitest/node';
import { loadConfig, type Neo4jTarget } from '../../src/config.ts';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from '../../src/embedded/startNeo4j.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: Neo4jTarget & { embedded: boolean; startMs: number; fetched: boolean };
  }
}

let embedded: EmbeddedNeo4j | undefined;

export async function setup(project: TestProject): Promise<void> {
  const config = loadConfig({ GEOKG_NEO4J_INSTANCE: 'test', GEOKG_NEO4J_HEAP: '1g', GEOKG_NEO4J_PAGECACHE: '512m', ...process.env });
  if (config.neo4j) {
    project.provide('neo4j', { ...config.neo4j, embedded: false, startMs: 0, fetched: false });
    return;
  }
  embedded = await startEmbeddedNeo4j(config.embedded, (line) => process.stderr.write(`${line}\n`));
  const { uri, user, password, startMs, fetched } = embedded;
  project.provide('neo4j', { uri, user, password, embedded: true, startMs, fetched });
}

export async function teardown(): Promise<void> {
  await embedded?.stop();
}
