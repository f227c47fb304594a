// `geokg load PATH...`: stores articles, reports new / unchanged / updated / failed, names each failure.
import { EXIT_CODES } from './exitCodes.ts';
import { expandInputs } from './expandInputs.ts';
import { countArticles } from './countArticles.ts';
import { createProgress } from './progressBar.ts';
import { withGraph } from './withGraph.ts';
import { loadPaths, type LoadSummary } from '../ingest/loadPaths.ts';

export interface LoadCommandOptions {
  dryRun?: boolean;
  json?: boolean;
  concurrency?: number;
}

function describe(summary: LoadSummary, dryRun: boolean): string {
  const head = dryRun
    ? `${summary.articles} articles would be loaded (dry run, nothing stored)`
    : `${summary.created} new, ${summary.unchanged} unchanged, ${summary.updated} updated, ${summary.failed} failed`;
  return `${head}; ${summary.entities} entity mentions and ${summary.relations} relations extracted, ${summary.uncoded} sentences uncoded\n`;
}

export function exitCodeFor(summary: LoadSummary): number {
  if (summary.failed === 0) return EXIT_CODES.ok;
  return summary.articles > 0 ? EXIT_CODES.partial : EXIT_CODES.failure;
}

export async function runLoad(inputs: string[], options: LoadCommandOptions): Promise<number> {
  const paths = await expandInputs(inputs);
  // Counting first costs one quick pass over the inputs and buys a real ETA; only worth it on a terminal.
  const progress = createProgress(process.stderr.isTTY ? await countArticles(paths) : undefined);
  const run = (graph: Parameters<typeof loadPaths>[0]) => loadPaths(graph, paths, {
    dryRun: options.dryRun,
    concurrency: options.concurrency,
    onArticle: (origin, outcome, summary) => {
      if (outcome === 'failed') {
        const failure = summary.failures[summary.failures.length - 1];
        process.stderr.write(`${process.stderr.isTTY ? '\r\u001b[K' : ''}failed: ${failure.message}\n`);
      }
      progress.tick(summary.articles + summary.failed, summary.failed);
    },
  });
  const summary = options.dryRun ? await run(undefined) : await withGraph(run);
  progress.finish();
  process.stdout.write(options.json ? `${JSON.stringify(summary)}\n` : describe(summary, Boolean(options.dryRun)));
  return exitCodeFor(summary);
}
