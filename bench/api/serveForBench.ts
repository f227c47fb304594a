// One of the two API servers under test, in its own process on a free loopback port, over NEO4J_URI:
//   node --import tsx bench/api/serveForBench.ts geokg|neo4j-graphql
// Prints `listening <url>` on stdout when ready; stops on SIGTERM or when its stdin closes.
import http from 'node:http';
import { Neo4jGraphQL } from '@neo4j/graphql';
import { createYoga } from 'graphql-yoga';
import { loadConfig } from '../../src/config.ts';
import { createHttpServer, listen } from '../../src/serve/createApp.ts';
import { createDriver, type Graph } from '../../src/store/connectGraph.ts';
import { NEO4J_GRAPHQL_TYPE_DEFS } from './neo4jGraphqlTypeDefs.ts';

const which = process.argv[2];
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
