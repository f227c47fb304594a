// GraphQL errors with a stable `extensions.code`. Anything not raised on purpose is masked for clients
// and logged in full on the server.
import { GraphQLError } from 'graphql';
import { GeokgError } from '../errors.ts';

/** Codes clients see as they are; any other error of ours is about the input. */
const PASSED_THROUGH = new Set(['GRAPH_UNAVAILABLE', 'NOT_FOUND', 'QUERY_TIMEOUT']);

export function badInput(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });
}

export function forbidden(message: string, code = 'UNAUTHENTICATED'): GraphQLError {
  return new GraphQLError(message, { extensions: { code, http: { status: code === 'UNAUTHENTICATED' ? 401 : 403 } } });
}

/** By name, not instanceof: a test runner or bundler may load two copies of graphql. */
function isGraphQLError(error: unknown): error is GraphQLError {
  return error instanceof Error && error.name === 'GraphQLError';
}

export function toClientError(error: unknown, log: (line: string) => void = console.error): GraphQLError {
  const wrapped = isGraphQLError(error) ? error.originalError : undefined;
  const original = wrapped ?? error;
  if (isGraphQLError(original)) return original;
  const path = isGraphQLError(error) ? error.path : undefined;
  if (original instanceof GeokgError) {
    // The store has already turned Neo4j's errors into ours (src/store/graphErrors.ts).
    const code = PASSED_THROUGH.has(original.code) ? original.code : 'BAD_USER_INPUT';
    return new GraphQLError(original.message, { path, extensions: { code } });
  }
  log(`internal error${path ? ` at ${path.join('.')}` : ''}: ${(original as Error)?.stack ?? String(original)}`);
  return new GraphQLError('Unexpected error.', { path, extensions: { code: 'INTERNAL_SERVER_ERROR' } });
}
