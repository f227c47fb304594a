// GraphQL errors with a stable `extensions.code`. Anything not raised on purpose is masked for clients
// and logged in full on the server.
import { GraphQLError } from 'graphql';
import { GeokgError } from '../errors.ts';
import { isGraphUnavailable } from '../store/isGraphUnavailable.ts';

export function badInput(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });
}

export function forbidden(message: string, code = 'UNAUTHENTICATED'): GraphQLError {
  return new GraphQLError(message, { extensions: { code, http: { status: code === 'UNAUTHENTICATED' ? 401 : 403 } } });
}

function neo4jCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown })?.code;
  return typeof code === 'string' ? code : undefined;
}

/** Classifies by error code, never by message text. */
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
    const code = original.code === 'GRAPH_UNAVAILABLE' ? 'GRAPH_UNAVAILABLE' : original.code === 'NOT_FOUND' ? 'NOT_FOUND' : 'BAD_USER_INPUT';
    return new GraphQLError(original.message, { path, extensions: { code } });
  }
  const code = neo4jCode(original);
  if (isGraphUnavailable(original) || code?.startsWith('Neo.TransientError.General')) {
    return new GraphQLError('graph unavailable: Neo4j does not answer; try again shortly', { path, extensions: { code: 'GRAPH_UNAVAILABLE' } });
  }
  if (code?.startsWith('Neo.ClientError.Transaction.TransactionTimedOut') || code === 'Neo.TransientError.Transaction.LockClientStopped' || code?.includes('TransactionTimedOut')) {
    return new GraphQLError('query took too long and was stopped; narrow it down (fewer hops, a smaller page, a time range)', { path, extensions: { code: 'QUERY_TIMEOUT' } });
  }
  log(`internal error${path ? ` at ${path.join('.')}` : ''}: ${(original as Error)?.stack ?? String(original)}`);
  return new GraphQLError('Unexpected error.', { path, extensions: { code: 'INTERNAL_SERVER_ERROR' } });
}
