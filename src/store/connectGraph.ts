// Opens the graph at a given Neo4j, verified and migrated. Starting a server for it is the caller's job
// (src/cli/openGraph.ts starts the embedded default).
// This module and its siblings in store/ are the only ones that import neo4j-driver.
import neo4j, { type Driver } from 'neo4j-driver';
import type { Neo4jTarget } from '../config.ts';
import { GraphUnavailableError } from '../errors.ts';
import { migrate } from './migrate.ts';

export interface Graph {
  driver: Driver;
  database?: string;
  target: Neo4jTarget;
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

/**
 * Connects to `target`, verifies and migrates. Whoever started a server for it (the embedded Neo4j) passes
 * `onClose` to stop it with the connection; on a failure here it is stopped too.
 */
export async function connectGraph(target: Neo4jTarget, options: { onClose?: () => Promise<void> } = {}): Promise<Graph> {
  const driver = createDriver(target);
  try {
    await verifyGraph(driver, target);
    await migrate(driver, target.database);
  } catch (error) {
    await driver.close();
    await options.onClose?.();
    throw error;
  }
  return {
    driver, database: target.database, target,
    async close() {
      await driver.close();
      await options.onClose?.();
    },
  };
}
