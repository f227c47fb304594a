// Shared helpers for the extraction tests: run the pipeline on text or fixture files.
import { readFileSync } from 'node:fs';
import type { Extraction, Relation } from '../../src/model.ts';
import { buildArticle, parsePlainText } from '../../src/parse/index.ts';
import { extractArticle } from '../../src/ingest/pipeline.ts';

export const fixture = (name: string) => new URL(`../fixtures/extract/${name}`, import.meta.url).pathname;
export const seedPath = new URL('../../seed/000_d6f240a953c802b2.txt', import.meta.url).pathname;

export function extractText(text: string, publishedAt?: string): Extraction {
  return extractArticle(buildArticle({ ...parsePlainText(text), publishedAt }, { file: 'test' }));
}

export function extractFile(path: string, publishedAt?: string): Extraction {
  const parsed = parsePlainText(readFileSync(path, 'utf8'));
  return extractArticle(buildArticle(publishedAt ? { ...parsed, publishedAt } : parsed, { file: path }));
}

/** Runs `make` on first use, so the work happens inside the test that needs it. */
export function lazy<T>(make: () => T): () => T {
  let value: { v: T } | undefined;
  return () => (value ??= { v: make() }).v;
}

export function find(x: Extraction, source: string, type: string, target: string): Relation | undefined {
  return x.relations.find((r) => r.source === source && r.type === type && r.target === target);
}
