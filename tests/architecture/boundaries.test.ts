// The layers the README describes are the layers the imports make: dependency-cruiser checks the rules in
// .dependency-cruiser.cjs (no cycles; only src/store imports neo4j-driver; pure stages import no database,
// server or workflow; extract and resolve apart; the store is only the repository; the browser dashboard
// and the server import nothing of each other but the dashboard's query documents).
import { cruise, type IConfiguration } from 'dependency-cruiser';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const rules = require('../../.dependency-cruiser.cjs') as IConfiguration;

async function violations(config: IConfiguration): Promise<string[]> {
  const result = await cruise(['src'], { ...config.options, ruleSet: { forbidden: config.forbidden }, validate: true, outputType: 'json' });
  const output = typeof result.output === 'string' ? JSON.parse(result.output) : result.output;
  return output.summary.violations.map((v: { rule: { name: string }; from: string; to: string }) => `${v.rule.name}: ${v.from} → ${v.to}`);
}

describe('module boundaries', () => {
  it('holds every rule over src/', async () => {
    expect(await violations(rules)).toEqual([]);
  }, 120_000);

  it('reports a forbidden import where one exists (the rules are not vacuous)', async () => {
    // serve → store imports exist by design; a rule forbidding them must report each one.
    const probe: IConfiguration = {
      ...rules,
      forbidden: [{ name: 'probe-serve-to-store', severity: 'error', from: { path: '^src/serve/' }, to: { path: '^src/store/' } }],
    };
    const found = await violations(probe);
    expect(found.length).toBeGreaterThan(5);
    expect(found.every((v) => v.startsWith('probe-serve-to-store: src/serve/'))).toBe(true);
  }, 120_000);

  it('follows the dashboard\'s browser modules, so its rules see every import there', async () => {
    // The dashboard is plain JavaScript with a root-relative vendor import; were its files not cruised,
    // the dashboard rules would hold vacuously.
    const probe: IConfiguration = {
      ...rules,
      forbidden: [{ name: 'probe-dashboard-internal', severity: 'error', from: { path: '^src/dashboard/' }, to: { path: '^src/dashboard/' } }],
    };
    const found = await violations(probe);
    expect(found).toContain('probe-dashboard-internal: src/dashboard/app.js → src/dashboard/map.js');
    expect(found).toContain('probe-dashboard-internal: src/dashboard/selection.js → src/dashboard/queries.js');
  }, 120_000);

  it('finds exactly one server import of dashboard code: the warm-up\'s query documents', async () => {
    const everyImport: IConfiguration = {
      ...rules,
      forbidden: [{ name: 'probe-server-to-dashboard', severity: 'error', from: { path: '^src/', pathNot: '^src/dashboard/' }, to: { path: '^src/dashboard/' } }],
    };
    expect(await violations(everyImport)).toEqual(['probe-server-to-dashboard: src/serve/warmUp.ts → src/dashboard/queries.js']);
  }, 120_000);
});
