import { describe, it, expect } from 'vitest';
import { PassThrough } from 'node:stream';
import { runExtract } from '../../src/cli/extractCommand.ts';
import { fixture, seedPath } from '../extract/helpers.ts';

async function run(paths: string[], json = true) {
  const out = new PassThrough();
  const err = new PassThrough();
  let o = '';
  let e = '';
  out.on('data', (d) => (o += d));
  err.on('data', (d) => (e += d));
  const code = await runExtract(paths, { json }, out, err);
  return { code, out: o, err: e };
}

describe('runExtract', () => {
  it('prints one JSON document for one article', async () => {
    const r = await run([seedPath]);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.out);
    expect(doc.entities.find((e: { name: string }) => e.name === 'North Korea').wikidata).toBe('Q423');
    expect(doc.relations.length).toBeGreaterThan(5);
  });

  it('prints JSONL in input order and exits 3 when some records fail', async () => {
    const r = await run([fixture('records.jsonl')]);
    expect(r.code).toBe(3);
    const lines = r.out.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id ?? l.error.code)).toEqual(['r1', 'r2', 'BAD_JSON', 'UNSUPPORTED_LANGUAGE']);
    expect(r.err).toMatch(/records\.jsonl, record 3/);
  });

  it('exits 1 when every input fails and 2 without inputs', async () => {
    expect((await run(['/nonexistent/file.txt'])).code).toBe(1);
    expect((await run([])).code).toBe(2);
  });

  it('prints readable text without --json', async () => {
    const r = await run([seedPath], false);
    expect(r.out).toContain('NATO —ACCUSE→ Russia');
    expect(r.out).toContain('Entities:');
  });
});
