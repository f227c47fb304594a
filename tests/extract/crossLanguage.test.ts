// The same event in German and in English must give the same (source, type, target, polarity), and that
// must be the expected one: tests/fixtures/robustness/pairs.tsv. Rows marked `known-gap` are what the
// extractor still gets wrong; they are expected to fail, so fixing one turns its row red until unmarked.
import { describe, it, expect } from 'vitest';
import { EVENT_TYPES } from '../../src/model.ts';
import { events, parseExpect, readTable } from './robustness.ts';

const rows = readTable('pairs.tsv');

describe('cross-language pairs (tests/fixtures/robustness/pairs.tsv)', () => {
  it('cover every event type and each hard construction, with 60 pairs or more', () => {
    expect(rows.length).toBeGreaterThanOrEqual(60);
    const types = new Set(rows.flatMap((r) => parseExpect(r.expect).map((e) => e.split('|')[1])));
    expect([...types].sort()).toEqual([...EVENT_TYPES].sort());
    const features = new Set(rows.map((r) => r.feature));
    for (const f of ['negation', 'hypothetical', 'separable', 'verb-final', 'passive', 'coordination']) expect(features).toContain(f);
    const polarities = new Set(rows.flatMap((r) => parseExpect(r.expect).map((e) => e.split('|')[3])));
    expect([...polarities].sort()).toEqual(['asserted', 'hypothetical', 'negated']);
    for (const r of rows) expect(r.de && r.en && parseExpect(r.expect).length, JSON.stringify(r)).toBeTruthy();
  });

  for (const row of rows) {
    const name = `${row.feature}: ${row.de} | ${row.en}`;
    const check = () => {
      const want = parseExpect(row.expect);
      expect({ de: events('de', row.de), en: events('en', row.en) }).toEqual({ de: want, en: want });
    };
    if (row['known-gap']) it.fails(`[known gap: ${row['known-gap']}] ${name}`, check);
    else it(name, check);
  }
});
