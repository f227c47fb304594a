// The graph benchmarks run on: the embedded Neo4j's own `bench` instance (2 GB heap), or the server
// NEO4J_URI names. Migrated like the product's graph; `emptyGraph` deletes everything for a clean run.
import os from 'node:os';
import { loadConfig, type Config } from '../src/config.ts';
import { startEmbeddedNeo4j } from '../src/embedded/startNeo4j.ts';
import { createDriver, verifyGraph, type Graph } from '../src/store/connectGraph.ts';
import { migrate } from '../src/store/migrate.ts';

export function benchConfig(): Config {
  return loadConfig({ GEOKG_NEO4J_PAGECACHE: '1g', ...process.env, GEOKG_NEO4J_INSTANCE: 'bench', GEOKG_NEO4J_HEAP: '2g' });
}

export async function openBenchGraph(log: (line: string) => void): Promise<Graph> {
  const config = benchConfig();
  const embedded = config.neo4j ? undefined : await startEmbeddedNeo4j(config.embedded, log);
  const target = config.neo4j ?? embedded!;
  if (embedded) log(`Neo4j: embedded instance "bench" ${embedded.owner ? 'started' : 'reused'} at ${embedded.uri} in ${(embedded.startMs / 1000).toFixed(1)} s`);
  else log(`Neo4j: ${target.uri} (NEO4J_URI)`);
  const driver = createDriver(target);
  await verifyGraph(driver, target);
  await migrate(driver, target.database);
  return {
    driver, database: target.database, target, embedded,
    async close() {
      await driver.close();
      await embedded?.stop();
    },
  };
}

export async function emptyGraph(graph: Graph): Promise<void> {
  // CALL ... IN TRANSACTIONS needs an auto-commit transaction, hence session.run. Relationships go first:
  // DETACH DELETE of 10,000 nodes at once can hold a hub's thousands of relationships in one transaction
  // and exceed the transaction memory pool.
  const session = graph.driver.session({ database: graph.database });
  try {
    await session.run('MATCH ()-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 20000 ROWS');
    await session.run('MATCH (n) CALL (n) { DELETE n } IN TRANSACTIONS OF 20000 ROWS');
  } finally {
    await session.close();
  }
}

/** Nodes per label and relationships per type, for checking that two loads built the same graph. */
export async function graphCounts(graph: Graph): Promise<Record<string, number>> {
  const { records } = await graph.driver.executeQuery(`
    CALL () { MATCH (n) UNWIND labels(n) AS label RETURN 'node:' + label AS key, count(*) AS n
              UNION ALL MATCH ()-[r]->() RETURN 'rel:' + type(r) AS key, count(*) AS n
              UNION ALL MATCH (:Entity)-[r]->(:Entity) RETURN 'sum:aggregate count' AS key, sum(r.count) AS n }
    RETURN key, n ORDER BY key`, {}, { database: graph.database });
  return Object.fromEntries(records.map((r) => [r.get('key') as string, Number(r.get('n'))]));
}

export function machine(): string {
  const cpu = os.cpus()[0]?.model.replace(/\s+/g, ' ').trim() ?? 'unknown CPU';
  return `${os.cpus().length} cores (${cpu}), ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}`;
}
