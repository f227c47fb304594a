// A cheap probe of the graph for /ready and the `health` query: fails fast instead of hanging.
import { causeMessage } from '../errors.ts';
import type { Graph } from './connectGraph.ts';
import { createReader } from './readRepository.ts';

export interface GraphHealth {
  reachable: boolean;
  version?: string;
  error?: string;
}

const VERSION = 'CALL dbms.components() YIELD versions RETURN versions[0] AS version';

export async function graphHealth(graph: Graph, timeoutMs = 2000): Promise<GraphHealth> {
  try {
    const [row] = await createReader(graph, { timeoutMs })(VERSION);
    return { reachable: true, version: String(row?.version ?? '') };
  } catch (error) {
    return { reachable: false, error: causeMessage(error) };
  }
}
