// One of the API servers under test, in its own process on a free loopback port, over NEO4J_URI:
//   node --import tsx bench/api/serveForBench.ts geokg|neo4j-graphql [source root]
// With a source root (an older commit checked out by bench/againstCommit.ts), geokg is that tree's
// server: its config, createHttpServer and driver settings. Prints `listening <url>` on stdout when ready;
// stops on SIGTERM or when its stdin closes.
import http from 'node:http';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Neo4jGraphQL } from '@neo4j/graphql';
import { createYoga } from 'graphql-yoga';
import type * as ConfigModule from '../../src/config.ts';
import type * as AppModule from '../../src/serve/createApp.ts';
import type * as GraphModule from '../../src/store/connectGraph.ts';
import type { Graph } from '../../src/store/connectGraph.ts';
import { NEO4J_GRAPHQL_TYPE_DEFS } from './neo4jGraphqlTypeDefs.ts';

const [which, sourceRoot = path.resolve(import.meta.dirname, '../..')] = process.argv.slice(2);
const fromSource = async <T>(file: string) => (await import(pathToFileURL(path.join(sourceRoot, file)).href)) as T;
const { loadConfig } = await fromSource<typeof ConfigModule>('src/config.ts');
const { createHttpServer, listen } = await fromSource<typeof AppModule>('src/serve/createApp.ts');
const { createDriver } = await fromSource<typeof GraphModule>('src/store/connectGraph.ts');
const config = loadConfig({ ...process.env, GEOKG_API_KEY: '' });
if (!config.neo4j) throw new Error('serveForBench needs NEO4J_URI, NEO4J_USER and NEO4J_PASSWORD');
// Both servers get the product's driver settings (pool size, timeouts).
const driver = createDriver(config.neo4j);
const graph: Graph = { driver, database: config.neo4j.database, target: config.neo4j, close: () => driver.close() };

async function neo4jGraphqlServer(): Promise<http.Server> {
  const schema = await new Neo4jGraphQL({ typeDefs: NEO4J_GRAPHQL_TYPE_DEFS, driver }).getSchema();
  const yoga = createYoga({ schema, graphqlEndpoint: '/graphql', landingPage: false, graphiql: false, logging: false });
  return http.createServer(yoga);
}

let server: http.Server;
if (which === 'geokg') server = createHttpServer({ graph, config });
else if (which === 'neo4j-graphql') server = await neo4jGraphqlServer();
else throw new Error(`serveForBench: expected geokg or neo4j-graphql, got ${JSON.stringify(which)}`);

const url = await listen(server, '127.0.0.1', 0);
process.stdout.write(`listening ${url}\n`);

const stop = () => {
  server.closeAllConnections();
  server.close(() => void driver.close().then(() => process.exit(0)));
};
process.on('SIGTERM', stop);
process.stdin.on('end', stop);
process.stdin.resume();
