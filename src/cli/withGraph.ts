// Runs a command against the graph: configuration, connection (embedded or NEO4J_URI), always closed after.
import { loadConfig } from '../config.ts';
import type { Graph } from '../store/connectGraph.ts';
import { openGraph } from './openGraph.ts';

export const logToStderr = (line: string) => process.stderr.write(`${line}\n`);

export async function withGraph<T>(work: (graph: Graph) => Promise<T>): Promise<T> {
  const graph = await openGraph(loadConfig(), logToStderr);
  try {
    return await work(graph);
  } finally {
    await graph.close();
  }
}
