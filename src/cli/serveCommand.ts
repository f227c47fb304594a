// `geokg serve`: the main job. Opens the graph, optionally loads a corpus, serves until Ctrl-C.
import { loadConfig } from '../config.ts';
import { createHttpServer, listen } from '../serve/createApp.ts';
import { warmUp } from '../serve/warmUp.ts';
import { openGraph } from './openGraph.ts';

const log = (line: string) => process.stderr.write(`${line}\n`);

export async function runServe(opts: { load?: string[] }): Promise<number> {
  const config = loadConfig();
  const graph = await openGraph(config, log);
  if (opts.load?.length) {
    const { loadPaths } = await import('../ingest/loadPaths.ts');
    const summary = await loadPaths(graph, opts.load, { log });
    log(`Loaded ${opts.load.join(', ')}: ${summary.created} new, ${summary.unchanged} unchanged, ${summary.updated} updated, ${summary.failed} failed, ${summary.uncoded} sentences uncoded`);
  }
  const server = createHttpServer({ graph, config });
  const url = await listen(server, config.http.host, config.http.port);
  await warmUp(url, log);
  log(`geokg is serving at ${url}/ (dashboard) and ${url}/graphql (GraphQL, GraphiQL in a browser). Ctrl-C stops it.`);
  const shutdown = () => {
    log('Stopping...');
    server.close();
    void graph.close().then(() => process.exit(0));
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
  await new Promise(() => {});
  return 0;
}
