// The API's only door to Neo4j for reads: read transactions (routable in a cluster) with a timeout,
// a count of round trips, and plain JS values out.
import neo4j from 'neo4j-driver';
import type { Graph } from './connectGraph.ts';
import { plain, type Row } from './readGraphSnapshot.ts';

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

export function createReader(graph: Graph, options: ReadOptions): RunRead {
  return async (statement, params = {}) => {
    options.onQuery?.(statement);
    const session = graph.driver.session({ database: graph.database, defaultAccessMode: 'READ' });
    try {
      const result = await session.executeRead((tx) => tx.run(statement, integerParams(params)), { timeout: options.timeoutMs });
      return result.records.map((r) => plain(r.toObject()) as Row);
    } finally {
      await session.close();
    }
  };
}
