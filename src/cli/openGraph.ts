// The graph a command works on: the configured Neo4j (NEO4J_URI) or the embedded default, which is started
// here and stopped when the graph is closed.
import type { Config } from '../config.ts';
import { startEmbeddedNeo4j } from '../embedded/startNeo4j.ts';
import { connectGraph, type Graph } from '../store/connectGraph.ts';

export async function openGraph(config: Config, log: (line: string) => void = () => {}): Promise<Graph> {
  if (config.neo4j) return connectGraph(config.neo4j);
  const embedded = await startEmbeddedNeo4j(config.embedded, log);
  log(`Embedded Neo4j ${embedded.owner ? 'started' : 'reused'} at ${embedded.uri} in ${(embedded.startMs / 1000).toFixed(1)} s`);
  return connectGraph(embedded, { onClose: () => embedded.stop() });
}
