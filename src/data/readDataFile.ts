// The one way geokg reads its data files (data/: lexicons, grammar word lists, gazetteers, weights,
// relation types). Every file has a zod schema; a file that is missing, does not parse, holds a key the
// schema does not know, or a value of the wrong type stops the program with an error naming the file
// and the key, instead of silently becoming an empty list or an ignored setting.
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import type { z } from 'zod';
import { DataFileError } from '../errors.ts';

/** The data folder that ships with geokg. */
export const DATA_DIR = new URL('../../data/', import.meta.url);

const cache = new Map<string, unknown>();

/**
 * Reads data/<file> (JSON, or YAML by its extension) and checks it against `schema`. Read once per
 * process: the data files do not change while geokg runs.
 */
export function readDataFile<S extends z.ZodType>(file: string, schema: S): z.output<S> {
  const key = `${file}`;
  if (cache.has(key)) return cache.get(key) as z.output<S>;
  const value = parseDataText(file, readText(file), schema);
  cache.set(key, value);
  return value;
}

/** Checks data text as `readDataFile` does, without the file system (tests give text of their own). */
export function parseDataText<S extends z.ZodType>(file: string, text: string, schema: S): z.output<S> {
  let raw: unknown;
  try {
    raw = /\.ya?ml$/i.test(file) ? parseYaml(text) : JSON.parse(text);
  } catch (err) {
    throw new DataFileError(file, `does not parse: ${(err as Error).message.split('\n')[0]}`);
  }
  const checked = schema.safeParse(raw);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    const where = describePath(issue.path);
    // zod's own message names unknown keys already ('Unrecognized key: "adjektives"').
    throw new DataFileError(file, `${where}: ${issue.message}`, where);
  }
  return checked.data;
}

function readText(file: string): string {
  try {
    return readFileSync(new URL(file, DATA_DIR), 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new DataFileError(file, code === 'ENOENT' ? 'is missing' : `cannot be read (${code ?? (err as Error).message})`);
  }
}

// ["verbs", 3, "forms"] → "verbs[3].forms"; the top level is "(top level)".
function describePath(path: PropertyKey[]): string {
  if (!path.length) return '(top level)';
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i ? '.' : ''}${String(p)}`)).join('');
}
