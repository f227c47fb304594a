// How many articles a load will read, for the progress bar's ETA: one per file, one per JSONL line.
import { createReadStream } from 'node:fs';
import { extname } from 'node:path';
import { listInputFiles } from '../parse/listInputFiles.ts';

async function countLines(file: string): Promise<number> {
  let lines = 0;
  let sawText = false;
  for await (const chunk of createReadStream(file) as AsyncIterable<Buffer>) {
    for (const byte of chunk) {
      if (byte === 10) {
        if (sawText) lines++;
        sawText = false;
      } else if (byte !== 13 && byte !== 32) sawText = true;
    }
  }
  return lines + (sawText ? 1 : 0);
}

export async function countArticles(paths: string[]): Promise<number> {
  let total = 0;
  for await (const input of listInputFiles(paths)) {
    const kind = extname(input.file).toLowerCase();
    total += !input.error && (kind === '.jsonl' || kind === '.ndjson') ? await countLines(input.file) : 1;
  }
  return total;
}
