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
}
