// Runs one fixture test file in a vitest run of its own, configured like the suite (tests/fixtures/nested.config.ts),
// for tests about the run itself: which database it uses, what it does when a program is missing.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { inject } from 'vitest';

export interface NestedRun {
  code: number | null;
  output: string;
}

/** `file` relative to the repository; `env` is added to this run's environment (which holds no user graph). */
export async function runNestedVitest(file: string, env: Record<string, string>, timeoutMs = 80_000): Promise<NestedRun> {
  const target = inject('neo4j');
  const own: Record<string, string> = target.embedded
    ? { GEOKG_TEST_NEO4J_INSTANCE: target.instance ?? 'test' }
    : { GEOKG_TEST_NEO4J_URI: target.uri, GEOKG_TEST_NEO4J_USER: target.user, GEOKG_TEST_NEO4J_PASSWORD: target.password, ...(target.database ? { GEOKG_TEST_NEO4J_DATABASE: target.database } : {}) };
  const child = spawn(process.execPath, [path.resolve('node_modules/vitest/vitest.mjs'), 'run', '--config', 'tests/fixtures/nested.config.ts'], {
    env: { ...process.env, CI: '', NO_COLOR: '1', ...own, ...env, GEOKG_NESTED_TEST: file },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (d) => { output += d; });
  child.stderr.on('data', (d) => { output += d; });
  const code = await new Promise<number | null>((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.once('exit', (c) => { clearTimeout(timer); resolve(c); });
  });
  return { code, output };
}
