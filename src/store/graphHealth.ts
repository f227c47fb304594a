// A cheap probe of the graph for /ready and the `health` query: fails fast instead of hanging.
import type { Graph } from './connectGraph.ts';

export interface GraphHealth {
  reachable: boolean;
  version?: string;
  error?: string;
}

export async function graphHealth(graph: Graph, timeoutMs = 2000): Promise<GraphHealth> {
  const session = graph.driver.session({ database: graph.database, defaultAccessMode: 'READ' });
  try {
    const result = await session.executeRead(
      (tx) => tx.run('CALL dbms.components() YIELD versions RETURN versions[0] AS version'),
      { timeout: timeoutMs },
    );
    return { reachable: true, version: String(result.records[0]?.get('version') ?? '') };
  } catch (error) {
    return { reachable: false, error: (error as Error).message };
  } finally {
    await session.close();
  }
}
