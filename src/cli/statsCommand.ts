// `geokg stats`: what the graph holds.
import { readGraphStats } from '../store/readGraphSnapshot.ts';
import { createReader } from '../store/readRepository.ts';
import { EXIT_CODES } from './exitCodes.ts';
import { withGraph } from './withGraph.ts';

export async function runStats(options: { json?: boolean }): Promise<number> {
  const stats = await withGraph((graph) => readGraphStats(createReader(graph, { timeoutMs: 120_000 })));
  if (options.json) {
    process.stdout.write(`${JSON.stringify(stats)}\n`);
    return EXIT_CODES.ok;
  }
  const lines = [
    `articles   ${stats.articles}`, `entities   ${stats.entities}`, `claims     ${stats.claims}`, `relations  ${stats.relations} (aggregated)`,
    `entity types:  ${stats.entityTypes.map((t) => `${t.type} ${t.count}`).join(', ')}`,
    `claim types:   ${stats.claimTypes.map((t) => `${t.type} ${t.count}`).join(', ')}`,
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
  return EXIT_CODES.ok;
}
