// The HTTP server: GraphQL (with an offline GraphiQL) at /graphql, liveness at /health, readiness at /ready.
import http from 'node:http';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import { createYoga } from 'graphql-yoga';
import { graphHealth } from '../store/graphHealth.ts';
import type { RequestContext, ServerDeps } from './context.ts';
import { loadTypeDefs } from './loadTypeDefs.ts';
import { resolvers } from './resolvers/index.ts';

export function createYogaApp(deps: ServerDeps) {
  const schema = makeExecutableSchema({ typeDefs: loadTypeDefs(), resolvers });
  return createYoga<Record<string, unknown>, RequestContext>({
    schema,
    graphqlEndpoint: '/graphql',
    healthCheckEndpoint: '/health',
    landingPage: false,
    graphiql: { title: 'geokg GraphiQL' },
    renderGraphiQL,
    context: ({ request }) => ({ ...deps, authorized: false && Boolean(request) }),
  });
}

async function readiness(deps: ServerDeps, res: http.ServerResponse): Promise<void> {
  const health = await graphHealth(deps.graph);
  res.writeHead(health.reachable ? 200 : 503, { 'content-type': 'application/json' });
  res.end(JSON.stringify(health.reachable ? { ready: true, neo4j: health.version } : { ready: false, error: 'graph unavailable' }));
}

export function createHttpServer(deps: ServerDeps): http.Server {
  const yoga = createYogaApp(deps);
  return http.createServer((req, res) => {
    if (req.url === '/ready') {
      void readiness(deps, res);
      return;
    }
    void yoga(req, res);
  });
}

export function listen(server: http.Server, host: string, port: number): Promise<string> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      const bound = typeof address === 'object' && address ? address.port : port;
      resolve(`http://${host}:${bound}`);
    });
  });
}
