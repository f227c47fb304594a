// Runs the benchmarks in sequence, or the ones named: `npm run bench`, `npm run bench -- store`,
// `npm run bench -- api`. Arguments after a bench's name go to it (`npm run bench -- store 500`;
// `--against <commit>` makes store and api compare the working tree with that commit, bench/againstCommit.ts).
// Each bench runs in its own Node process; store and api start the embedded Neo4j instance `bench`
// (or use NEO4J_URI) and stop it when done. Benchmarks are never part of `npm test`.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const BENCHES: Record<string, { file: string; about: string }> = {
  extract: { file: 'extract.ts', about: 'extraction throughput, articles/s (no database)' },
  store: { file: 'store.ts', about: 'batched writer vs one statement per item, articles/s' },
  api: { file: 'api.ts', about: 'five analyst questions, geokg vs @neo4j/graphql, req/s and latency' },
  dashboard: { file: 'dashboard.ts', about: 'dashboard bench (when present)' },
  soak: { file: 'soak.ts', about: 'mixed queries plus ingestion against a real serve process (when present)' },
};

const [name, ...rest] = process.argv.slice(2);
if (name && !BENCHES[name]) {
  process.stderr.write(`unknown bench ${JSON.stringify(name)}; expected one of ${Object.keys(BENCHES).join(', ')}\n`);
  process.exit(2);
}
const chosen = name ? [name] : Object.keys(BENCHES);
let failed = 0;
for (const bench of chosen) {
  const file = fileURLToPath(new URL(BENCHES[bench].file, import.meta.url));
  if (!existsSync(file)) {
    if (name) { process.stderr.write(`bench/${BENCHES[bench].file} does not exist\n`); process.exit(2); }
    continue;
  }
  process.stderr.write(`\n== ${bench}: ${BENCHES[bench].about}\n`);
  const result = spawnSync(process.execPath, ['--import', 'tsx', file, ...(name ? rest : [])], { stdio: 'inherit' });
  if (result.status !== 0) {
    failed++;
    process.stderr.write(`bench ${bench} failed (exit ${result.status ?? result.signal})\n`);
  }
}
process.exit(failed ? 1 : 0);
