// Opens the run's real Neo4j for one test file. `resetGraph` empties it, so files that need exact counts
// start clean; it checks the test marker first, every time (src/store/scratchGraph.ts).
import type { Driver } from 'neo4j-driver';
import { inject } from 'vitest';
import { loadConfig, type Config, type Neo4jTarget } from '../../src/config.ts';
import { createDriver, type Graph } from '../../src/store/connectGraph.ts';
import { migrate } from '../../src/store/migrate.ts';
import { emptyScratchGraph, type ScratchGraph } from '../../src/store/scratchGraph.ts';
import { DEFAULT_TEST_INSTANCE, withoutUserGraph } from './testTarget.ts';

const ADVICE = 'Give the tests a database of their own: leave GEOKG_TEST_NEO4J_URI unset for the embedded instance '
  + `GEOKG_TEST_NEO4J_INSTANCE (default "${DEFAULT_TEST_INSTANCE}"), or point GEOKG_TEST_NEO4J_URI at an empty database. `
  + 'An embedded test instance filled by an older geokg can be removed: rm -rf ~/.cache/geokg/instances/<instance>.';

export function scratchGraph(driver: Driver, target: Neo4jTarget, instance?: string): ScratchGraph {
  const where = instance ? `the embedded instance "${instance}" (${target.uri})` : `the Neo4j at ${target.uri}`;
  return {
    driver, database: target.database, purpose: 'geokg test', advice: ADVICE,
    describe: `${where}${target.database ? `, database ${target.database},` : ''}`,
  };
}

/** The product's configuration over the run's test database, and nothing of the user's. */
export function testConfig(extra: Record<string, string | undefined> = {}): Config {
  const target = inject('neo4j');
  return loadConfig({
    ...withoutUserGraph(process.env), ...extra,
    NEO4J_URI: target.uri, NEO4J_USER: target.user, NEO4J_PASSWORD: target.password, NEO4J_DATABASE: target.database,
  });
}

export async function openTestGraph(): Promise<Graph> {
  const config = testConfig();
  const target = config.neo4j!;
  const driver = createDriver(target);
  await migrate(driver, target.database);
  return { driver, database: target.database, target, close: () => driver.close() };
}

export async function resetGraph(graph: Graph): Promise<void> {
  await emptyScratchGraph(scratchGraph(graph.driver, graph.target, inject('neo4j').instance));
}
