// Opens the graph: the configured Neo4j (NEO4J_URI) or the embedded default, verified and migrated.
// This module and its siblings in store/ are the only ones that import neo4j-driver.
import neo4j, { type Driver } from 'neo4j-driver';
import type { Config, Neo4jTarget } from '../config.ts';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from '../embedded/startNeo4j.ts';
import { GraphUnavailableError } from '../errors.ts';
import { migrate } from './migrate.ts';

export interface Graph {
  driver: Driver;
  database?: string;
  target: Neo4jTarget;
  embedded?: EmbeddedNeo4j;
  close(): Promise<void>;
}

function describeFailure(target: Neo4jTarget, error: unknown): string {
  const code = (error as { code?: string }).code ?? '';
  if (code === 'Neo.ClientError.Security.Unauthorized') {
    return `Neo4j at ${target.uri} refused user ${JSON.stringify(target.user)}: check NEO4J_USER and NEO4J_PASSWORD`;
  }
  if (code === 'ServiceUnavailable' || code === 'SessionExpired') {
    return `Neo4j at ${target.uri} is unreachable (${(error as Error).message}): check NEO4J_URI and that the server runs`;
  }
  return `Neo4j at ${target.uri} could not be used: ${(error as Error).message}`;
}

export function createDriver(target: Neo4jTarget): Driver {
  return neo4j.driver(target.uri, neo4j.auth.basic(target.user, target.password), {
    maxConnectionPoolSize: 50,
    connectionAcquisitionTimeout: 20_000,
    connectionTimeout: 10_000,
    maxTransactionRetryTime: 15_000,
  });
}

export async function verifyGraph(driver: Driver, target: Neo4jTarget): Promise<void> {
  try {
    await driver.verifyConnectivity({ database: target.database });
  } catch (error) {
    throw new GraphUnavailableError(describeFailure(target, error), { cause: error });
  }
}

/** Connects, verifies and migrates. `log` receives progress for humans (stderr in the CLI). */
export async function connectGraph(config: Config, log: (line: string) => void = () => {}): Promise<Graph> {
  let embedded: EmbeddedNeo4j | undefined;
  let target = config.neo4j;
  if (!target) {
    embedded = await startEmbeddedNeo4j(config.embedded, log);
    target = embedded;
    log(`Embedded Neo4j ${embedded.owner ? 'started' : 'reused'} at ${embedded.uri} in ${(embedded.startMs / 1000).toFixed(1)} s`);
  }
  const driver = createDriver(target);
  try {
    await verifyGraph(driver, target);
    await migrate(driver, target.database);
  } catch (error) {
    await driver.close();
    await embedded?.stop();
    throw error;
  }
  return {
    driver, database: target.database, target, embedded,
    async close() {
      await driver.close();
      await embedded?.stop();
    },
  };
}
