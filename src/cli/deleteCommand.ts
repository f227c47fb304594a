// `geokg delete ARTICLE_ID|URL`: removes an article and its claims; aggregates stay exact.
import { deleteArticle } from '../store/deleteArticle.ts';
import { EXIT_CODES } from './exitCodes.ts';
import { withGraph } from './withGraph.ts';

export async function runDelete(ref: string, options: { json?: boolean }): Promise<number> {
  const result = await withGraph((graph) => deleteArticle(graph, ref));
  process.stdout.write(options.json ? `${JSON.stringify(result)}\n` : `deleted ${result.deleted.join(', ')} with ${result.claims} claims\n`);
  return EXIT_CODES.ok;
}
