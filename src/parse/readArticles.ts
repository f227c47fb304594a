// Reads articles from files, folders, JSON and JSONL, one result per article or per failure,
// so that a batch goes on past a bad file or record.
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { createInterface } from 'node:readline';
import type { Article } from '../model.ts';
import { GeokgError, InputError } from '../errors.ts';
import { buildArticle } from './buildArticle.ts';
import { decodeBytes, MAX_ARTICLE_BYTES } from './decodeBytes.ts';
import { listInputFiles } from './listInputFiles.ts';
import { parseMarkdown } from './parseMarkdown.ts';
import { parsePlainText } from './parsePlainText.ts';
import { parseRecord } from './parseRecord.ts';

export interface ReadResult {
  article?: Article;
  error?: GeokgError;
  /** File, plus `:N` for the N-th record of a JSON or JSONL file. */
  origin: string;
}

/** A JSON array of records may hold many articles, so it gets a larger cap than one article. */
const MAX_JSON_FILE_BYTES = 64 * 1024 * 1024;

export async function* readArticles(paths: string[]): AsyncIterable<ReadResult> {
  for await (const input of listInputFiles(paths)) {
    if (input.error) {
      yield { error: input.error, origin: input.file };
      continue;
    }
    const kind = extname(input.file).toLowerCase();
    try {
      if (kind === '.jsonl' || kind === '.ndjson') yield* readJsonLines(input.file);
      else if (kind === '.json') yield* readJsonFile(input.file);
      else yield { article: await readTextFile(input.file, kind), origin: input.file };
    } catch (e) {
      yield { error: asGeokgError(e, input.file), origin: input.file };
    }
  }
}

async function readTextFile(file: string, kind: string): Promise<Article> {
  // Checking the size first means a huge file is refused without being read.
  const { size } = await stat(file);
  if (size > MAX_ARTICLE_BYTES) {
    throw new InputError('TOO_LARGE', `expected at most ${MAX_ARTICLE_BYTES} bytes per article, but the file has ${size}`, file);
  }
  const text = decodeBytes(await readFile(file), file);
  const parts = kind === '.md' || kind === '.markdown' ? parseMarkdown(text) : parsePlainText(text);
  return buildArticle(parts, { file });
}

async function* readJsonLines(file: string): AsyncGenerator<ReadResult> {
  const lines = createInterface({ input: createReadStream(file), crlfDelay: Infinity });
  let n = 0;
  let any = false;
  for await (const line of lines) {
    n++;
    if (!line.trim()) continue;
    any = true;
    yield parseJsonRecord(Buffer.from(line, 'utf8'), file, n);
  }
  if (!any) yield { error: new InputError('EMPTY_INPUT', 'the input is empty', file), origin: file };
}

async function* readJsonFile(file: string): AsyncGenerator<ReadResult> {
  const { size } = await stat(file);
  if (size > MAX_JSON_FILE_BYTES) {
    throw new InputError('TOO_LARGE', `expected at most ${MAX_JSON_FILE_BYTES} bytes of JSON, but the file has ${size}`, file);
  }
  const text = decodeBytes(await readFile(file), file, undefined, MAX_JSON_FILE_BYTES);
  const value = parseJson(text, file);
  if (!Array.isArray(value)) {
    yield { article: buildArticle(parseRecord(value, { file }), { file }), origin: file };
    return;
  }
  for (let i = 0; i < value.length; i++) {
    const origin = { file, record: i + 1 };
    try {
      yield { article: buildArticle(parseRecord(value[i], origin), origin), origin: `${file}:${i + 1}` };
    } catch (e) {
      yield { error: asGeokgError(e, file, i + 1), origin: `${file}:${i + 1}` };
    }
  }
}

function parseJsonRecord(bytes: Uint8Array, file: string, record: number): ReadResult {
  const origin = `${file}:${record}`;
  try {
    const value = parseJson(decodeBytes(bytes, file, record), file, record);
    return { article: buildArticle(parseRecord(value, { file, record }), { file, record }), origin };
  } catch (e) {
    return { error: asGeokgError(e, file, record), origin };
  }
}

function parseJson(text: string, file: string, record?: number): unknown {
  try {
    return JSON.parse(text);
  } catch (cause) {
    throw new InputError('BAD_JSON', `expected valid JSON: ${(cause as Error).message}`, file, record, { cause });
  }
}

// Anything unexpected (permissions, I/O) still becomes an error that names the file.
function asGeokgError(e: unknown, file: string, record?: number): GeokgError {
  if (e instanceof GeokgError) return e;
  return new InputError('READ_FAILED', `cannot read: ${(e as Error).message}`, file, record, { cause: e });
}
