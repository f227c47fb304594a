// Reading inputs as the loader does, and a scratch folder to write test inputs into.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readArticles } from '../../src/parse/index.ts';

export async function readAll(paths: string[]) {
  const out = [];
  for await (const r of readArticles(paths)) out.push(r);
  return out;
}

/** A fresh folder and a function writing a named file into it, returning the file's path. */
export function scratchFolder(prefix: string): { dir: string; write(name: string, data: string | Buffer): string } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return {
    dir,
    write: (name, data) => {
      const p = join(dir, name);
      writeFileSync(p, data);
      return p;
    },
  };
}
