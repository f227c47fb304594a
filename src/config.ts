// Configuration comes from environment variables only, validated once at start.
// Every bad value is reported together, each naming the variable and what was expected.
import os from 'node:os';
import path from 'node:path';
import { ConfigError } from './errors.ts';

export interface Neo4jTarget {
  uri: string;
  user: string;
  password: string;
  database?: string;
}

export interface EmbeddedSettings {
  /** Root of geokg's cache: Neo4j jars and instance data live here, outside the work tree. */
  cacheDir: string;
  /** Instance name; each has its own data, password and port. */
  instance: string;
  /** 0 picks a free port. */
  port: number;
  heap: string;
  pageCache: string;
  startTimeoutMs: number;
}

export interface Config {
  /** Set when NEO4J_URI points at an existing server; otherwise the embedded default is used. */
  neo4j?: Neo4jTarget;
  embedded: EmbeddedSettings;
  http: {
    host: string;
    port: number;
    apiKey?: string;
    corsOrigins: string[];
    maxBodyBytes: number;
    mutationsPerMinute: number;
  };
  queryTimeoutMs: number;
}

type Env = Record<string, string | undefined>;

const NEO4J_SCHEMES = ['bolt', 'bolt+s', 'bolt+ssc', 'neo4j', 'neo4j+s', 'neo4j+ssc'];
const MEMORY_SIZE = /^\d+[kmgKMG]$/;

class Reader {
  readonly problems: string[] = [];
  constructor(private readonly env: Env) {}

  text(name: string): string | undefined {
    const value = this.env[name];
    return value === undefined || value.trim() === '' ? undefined : value.trim();
  }

  int(name: string, fallback: number, min: number, max: number): number {
    const raw = this.text(name);
    if (raw === undefined) return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < min || value > max) {
      this.problems.push(`${name}=${JSON.stringify(raw)}: expected a whole number from ${min} to ${max}`);
      return fallback;
    }
    return value;
  }

  memory(name: string, fallback: string): string {
    const raw = this.text(name);
    if (raw === undefined) return fallback;
    if (!MEMORY_SIZE.test(raw)) {
      this.problems.push(`${name}=${JSON.stringify(raw)}: expected a size such as 512m or 2g`);
      return fallback;
    }
    return raw.toLowerCase();
  }
}

function readNeo4jTarget(read: Reader): Neo4jTarget | undefined {
  const uri = read.text('NEO4J_URI');
  if (uri === undefined) return undefined;
  const scheme = /^([a-z0-9+]+):\/\/[^/\s]+/.exec(uri)?.[1];
  if (!scheme || !NEO4J_SCHEMES.includes(scheme)) {
    read.problems.push(
      `NEO4J_URI=${JSON.stringify(uri)}: expected scheme://host[:port] with scheme one of ${NEO4J_SCHEMES.join(', ')}`,
    );
  }
  const password = read.text('NEO4J_PASSWORD');
  if (password === undefined) read.problems.push('NEO4J_PASSWORD is required when NEO4J_URI is set');
  return { uri, user: read.text('NEO4J_USER') ?? 'neo4j', password: password ?? '', database: read.text('NEO4J_DATABASE') };
}

function defaultCacheDir(env: Env): string {
  const base = env.XDG_CACHE_HOME?.trim() || path.join(os.homedir(), '.cache');
  return path.join(base, 'geokg');
}

function readEmbedded(read: Reader, env: Env): EmbeddedSettings {
  const instance = read.text('GEOKG_NEO4J_INSTANCE') ?? 'default';
  if (!/^[a-z0-9][a-z0-9_-]{0,40}$/i.test(instance)) {
    read.problems.push(`GEOKG_NEO4J_INSTANCE=${JSON.stringify(instance)}: expected letters, digits, - or _`);
  }
  return {
    cacheDir: path.resolve(read.text('GEOKG_CACHE_DIR') ?? defaultCacheDir(env)),
    instance,
    port: read.int('GEOKG_NEO4J_PORT', 0, 0, 65535),
    // A 2-core/24 GiB machine: 2 GiB of heap and 1 GiB of page cache hold far more than a news corpus.
    heap: read.memory('GEOKG_NEO4J_HEAP', '2g'),
    pageCache: read.memory('GEOKG_NEO4J_PAGECACHE', '1g'),
    startTimeoutMs: read.int('GEOKG_NEO4J_START_TIMEOUT', 180, 5, 3600) * 1000,
  };
}

export function loadConfig(env: Env = process.env): Config {
  const read = new Reader(env);
  const config: Config = {
    neo4j: readNeo4jTarget(read),
    embedded: readEmbedded(read, env),
    http: {
      host: read.text('HOST') ?? '127.0.0.1',
      port: read.int('PORT', 4000, 0, 65535),
      apiKey: read.text('GEOKG_API_KEY'),
      corsOrigins: (read.text('GEOKG_CORS_ORIGINS') ?? '').split(',').map((s) => s.trim()).filter(Boolean),
      maxBodyBytes: read.int('GEOKG_MAX_BODY_BYTES', 2_000_000, 1_000, 100_000_000),
      mutationsPerMinute: read.int('GEOKG_MUTATIONS_PER_MINUTE', 60, 1, 1_000_000),
    },
    queryTimeoutMs: read.int('GEOKG_QUERY_TIMEOUT_MS', 10_000, 100, 600_000),
  };
  if (config.http.apiKey !== undefined && config.http.apiKey.length < 16) {
    read.problems.push('GEOKG_API_KEY: expected at least 16 characters');
  }
  if (read.problems.length > 0) {
    throw new ConfigError(`Invalid configuration:\n  - ${read.problems.join('\n  - ')}`);
  }
  return config;
}
