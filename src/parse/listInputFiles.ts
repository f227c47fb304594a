// Expands the paths given on the command line into article files, folders in sorted order.
import { readdir, stat } from 'node:fs/promises';
import { join, extname } from 'node:path';
import { InputError } from '../errors.ts';

const ARTICLE_EXTENSIONS = new Set(['.txt', '.md', '.markdown', '.json', '.jsonl', '.ndjson', '']);

export type InputFile = { file: string; error?: undefined } | { file: string; error: InputError };

export async function* listInputFiles(paths: string[]): AsyncGenerator<InputFile> {
  for (const path of paths) {
    const info = await stat(path).catch(() => null);
    if (!info) {
      yield { file: path, error: new InputError('NOT_FOUND', 'no such file or folder', path) };
    } else if (info.isDirectory()) {
      // Subfolders are not articles (a name without an extension may be one: seed files have none).
      const entries = await readdir(path, { withFileTypes: true });
      const names = entries.filter((e) => !e.isDirectory() && isArticleFileName(e.name)).map((e) => e.name).sort();
      for (const name of names) yield { file: join(path, name) };
    } else {
      yield { file: path };
    }
  }
}

// Hidden files, gold annotations (NAME.gold.json) and a corpus's README sit beside articles but are not articles.
function isArticleFileName(name: string): boolean {
  return !name.startsWith('.') && !name.endsWith('.gold.json') && !/^readme(\.|$)/i.test(name)
    && ARTICLE_EXTENSIONS.has(extname(name).toLowerCase());
}
