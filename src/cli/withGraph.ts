// Runs a command against the graph: configuration, connection (embedded or NEO4J_URI), always closed after.
import { loadConfig } from '../config.ts';
import { connectGraph, type Graph } from '../store/connectGraph.ts';

export const logToStderr = (line: string) => process.stderr.write(`${line}\n`);

export async function withGraph<T>(work: (graph: Graph) => Promise<T>): Promise<T> {
  const graph = await connectGraph(loadConfig(), logToStderr);
  try {
    return await work(graph);
  } finally {
    await graph.close();
  }
}
