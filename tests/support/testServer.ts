// The full app (API + dashboard) on a free loopback port, over the run's real Neo4j, optionally with seed/ loaded.
import type http from 'node:http';
import { fileURLToPath } from 'node:url';
import { createHttpServer, listen } from '../../src/serve/createApp.ts';
import type { Graph } from '../../src/store/connectGraph.ts';
import { loadPaths, type LoadSummary } from '../../src/ingest/loadPaths.ts';
import { openTestGraph, resetGraph, testConfig } from './testGraph.ts';

export const SEED_DIR = fileURLToPath(new URL('../../seed/', import.meta.url));
/** Articles in seed/, counted by hand: a load that skips one must fail the tests that read it. */
export const SEED_ARTICLES = 41;
export const TEST_API_KEY = 'test-api-key-0123456789abcdef';

export interface TestServer {
  url: string;
  graph: Graph;
  seedSummary?: LoadSummary;
  /** Cypher statements run since the last `resetQueries()`. */
  queries: string[];
  resetQueries(): void;
  close(): Promise<void>;
}

export interface TestServerOptions {
  seed?: boolean;
  /** Keep what the database holds instead of emptying it first. */
  keep?: boolean;
  apiKey?: string | null;
  env?: Record<string, string>;
}

export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  const graph = await openTestGraph();
  if (!options.keep) await resetGraph(graph);
  const seedSummary = options.seed ? await loadPaths(graph, [SEED_DIR]) : undefined;
  const config = testConfig({ GEOKG_API_KEY: options.apiKey === null ? '' : options.apiKey ?? TEST_API_KEY, ...options.env });
  const queries: string[] = [];
  const server: http.Server = createHttpServer({ graph, config, onQuery: (statement) => queries.push(statement) });
  const url = await listen(server, '127.0.0.1', 0);
  return {
    url, graph, seedSummary, queries,
    resetQueries: () => void queries.splice(0),
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await graph.close();
    },
  };
}

export async function gql(server: { url: string }, query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}) {
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, ...((await response.json()) as { data?: any; errors?: Array<{ message: string; extensions?: { code?: string } }> }) };
}
