// The API's only door to Neo4j for reads: read transactions (routable in a cluster) with a timeout,
// a count of round trips, and plain JS values out. When Neo4j is down a read fails at once instead of
// retrying for seconds, so the API answers "graph unavailable" fast and recovers as soon as it is back.
import neo4j from 'neo4j-driver';
import type { Graph } from './connectGraph.ts';
import type { Row } from '../model.ts';
import { toGraphError, withGraphErrors, worthRetrying } from './graphErrors.ts';
import { plain } from './plainValues.ts';

export interface ReadOptions {
  /** Per-query transaction timeout. */
  timeoutMs: number;
  /** Called once per round trip to Neo4j (tests count them). */
  onQuery?: (statement: string) => void;
}

export type RunRead = (statement: string, params?: Record<string, unknown>) => Promise<Row[]>;

/** JS numbers travel as floats; counts, limits and offsets must reach Cypher as integers. */
function integerParams(params: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(params).map(([k, v]) => [k, typeof v === 'number' && Number.isInteger(v) ? neo4j.int(v) : v]));
}

/** An auto-commit read: one round trip (no separate BEGIN and COMMIT), routed to a reader in a cluster. */
async function readOnce(graph: Graph, statement: string, params: Record<string, unknown>, timeoutMs: number): Promise<Row[]> {
  const session = graph.driver.session({ database: graph.database, defaultAccessMode: 'READ' });
  try {
    const result = await session.run(statement, params, { timeout: timeoutMs });
    return result.records.map((r) => plain(r.toObject()) as Row);
  } finally {
    await session.close();
  }
}

export function createReader(graph: Graph, options: ReadOptions): RunRead {
  return async (statement, params = {}) => {
    options.onQuery?.(statement);
    const values = integerParams(params);
    try {
      return await readOnce(graph, statement, values, options.timeoutMs);
    } catch (error) {
      if (!worthRetrying(error)) throw toGraphError(error);
      return withGraphErrors(() => readOnce(graph, statement, values, options.timeoutMs));
    }
  };
}
