// Subcommands and their options. Implementations are imported lazily so `geokg extract` never loads the driver.
import type { Command } from 'commander';

type SetExit = (code: number) => void;

export function registerCommands(program: Command, setExit: SetExit): void {
  program.command('serve')
    .description('start the GraphQL API and dashboard (embedded Neo4j unless NEO4J_URI is set)')
    .option('--load <path...>', 'load these articles (files, folders, JSONL) before serving; already stored ones are skipped')
    .action(async (opts: { load?: string[] }) => {
      const { runServe } = await import('./serveCommand.ts');
      setExit(await runServe(opts));
    });

  program.command('extract')
    .description('print the entities and relations articles yield, without touching Neo4j')
    .argument('<paths...>', 'article files, folders or JSONL files')
    .option('--json', 'machine-readable output: one JSON document, or JSONL for several articles')
    .action(async (paths: string[], opts: { json?: boolean }) => {
      const { runExtract } = await import('./extractCommand.ts');
      setExit(await runExtract(paths, { json: Boolean(opts.json) }, process.stdout, process.stderr));
    });

  registerGraphCommands(program, setExit);
}

export function registerGraphCommands(program: Command, setExit: SetExit): void {
  program.command('load')
    .description('store articles in the graph; re-loading is safe (unchanged articles are skipped, changed ones replaced)')
    .argument('<paths...>', 'files, folders, globs, JSONL files, or - for stdin')
    .option('--dry-run', 'extract and report without writing')
    .option('--json', 'print the summary as JSON')
    .option('--concurrency <n>', 'articles written at once', (v) => Number(v), 4)
    .action(async (paths: string[], opts: { dryRun?: boolean; json?: boolean; concurrency: number }) => {
      const { runLoad } = await import('./loadCommand.ts');
      setExit(await runLoad(paths, opts));
    });

  program.command('delete')
    .description('remove an article and its claims')
    .argument('<article>', 'article id or url')
    .option('--json', 'print the result as JSON')
    .action(async (ref: string, opts: { json?: boolean }) => {
      const { runDelete } = await import('./deleteCommand.ts');
      setExit(await runDelete(ref, opts));
    });

  program.command('stats')
    .description('count articles, entities, claims and relations')
    .option('--json', 'print as JSON')
    .action(async (opts: { json?: boolean }) => {
      const { runStats } = await import('./statsCommand.ts');
      setExit(await runStats(opts));
    });

  program.command('export')
    .description('write the graph as GraphML or GEXF (Gephi), CSV (neo4j-admin, pandas, R) or JSON')
    .requiredOption('--format <format>', 'graphml, gexf, csv or json')
    .option('--out <path>', 'file (folder for csv); stdout when omitted')
    .action(async (opts: { format: string; out?: string }) => {
      const { runExport } = await import('./exportCommand.ts');
      setExit(await runExport(opts));
    });
}
