// Reads the whole graph for export and statistics, converting driver integers at this boundary.
import type { Graph } from './connectGraph.ts';
import * as cypher from './cypher/graphReads.ts';
import { plain } from './plainValues.ts';
import type { RunRead } from './readRepository.ts';
import type { GraphSnapshot, Row } from '../model.ts';

export type { GraphSnapshot, Row };

async function readRows(graph: Graph, statement: string): Promise<Row[]> {
  const { records } = await graph.driver.executeQuery(statement, {}, { database: graph.database, routing: 'READ' });
  return records.map((r) => plain(r.toObject()) as Row);
}

export async function readGraphSnapshot(graph: Graph): Promise<GraphSnapshot> {
  return {
    entities: await readRows(graph, cypher.EXPORT_ENTITIES),
    aggregates: await readRows(graph, cypher.EXPORT_AGGREGATES),
    claims: await readRows(graph, cypher.EXPORT_CLAIMS),
  };
}

export interface GraphStats {
  articles: number;
  entities: number;
  claims: number;
  relations: number;
  entityTypes: Array<{ type: string; count: number }>;
  claimTypes: Array<{ type: string; count: number }>;
}

/** Takes a reader so the API's timeout, fail-fast and round-trip counting apply here too. */
export async function readGraphStats(run: RunRead): Promise<GraphStats> {
  const [row] = await run(cypher.GRAPH_STATS);
  return row as unknown as GraphStats;
}
