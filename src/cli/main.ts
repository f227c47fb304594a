// The geokg command line. Each subcommand lives in its own file; this one only wires them to commander.
// Exit codes: 0 ok, 1 failure, 2 usage, 3 partial (some inputs failed).
import { Command, CommanderError } from 'commander';
import { GeokgError } from '../errors.ts';
import { checkDataFiles } from '../data/checkDataFiles.ts';
import { registerCommands } from './commands.ts';
import { EXIT_CODES as EXIT } from './exitCodes.ts';

async function main(argv: string[]): Promise<number> {
  const program = new Command('geokg')
    .description('Geopolitical event knowledge graph: articles in, evidenced relations between actors out (Neo4j + GraphQL).')
    .exitOverride()
    .configureOutput({ writeErr: (text) => process.stderr.write(text) });
  let exitCode: number = EXIT.ok;
  registerCommands(program, (code) => (exitCode = code));
  // The commands that read articles check every data file first: a faulty lexicon or gazetteer stops
  // the run before anything is read or written.
  program.hook('preAction', (_, action) => {
    if (['serve', 'extract', 'load'].includes(action.name())) checkDataFiles();
  });
  try {
    await program.parseAsync(argv);
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    if (error instanceof GeokgError) {
      process.stderr.write(`geokg: ${error.message}\n`);
      return error.code === 'BAD_CONFIG' ? EXIT.usage : EXIT.failure;
    }
    throw error;
  }
  return exitCode;
}

process.exitCode = await main(process.argv);
