// The graph benchmarks run on: the embedded Neo4j's own `bench` instance (2 GB heap), or the server
// GEOKG_BENCH_NEO4J_URI names (with GEOKG_BENCH_NEO4J_USER / _PASSWORD / _DATABASE); never the user's
// NEO4J_URI. Migrated like the product's graph and claimed with the scratch marker before it is emptied.
import os from 'node:os';
import { loadConfig, type Config } from '../src/config.ts';
import { startEmbeddedNeo4j } from '../src/embedded/startNeo4j.ts';
import { createDriver, verifyGraph, type Graph } from '../src/store/connectGraph.ts';
import { migrate } from '../src/store/migrate.ts';
import { claimScratchGraph, emptyScratchGraph, type ScratchGraph } from '../src/store/scratchGraph.ts';
import { chooseScratchTarget, withoutUserGraph } from '../tests/support/testTarget.ts';

/** The product's configuration over the bench database; `instance` names the embedded one. */
export function benchConfig(instance = 'bench'): Config {
  const choice = chooseScratchTarget(process.env, 'BENCH', instance, { heap: '2g', pageCache: '1g' });
  const env = withoutUserGraph(process.env);
  if (choice.kind === 'embedded') return { ...loadConfig(env), embedded: choice.settings };
  const { uri, user, password, database } = choice.target;
  return loadConfig({ ...env, NEO4J_URI: uri, NEO4J_USER: user, NEO4J_PASSWORD: password, NEO4J_DATABASE: database });
}

function scratch(graph: Graph): ScratchGraph {
  return {
    driver: graph.driver, database: graph.database, purpose: 'geokg benchmark', describe: `the Neo4j at ${graph.target.uri}`,
    advice: 'Leave GEOKG_BENCH_NEO4J_URI unset for the embedded "bench" instance, or point it at an empty database.',
  };
}

export async function openBenchGraph(log: (line: string) => void, instance = 'bench'): Promise<Graph> {
  const config = benchConfig(instance);
  const embedded = config.neo4j ? undefined : await startEmbeddedNeo4j(config.embedded, log);
  const target = config.neo4j ?? embedded!;
  if (embedded) log(`Neo4j: embedded instance "${instance}" ${embedded.owner ? 'started' : 'reused'} at ${embedded.uri} in ${(embedded.startMs / 1000).toFixed(1)} s`);
  else log(`Neo4j: ${target.uri} (GEOKG_BENCH_NEO4J_URI)`);
  const driver = createDriver(target);
  const graph: Graph = {
    driver, database: target.database, target,
    async close() {
      await driver.close();
      await embedded?.stop();
    },
  };
  try {
    await verifyGraph(driver, target);
    await claimScratchGraph(scratch(graph));
    await migrate(driver, target.database);
  } catch (error) {
    await graph.close();
    throw error;
  }
  return graph;
}

export async function emptyGraph(graph: Graph): Promise<void> {
  await emptyScratchGraph(scratch(graph));
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
