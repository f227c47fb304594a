// Loads article files into the graph: read → extract → write, one transaction per article, a few
// articles in flight at once. A bad article is reported by name and never stops the rest.
import { extractArticle } from './pipeline.ts';
import { readArticles } from '../parse/index.ts';
import type { Graph } from '../store/connectGraph.ts';
import { causeMessage } from '../errors.ts';
import { isGraphUnavailable } from '../store/graphErrors.ts';
import { writeExtraction, type WriteOutcome } from '../store/writeExtraction.ts';

export interface LoadFailure {
  origin: string;
  message: string;
}

export interface LoadSummary {
  created: number;
  unchanged: number;
  updated: number;
  failed: number;
  /** Articles read successfully (whatever the outcome). */
  articles: number;
  entities: number;
  relations: number;
  /** Sentences with two actors and an event cue that no rule coded (not stored). */
  uncoded: number;
  failures: LoadFailure[];
}

export interface LoadOptions {
  dryRun?: boolean;
  concurrency?: number;
  log?: (line: string) => void;
  /** Called after each article with what happened to it. */
  onArticle?: (origin: string, outcome: WriteOutcome | 'failed' | 'dry-run', summary: LoadSummary) => void;
}

export function emptySummary(): LoadSummary {
  return { created: 0, unchanged: 0, updated: 0, failed: 0, articles: 0, entities: 0, relations: 0, uncoded: 0, failures: [] };
}

function fail(summary: LoadSummary, origin: string, message: string): void {
  summary.failed++;
  summary.failures.push({ origin, message });
}

export async function loadPaths(graph: Graph | undefined, paths: string[], options: LoadOptions = {}): Promise<LoadSummary> {
  const summary = emptySummary();
  const inFlight = new Set<Promise<void>>();
  const limit = options.concurrency ?? 4;
  // Once Neo4j is out of reach, the remaining articles are reported at once instead of each waiting out retries.
  let unavailable: string | undefined;
  for await (const item of readArticles(paths)) {
    if (!item.article) {
      fail(summary, item.origin, item.error?.message ?? 'unreadable');
      options.onArticle?.(item.origin, 'failed', summary);
      continue;
    }
    let extraction;
    try {
      extraction = extractArticle(item.article);
    } catch (error) {
      fail(summary, item.origin, `extraction failed: ${(error as Error).message}`);
      options.onArticle?.(item.origin, 'failed', summary);
      continue;
    }
    summary.articles++;
    summary.entities += extraction.entities.length;
    summary.relations += extraction.relations.length;
    summary.uncoded += extraction.uncoded.length;
    if (options.dryRun || !graph) {
      options.onArticle?.(item.origin, 'dry-run', summary);
      continue;
    }
    if (unavailable) {
      fail(summary, item.origin, `not stored: ${unavailable}`);
      options.onArticle?.(item.origin, 'failed', summary);
      continue;
    }
    const task = writeExtraction(graph, extraction).then(
      (outcome) => {
        summary[outcome]++;
        options.onArticle?.(item.origin, outcome, summary);
      },
      (error: Error) => {
        if (isGraphUnavailable(error)) {
          const reason = causeMessage(error).split('\n')[0];
          unavailable = `graph unavailable (${reason})`;
          // The connection dropped while this article was being written: its commit may or may not have landed.
          fail(summary, item.origin, `not confirmed stored: ${reason} (loading again is safe)`);
        } else {
          fail(summary, item.origin, `not stored: ${causeMessage(error)}`);
        }
        options.onArticle?.(item.origin, 'failed', summary);
      },
    ).finally(() => inFlight.delete(task));
    inFlight.add(task);
    if (inFlight.size >= limit) await Promise.race(inFlight);
  }
  await Promise.all(inFlight);
  return summary;
}
