// Shared helpers for the extraction tests: run the pipeline on text or fixture files.
import { readFileSync } from 'node:fs';
import type { Extraction, Relation } from '../../src/model.ts';
import { buildArticle, parsePlainText } from '../../src/parse/index.ts';
import { extractArticle } from '../../src/pipeline.ts';

export const fixture = (name: string) => new URL(`../fixtures/extract/${name}`, import.meta.url).pathname;
export const seedPath = new URL('../../seed/000_d6f240a953c802b2.txt', import.meta.url).pathname;

export function extractText(text: string, publishedAt?: string): Extraction {
  return extractArticle(buildArticle({ ...parsePlainText(text), publishedAt }, { file: 'test' }));
}

export function extractFile(path: string): Extraction {
  return extractArticle(buildArticle(parsePlainText(readFileSync(path, 'utf8')), { file: path }));
}

export function find(x: Extraction, source: string, type: string, target: string): Relation | undefined {
  return x.relations.find((r) => r.source === source && r.type === type && r.target === target);
}
