// One article from an API client: parse → extract → store, all-or-nothing.
import { buildArticle, parseRecord } from '../parse/index.ts';
import { extractArticle } from './pipeline.ts';
import type { Extraction } from '../model.ts';
import type { Graph } from '../store/connectGraph.ts';
import { writeExtraction, type WriteOutcome } from '../store/writeExtraction.ts';

export interface IngestOutcome {
  outcome: WriteOutcome;
  extraction: Extraction;
}

export async function ingestRecord(graph: Graph, record: Record<string, unknown>, origin = 'ingestArticle'): Promise<IngestOutcome> {
  const article = buildArticle(parseRecord(record, { file: origin }), { file: origin });
  const extraction = extractArticle(article);
  return { outcome: await writeExtraction(graph, extraction), extraction };
}
