// `geokg export --format graphml|gexf|csv|json [--out PATH]`: data on stdout (or in PATH); CSV needs a folder.
import fs from 'node:fs';
import path from 'node:path';
import { toCsvFiles } from '../export/toCsv.ts';
import { toGexf } from '../export/toGexf.ts';
import { toGraphml } from '../export/toGraphml.ts';
import { ConfigError } from '../errors.ts';
import { readGraphSnapshot, type GraphSnapshot } from '../store/readGraphSnapshot.ts';
import { EXIT_CODES } from './exitCodes.ts';
import { withGraph } from './withGraph.ts';

export const EXPORT_FORMATS = ['graphml', 'gexf', 'csv', 'json'] as const;

const SINGLE_FILE: Record<string, (s: GraphSnapshot) => string> = {
  graphml: toGraphml,
  gexf: toGexf,
  json: (s) => `${JSON.stringify(s, null, 1)}\n`,
};

export async function runExport(options: { format: string; out?: string }): Promise<number> {
  if (!(EXPORT_FORMATS as readonly string[]).includes(options.format)) {
    throw new ConfigError(`--format ${JSON.stringify(options.format)}: expected one of ${EXPORT_FORMATS.join(', ')}`);
  }
  if (options.format === 'csv' && !options.out) throw new ConfigError('--format csv writes three files: give a folder with --out DIR');
  const snapshot = await withGraph(readGraphSnapshot);
  if (options.format === 'csv') {
    fs.mkdirSync(options.out!, { recursive: true });
    for (const [name, text] of Object.entries(toCsvFiles(snapshot))) fs.writeFileSync(path.join(options.out!, name), text);
    process.stderr.write(`wrote nodes.csv, edges.csv and evidence.csv to ${options.out}\n`);
    return EXIT_CODES.ok;
  }
  const text = SINGLE_FILE[options.format](snapshot);
  if (options.out) fs.writeFileSync(options.out, text);
  else process.stdout.write(text);
  return EXIT_CODES.ok;
}
