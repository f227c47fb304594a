// The HTTP server: dashboard at /, GraphQL (with an offline GraphiQL) at /graphql, liveness at /health,
// readiness at /ready. Limits: query depth, aliases, cost and tokens; page sizes; body size; CORS off
// unless configured; mutations need the API key and are rate-limited per client.
import http from 'node:http';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import type { GraphQLError } from 'graphql';
import { createYoga } from 'graphql-yoga';
import { graphHealth } from '../store/graphHealth.ts';
import { createReader } from '../store/readRepository.ts';
import { toClientError } from './apiErrors.ts';
import { hasApiKey } from './authorize.ts';
import type { RequestContext, ServerDeps } from './context.ts';
import { createLoaders } from './createLoaders.ts';
import { EXAMPLE_QUERIES } from './exampleQueries.ts';
import { loadTypeDefs } from './loadTypeDefs.ts';
import { RateLimiter } from './rateLimiter.ts';
import { resolvers } from './resolvers/index.ts';
import { serveDashboard } from './serveDashboard.ts';

export const LIMITS = { maxDepth: 10, maxAliases: 15, maxCost: 500_000, maxTokens: 3_000, maxDirectives: 20 };

/** Each limit's rejection carries its own code, so clients can tell which limit they hit. */
function tagged(code: string) {
  return { exposeLimits: true, onReject: [(_: unknown, error: GraphQLError) => Object.assign(error.extensions, { code })] };
}

function armor() {
  return EnvelopArmorPlugin({
    maxDepth: { n: LIMITS.maxDepth, ignoreIntrospection: true, ...tagged('QUERY_TOO_DEEP') },
    maxAliases: { n: LIMITS.maxAliases, ...tagged('TOO_MANY_ALIASES') },
    costLimit: { maxCost: LIMITS.maxCost, objectCost: 2, scalarCost: 1, depthCostFactor: 1.5, ...tagged('QUERY_TOO_COSTLY') },
    maxTokens: { n: LIMITS.maxTokens, ...tagged('QUERY_TOO_LARGE') },
    maxDirectives: { n: LIMITS.maxDirectives, ...tagged('TOO_MANY_DIRECTIVES') },
    blockFieldSuggestion: { enabled: true },
  });
}

function clientAddress(request: Request, fallback?: string): string {
  return fallback ?? request.headers.get('x-forwarded-for') ?? 'unknown';
}

export function createYogaApp(deps: ServerDeps) {
  const schema = makeExecutableSchema({ typeDefs: loadTypeDefs(), resolvers });
  const limiter = new RateLimiter(deps.config.http.mutationsPerMinute);
  const { corsOrigins } = deps.config.http;
  return createYoga<{ req?: http.IncomingMessage }, RequestContext>({
    schema,
    graphqlEndpoint: '/graphql',
    healthCheckEndpoint: '/health',
    landingPage: false,
    batching: false,
    // Decided per request: an origin not on the list gets no CORS header at all (given the list itself,
    // Yoga answers such an origin "null", which pages with the opaque origin null would then pass).
    cors: corsOrigins.length
      ? (request: Request) => {
        const origin = request.headers.get('origin');
        return origin && corsOrigins.includes(origin) ? { origin: [origin], credentials: false, methods: ['GET', 'POST'] } : false;
      }
      : false,
    graphiql: { title: 'geokg GraphiQL', defaultQuery: EXAMPLE_QUERIES },
    renderGraphiQL,
    plugins: [armor()],
    maskedErrors: { maskError: (error) => toClientError(error) },
    context: ({ request, req }) => {
      const run = createReader(deps.graph, { timeoutMs: deps.config.queryTimeoutMs, onQuery: deps.onQuery });
      const client = clientAddress(request, req?.socket.remoteAddress);
      return {
        ...deps, run, loaders: createLoaders(run),
        authorized: hasApiKey(request.headers.get('authorization'), deps.config.http.apiKey),
        allowMutation: () => limiter.take(client),
      };
    },
  });
}

async function readiness(deps: ServerDeps, res: http.ServerResponse): Promise<void> {
  const health = await graphHealth(deps.graph);
  res.writeHead(health.reachable ? 200 : 503, { 'content-type': 'application/json', 'cache-control': 'no-store' });
  res.end(JSON.stringify(health.reachable ? { ready: true, neo4j: health.version } : { ready: false, error: 'graph unavailable' }));
}

function tooLarge(req: http.IncomingMessage, maxBytes: number): boolean {
  return Number(req.headers['content-length'] ?? 0) > maxBytes;
}

export function createHttpServer(deps: ServerDeps): http.Server {
  const yoga = createYogaApp(deps);
  const { maxBodyBytes } = deps.config.http;
  const server = http.createServer((req, res) => {
    if (req.url === '/ready') return void readiness(deps, res);
    if (serveDashboard(req, res)) return;
    if (tooLarge(req, maxBodyBytes)) {
      res.writeHead(413, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ errors: [{ message: `request body over ${maxBodyBytes} bytes`, extensions: { code: 'PAYLOAD_TOO_LARGE' } }] }));
      return;
    }
    void yoga(req, res, { req });
  });
  server.requestTimeout = 60_000;
  server.headersTimeout = 20_000;
  return server;
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
