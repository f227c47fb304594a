// Whether an error means Neo4j itself is out of reach (as opposed to a bad statement or a conflict).
// Classified by the driver's error code, never by message text.
const UNAVAILABLE = new Set(['ServiceUnavailable', 'SessionExpired', 'Neo.TransientError.General.DatabaseUnavailable']);

export function isGraphUnavailable(error: unknown): boolean {
  const code = (error as { code?: unknown })?.code;
  return typeof code === 'string' && UNAVAILABLE.has(code);
}
