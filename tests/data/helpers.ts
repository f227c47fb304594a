// Checks data text the way geokg reads its files and returns what the rejection says, so tests can
// compare the whole message, the key path and the file at once.
import type { z } from 'zod';
import { readFileSync } from 'node:fs';
import { parseDataText } from '../../src/data/readDataFile.ts';
import { DataFileError } from '../../src/errors.ts';

/** A data file as it ships, parsed as plain JSON (no schema). */
export function shipped(file: string): any { // eslint-disable-line @typescript-eslint/no-explicit-any
  return JSON.parse(readFileSync(new URL(`../../data/${file}`, import.meta.url), 'utf8'));
}

export interface Rejection { code: string; message: string; file: string; key?: string }

/** What parseDataText throws for `value` written as JSON; fails the test when it is accepted. */
export function rejection(file: string, value: unknown, schema: z.ZodType): Rejection {
  return rejectionOfText(file, JSON.stringify(value), schema);
}

export function rejectionOfText(file: string, text: string, schema: z.ZodType): Rejection {
  try {
    parseDataText(file, text, schema);
  } catch (err) {
    if (!(err instanceof DataFileError)) throw err;
    return { code: err.code, message: err.message, file: err.file, key: err.key };
  }
  throw new Error(`${file}: accepted, expected a rejection`);
}
