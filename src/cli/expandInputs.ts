// Turns command-line paths into readable inputs: globs are expanded, `-` becomes stdin saved to a temp file.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';

async function stdinToFile(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  const data = Buffer.concat(chunks);
  // JSONL when the first non-blank character opens a record, else one article of text.
  const isJsonl = /^\s*\{/.test(data.subarray(0, 64).toString('utf8'));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'geokg-stdin-'));
  const file = path.join(dir, isJsonl ? 'stdin.jsonl' : 'stdin.txt');
  fs.writeFileSync(file, data);
  return file;
}

export async function expandInputs(inputs: string[]): Promise<string[]> {
  const paths: string[] = [];
  for (const input of inputs) {
    if (input === '-') paths.push(await stdinToFile());
    else if (isDynamicPattern(input) && !fs.existsSync(input)) {
      const matches = (await glob(input, { onlyFiles: true })).sort();
      // A pattern that matches nothing is passed on as it is, so it is reported like a missing path.
      paths.push(...(matches.length ? matches : [input]));
    } else paths.push(input);
  }
  return paths;
}
