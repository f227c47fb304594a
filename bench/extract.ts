// Extraction throughput on ~3 KB articles, single core: articles per second through extractArticle.
// Articles are synthetic: sentences of our own fixtures and the seed article, shuffled and joined.
//   node --import tsx bench/extract.ts [count]
import { readFileSync } from 'node:fs';
import { buildArticle, parsePlainText } from '../src/parse/index.ts';
import { segment } from '../src/extract/1-segment/segment.ts';
import { extractArticle } from '../src/ingest/pipeline.ts';
import type { Article } from '../src/model.ts';

const SOURCES = ['../seed/000_d6f240a953c802b2.txt', '../tests/fixtures/extract/de_details.txt'];
const TARGET_BYTES = 3000;

function sentencePool(): string[] {
  return SOURCES.flatMap((rel) => {
    const parts = parsePlainText(readFileSync(new URL(rel, import.meta.url), 'utf8'));
    return segment(parts.body).map((s) => s.text);
  });
}

// A small deterministic generator, so every run measures the same articles.
function* random(seed: number): Generator<number> {
  for (let x = seed; ; ) yield (x = (x * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
}

function makeArticles(n: number): Article[] {
  const pool = sentencePool();
  const rnd = random(42);
  return Array.from({ length: n }, (_, k) => {
    let body = '';
    while (Buffer.byteLength(body) < TARGET_BYTES) body += pool[Math.floor(rnd.next().value! * pool.length)] + ' ';
    return buildArticle({ title: `Synthetic article ${k}`, body, language: 'de', publishedAt: '2024-06-30' }, { file: `bench-${k}` });
  });
}

const count = Number(process.argv[2] ?? 1000);
const articles = makeArticles(count);
for (const a of articles.slice(0, 20)) extractArticle(a); // warm-up: lexicons, gazetteer index, JIT
const t0 = process.hrtime.bigint();
let relations = 0;
for (const a of articles) relations += extractArticle(a).relations.length;
const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
const avgBytes = articles.reduce((n, a) => n + Buffer.byteLength(a.text), 0) / articles.length;
console.log(`extract: ${count} articles (avg ${Math.round(avgBytes)} bytes) in ${seconds.toFixed(2)} s = ${(count / seconds).toFixed(0)} articles/s, ${relations} relations`);
