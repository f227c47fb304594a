// `geokg extract`: runs the pipeline on files, folders or JSONL and prints what it finds.
// One article with --json: one JSON document (the eval shape). Several: JSONL in input order.
import type { Extraction } from '../model.ts';
import { readArticles } from '../parse/index.ts';
import { extractArticle } from '../ingest/pipeline.ts';
import { EXIT_CODES as EXIT } from './exitCodes.ts';
import { formatExtraction } from './formatExtraction.ts';

interface Outcome {
  origin: string;
  extraction?: Extraction;
  error?: { code: string; message: string };
}

export async function runExtract(
  paths: string[],
  opts: { json: boolean },
  out: NodeJS.WritableStream,
  err: NodeJS.WritableStream,
): Promise<number> {
  if (!paths.length) {
    err.write('geokg extract: expected at least one file, folder or JSONL file\n');
    return EXIT.usage;
  }
  const outcomes: Outcome[] = [];
  for await (const r of readArticles(paths)) {
    if (r.error) {
      err.write(`geokg extract: ${r.error.message}\n`);
      outcomes.push({ origin: r.origin, error: { code: r.error.code, message: r.error.message } });
    } else if (r.article) {
      outcomes.push({ origin: r.origin, extraction: extractArticle(r.article) });
    }
  }
  write(outcomes, opts.json, out);
  const failed = outcomes.filter((o) => o.error).length;
  if (failed === 0) return EXIT.ok;
  return failed === outcomes.length ? EXIT.failure : EXIT.partial;
}

function write(outcomes: Outcome[], json: boolean, out: NodeJS.WritableStream): void {
  if (!json) {
    for (const o of outcomes) if (o.extraction) out.write(formatExtraction(o.extraction) + '\n');
    return;
  }
  if (outcomes.length === 1 && outcomes[0].extraction) {
    out.write(JSON.stringify(toJson(outcomes[0].extraction), null, 1) + '\n');
    return;
  }
  // Failed records keep their line, so that line N of the output still answers record N.
  for (const o of outcomes) {
    out.write(JSON.stringify(o.extraction ? toJson(o.extraction) : { origin: o.origin, error: o.error, entities: [], relations: [], uncoded: [] }) + '\n');
  }
}

function toJson(x: Extraction) {
  const { text, ...article } = x.article;
  return { id: x.article.id, article: { ...article, length: text.length }, entities: x.entities, relations: x.relations, uncoded: x.uncoded };
}
