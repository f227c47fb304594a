// The layers the README describes are the layers the imports make: dependency-cruiser checks the rules in
// .dependency-cruiser.cjs (no cycles; only src/store imports neo4j-driver; pure stages import no database,
// server or workflow; extract and resolve apart; the store is only the repository).
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
});
