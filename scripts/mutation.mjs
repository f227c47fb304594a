#!/usr/bin/env node
// Mutation testing in parts: one Stryker run per folder (or stage), each with its own incremental file and
// JSON report under reports/mutation/parts/, then one score table per folder over all parts.
//
// Why parts: a whole run over the pure modules takes hours on two cores, and Stryker writes its incremental
// file only when a run ends — an interrupted single run keeps nothing. A part that finished stays finished;
// a rerun retests only the mutants whose code or covering tests changed.
//
//   node scripts/mutation.mjs              every part, then the table
//   node scripts/mutation.mjs extract-relate parse   only these parts, then the table over all reports
//   node scripts/mutation.mjs --report     only the table, from the reports already written
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const partsDir = join(root, 'reports', 'mutation', 'parts');

// Each part mutates a disjoint set of files; together they cover what stryker.config.json mutates.
const parts = [
  ['extract-core', ['src/extract/*.ts']],
  ['extract-grammar', ['src/extract/grammar/**/*.ts']],
  ['extract-segment', ['src/extract/1-segment/**/*.ts']],
  ['extract-recognise', ['src/extract/2-recognise/**/*.ts']],
  ['extract-attribute', ['src/extract/3-attribute/**/*.ts']],
  ['extract-relate', ['src/extract/4-relate/**/*.ts']],
  ['extract-qualify', ['src/extract/5-qualify/**/*.ts']],
  ['export', ['src/export/**/*.ts']],
  ['parse', ['src/parse/**/*.ts']],
  ['resolve', ['src/resolve/**/*.ts']],
  ['text', ['src/text/**/*.ts']],
  ['gazetteer', ['src/gazetteer/**/*.ts']],
  ['data', ['src/data/**/*.ts']],
];

const args = process.argv.slice(2);
const reportOnly = args.includes('--report');
const wanted = args.filter((a) => !a.startsWith('--'));
const unknown = wanted.filter((w) => !parts.some(([name]) => name === w));
if (unknown.length > 0) {
  console.error(`unknown part(s): ${unknown.join(', ')}; parts are: ${parts.map(([n]) => n).join(', ')}`);
  process.exit(2);
}

const base = JSON.parse(readFileSync(join(root, 'stryker.config.json'), 'utf8'));
mkdirSync(partsDir, { recursive: true });

let failed = false;
if (!reportOnly) {
  for (const [name, mutate] of parts) {
    if (wanted.length > 0 && !wanted.includes(name)) continue;
    const config = {
      ...base,
      mutate,
      incrementalFile: `reports/mutation/parts/${name}.incremental.json`,
      reporters: ['clear-text', 'progress', 'json'],
      jsonReporter: { fileName: `reports/mutation/parts/${name}.json` },
      tempDirName: `reports/.stryker-tmp-${name}`,
    };
    delete config.htmlReporter;
    delete config.$schema;
    const configFile = join(partsDir, `${name}.stryker.json`);
    writeFileSync(configFile, JSON.stringify(config, null, 2));
    console.log(`\n== mutation part ${name}: ${mutate.join(', ')}`);
    const started = Date.now();
    const run = spawnSync('npx', ['stryker', 'run', configFile], { cwd: root, stdio: 'inherit' });
    console.log(`== part ${name} ended (exit ${run.status}) after ${Math.round((Date.now() - started) / 1000)} s`);
    if (run.status !== 0) failed = true;
  }
}

// Score as Stryker counts it: detected (killed + timeout) of all mutants with a result (no coverage counts
// as undetected; ignored, compile and runtime errors are left out).
const folders = new Map();
for (const [name] of parts) {
  const file = join(partsDir, `${name}.json`);
  if (!existsSync(file)) continue;
  const report = JSON.parse(readFileSync(file, 'utf8'));
  for (const [path, { mutants }] of Object.entries(report.files)) {
    const folder = path.split('/').slice(0, 2).join('/');
    const row = folders.get(folder) ?? { Killed: 0, Timeout: 0, Survived: 0, NoCoverage: 0 };
    for (const m of mutants) if (m.status in row) row[m.status] += 1;
    folders.set(folder, row);
  }
}
const line = (label, r) => {
  const total = r.Killed + r.Timeout + r.Survived + r.NoCoverage;
  const score = total === 0 ? '–' : `${((100 * (r.Killed + r.Timeout)) / total).toFixed(1)} %`;
  return `| ${label} | ${total} | ${r.Killed} | ${r.Timeout} | ${r.Survived} | ${r.NoCoverage} | ${score} |`;
};
console.log('\n| folder | mutants | killed | timeout | survived | no coverage | score |');
console.log('|---|---|---|---|---|---|---|');
const all = { Killed: 0, Timeout: 0, Survived: 0, NoCoverage: 0 };
for (const [folder, row] of [...folders].sort()) {
  console.log(line(`\`${folder}\``, row));
  for (const k of Object.keys(all)) all[k] += row[k];
}
console.log(line('all', all));
const missing = parts.filter(([name]) => !existsSync(join(partsDir, `${name}.json`))).map(([n]) => n);
if (missing.length > 0) console.log(`\nparts without a report yet: ${missing.join(', ')}`);
process.exit(failed ? 1 : 0);
