// JSON records {id?, title, text, url, publishedAt, language, source} as found in JSON and JSONL input.
import { InputError } from '../errors.ts';
import type { ArticleParts, Origin } from './buildArticle.ts';

const STRING_FIELDS = ['id', 'title', 'text', 'url', 'publishedAt', 'language', 'source'] as const;

export function parseRecord(value: unknown, origin: Origin): ArticleParts {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new InputError('BAD_RECORD', `expected a JSON object, but got ${Array.isArray(value) ? 'an array' : typeof value}`, origin.file, origin.record);
  }
  const rec = value as Record<string, unknown>;
  for (const key of STRING_FIELDS) {
    const v = rec[key];
    if (v !== undefined && v !== null && typeof v !== 'string' && !(key === 'id' && typeof v === 'number')) {
      throw new InputError('BAD_RECORD', `field "${key}": expected a string, but got ${typeof v}`, origin.file, origin.record);
    }
  }
  const str = (k: string) => (rec[k] == null ? undefined : String(rec[k]));
  const body = str('text') ?? str('body') ?? '';
  if (!body.trim() && !str('title')?.trim()) {
    throw new InputError('BAD_RECORD', 'field "text": expected the article text, but it is missing or empty', origin.file, origin.record);
  }
  return {
    id: str('id'),
    title: str('title') ?? '',
    body,
    url: str('url'),
    publishedAt: str('publishedAt'),
    language: str('language') ?? str('lang'),
    source: str('source'),
  };
}
