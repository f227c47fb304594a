// Opens the run's real Neo4j for one test file. `resetGraph` empties it, so files that need exact counts start clean.
import { inject } from 'vitest';
import { loadConfig, type Config } from '../../src/config.ts';
import { createDriver, type Graph } from '../../src/store/connectGraph.ts';
import { migrate } from '../../src/store/migrate.ts';

export function testConfig(): Config {
  const target = inject('neo4j');
  const config = loadConfig({ ...process.env, NEO4J_URI: target.uri, NEO4J_USER: target.user, NEO4J_PASSWORD: target.password });
  return config;
}

export async function openTestGraph(): Promise<Graph> {
  const config = testConfig();
  const target = config.neo4j!;
  const driver = createDriver(target);
  await migrate(driver, target.database);
  return { driver, database: target.database, target, close: () => driver.close() };
}

export async function resetGraph(graph: Graph): Promise<void> {
  // CALL ... IN TRANSACTIONS needs an auto-commit transaction, hence session.run.
  const session = graph.driver.session({ database: graph.database });
  try {
    await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS');
  } finally {
    await session.close();
  }
}
