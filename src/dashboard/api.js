// @ts-check
// The GraphQL client: one POST /graphql per call, errors turned into one exception type the UI can show.

export class ApiError extends Error {
  /**
   * @param {string} message
   * @param {{ unreachable?: boolean }} [options]
   */
  constructor(message, { unreachable = false } = {}) {
    super(message);
    this.name = 'ApiError';
    /** True when the server did not answer at all (network error, 5xx), as opposed to a bad query. */
    this.unreachable = unreachable;
  }
}

const TIMEOUT_MS = 20_000;

/**
 * Sends one document; resolves to its answer's `data`.
 * @template R, V
 * @param {import('./queries.js').Document<R, V>} query
 * @param {V} [variables]
 * @returns {Promise<R>}
 */
export async function gql(query, variables) {
  let response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
      body: JSON.stringify({ query, variables: variables ?? {} }),
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
  } catch (error) {
    throw new ApiError(`API unreachable: POST /graphql failed (${/** @type {Error} */ (error).message})`, { unreachable: true });
  }
  /** @type {{ data?: R, errors?: Array<{ message: string, extensions?: { code?: string } }> }} */
  let body;
  try {
    body = await response.json();
  } catch {
    throw new ApiError(`API unreachable: POST /graphql answered ${response.status} without JSON`, { unreachable: true });
  }
  if (body.errors?.length) {
    const message = body.errors.map((e) => e.message).join('; ');
    // The API answered, but Neo4j did not: its message ("graph unavailable: …") is shown as it is, so
    // the page can say so rather than call the API unreachable.
    if (body.errors.some((e) => e.extensions?.code === 'GRAPH_UNAVAILABLE')) throw new ApiError(message, { unreachable: !body.data });
    throw new ApiError(`GraphQL error: ${message}`, { unreachable: response.status >= 500 && !body.data });
  }
  if (!response.ok) throw new ApiError(`API answered ${response.status}`, { unreachable: response.status >= 500 });
  return /** @type {R} */ (body.data);
}
