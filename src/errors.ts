// One base class for every error geokg raises on purpose, so callers can tell
// expected failures (bad input, bad settings) from bugs by `instanceof GeokgError`.

export class GeokgError extends Error {
  /** Stable, machine-readable reason (e.g. `EMPTY_INPUT`); messages may change, codes don't. */
  readonly code: string;

  constructor(code: string, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
    this.code = code;
  }
}

/** Input that cannot become an article: names the file and, inside JSONL or JSON arrays, the record. */
export class InputError extends GeokgError {
  readonly file: string;
  /** 1-based line (JSONL) or record index (JSON array), when the error concerns one record. */
  readonly record?: number;

  constructor(code: string, detail: string, file: string, record?: number, options?: { cause?: unknown }) {
    super(code, `${file}${record === undefined ? '' : `, record ${record}`}: ${detail}`, options);
    this.file = file;
    this.record = record;
  }
}

/** A bad environment variable or option; thrown at start, before anything runs. */
export class ConfigError extends GeokgError {
  constructor(message: string) {
    super('BAD_CONFIG', message);
  }
}

/** The embedded Neo4j could not be provisioned or started (Java, Maven, port, timeout). */
export class EmbeddedNeo4jError extends GeokgError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('EMBEDDED_NEO4J', message, options);
  }
}

/** Neo4j is unreachable or refused the credentials. */
export class GraphUnavailableError extends GeokgError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('GRAPH_UNAVAILABLE', message, options);
  }
}

/** Something the user asked for does not exist (an article id, an entity name). */
export class NotFoundError extends GeokgError {
  constructor(message: string) {
    super('NOT_FOUND', message);
  }
}

/** A test or benchmark run was pointed at a database that holds data it did not write: it refuses to touch it. */
export class ScratchGraphRefusedError extends GeokgError {
  constructor(message: string) {
    super('NOT_A_SCRATCH_GRAPH', message);
  }
}

/** A query ran past its transaction timeout and was stopped by Neo4j. */
export class QueryTimeoutError extends GeokgError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('QUERY_TIMEOUT', message, options);
  }
}

/** The message of what caused an error (a driver error wrapped by the store), else its own. */
export function causeMessage(error: unknown): string {
  const cause = (error as { cause?: unknown })?.cause;
  return cause instanceof Error ? cause.message : (error as Error)?.message ?? String(error);
}

/** A data file (lexicon, gazetteer, word list, weights) is missing or does not match its schema. */
export class DataFileError extends GeokgError {
  readonly file: string;
  /** Where in the file, as a key path ("verbs[3].forms"), when the content is at fault. */
  readonly key?: string;

  constructor(file: string, detail: string, key?: string) {
    super('BAD_DATA_FILE', `data/${file}: ${detail}`);
    this.file = file;
    this.key = key;
  }
}
