// The one place where Neo4j's error codes are read: driver errors become geokg's own error classes here,
// so nothing above the store ever sees a `Neo.*` code. Classified by code, never by message text.
import { GeokgError, GraphUnavailableError, QueryTimeoutError } from '../errors.ts';

/** Neo4j itself out of reach (as opposed to a bad statement or a conflict). */
const UNAVAILABLE = new Set(['ServiceUnavailable', 'SessionExpired', 'Neo.TransientError.General.DatabaseUnavailable']);
const TIMED_OUT = new Set(['Neo.TransientError.Transaction.LockClientStopped']);

export const GRAPH_UNAVAILABLE_MESSAGE = 'graph unavailable: Neo4j does not answer; try again shortly';
export const QUERY_TIMEOUT_MESSAGE = 'query took too long and was stopped; narrow it down (fewer hops, a smaller page, a time range)';

export function neo4jCode(error: unknown): string {
  const code = (error as { code?: unknown })?.code;
  return typeof code === 'string' ? code : '';
}

/** True for an unreachable server, raw from the driver or already wrapped. */
export function isGraphUnavailable(error: unknown): boolean {
  return error instanceof GraphUnavailableError || UNAVAILABLE.has(neo4jCode(error));
}

/** A transient error other than an unreachable server (a cluster re-electing, a lock) deserves one more try. */
export function worthRetrying(error: unknown): boolean {
  const code = neo4jCode(error);
  return code.startsWith('Neo.TransientError') && !code.includes('DatabaseUnavailable');
}

/** The project's error for a driver error; anything else (ours, or a bug) is returned as it is. */
export function toGraphError(error: unknown): unknown {
  if (error instanceof GeokgError) return error;
  const code = neo4jCode(error);
  if (UNAVAILABLE.has(code) || code.startsWith('Neo.TransientError.General')) {
    return new GraphUnavailableError(GRAPH_UNAVAILABLE_MESSAGE, { cause: error });
  }
  if (TIMED_OUT.has(code) || code.includes('TransactionTimedOut')) return new QueryTimeoutError(QUERY_TIMEOUT_MESSAGE, { cause: error });
  return error;
}

/** Runs `work`, turning the driver's errors into the project's. */
export async function withGraphErrors<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw toGraphError(error);
  }
}
