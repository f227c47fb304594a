// A known person's role and office are the ones held on the article's date: the role shown on the
// entity, whom a title before the name represents, and the office a person does not act on.
import { describe, expect, it } from 'vitest';
import { loadGazetteer, roleAt, type GazetteerRole } from '../../src/gazetteer/gazetteer.ts';
import type { Extraction } from '../../src/model.ts';
import { extractText } from '../extract/helpers.ts';

const person = (x: Extraction, name: string) => x.entities.find((e) => e.name === name);
const represents = (x: Extraction, name: string) =>
  x.relations.filter((r) => r.type === 'REPRESENTS' && r.source === name).map((r) => r.target);

// "his counterpart" names no office: whom Rutte represents comes from the gazetteer.
const EN = 'Emmanuel Macron received his counterpart Mark Rutte in Paris on Monday.';
const DE = 'Emmanuel Macron empfing am Montag seinen Kollegen Mark Rutte in Paris.';

describe('Mark Rutte: Dutch prime minister until 2 July 2024, NATO Secretary General from 1 October 2024', () => {
  it.each([
    ['2023-05-10', 'Prime Minister', 'Netherlands'],
    ['2024-07-01', 'Prime Minister', 'Netherlands'],
    ['2024-10-01', 'Secretary General', 'NATO'],
    ['2025-03-14T09:30:00Z', 'Secretary General', 'NATO'],
  ])('dated %s: %s representing %s, in English and German', (date, role, office) => {
    for (const text of [EN, DE]) {
      const x = extractText(text, date);
      expect(person(x, 'Mark Rutte')?.role).toBe(role);
      expect(represents(x, 'Mark Rutte')).toEqual([office]);
    }
  });

  it('between the two offices: still the prime minister he last was', () => {
    const x = extractText(EN, '2024-08-15');
    expect(person(x, 'Mark Rutte')?.role).toBe('Prime Minister');
    expect(represents(x, 'Mark Rutte')).toEqual(['Netherlands']);
  });

  it('undated, or dated with no month: the current office', () => {
    for (const date of [undefined, 'Montag']) {
      const x = extractText(EN, date);
      expect(person(x, 'Mark Rutte')?.role).toBe('Secretary General');
      expect(represents(x, 'Mark Rutte')).toEqual(['NATO']);
    }
  });

  it('a title-less mention gets the role of the date too, and no REPRESENTS', () => {
    const text = 'Mark Rutte met Emmanuel Macron in Paris on Monday.';
    expect(person(extractText(text, '2023-05-10'), 'Mark Rutte')?.role).toBe('Prime Minister');
    expect(person(extractText(text, '2025-03-01'), 'Mark Rutte')?.role).toBe('Secretary General');
    expect(represents(extractText(text, '2025-03-01'), 'Mark Rutte')).toEqual([]);
  });

  it('an office holder does not act on the office of the date, and may on the one before', () => {
    const text = 'Mark Rutte criticised NATO on Monday.';
    const then = extractText(text, '2023-05-10').relations.filter((r) => r.source === 'Mark Rutte' && r.target === 'NATO');
    const now = extractText(text, '2025-03-01').relations.filter((r) => r.source === 'Mark Rutte' && r.target === 'NATO');
    // Which type "criticised" gives is the verb rules' business; here only that the act is kept.
    expect(then).toHaveLength(1);
    expect(now).toEqual([]);
  });
});

describe('both sides of other changes of office', () => {
  it.each([
    ['Antony Blinken', 'Marco Rubio', '2024-06-01', 'Secretary of State', 'Senator'],
    ['Olaf Scholz', 'Friedrich Merz', '2024-06-01', 'Chancellor', 'Leader of the CDU'],
    ['Dmytro Kuleba', 'Andrii Sybiha', '2024-06-01', 'Foreign Minister', 'First Deputy Foreign Minister'],
  ])('%s and %s on %s', (before, after, date, beforeRole, afterRole) => {
    const x = extractText(`${before} and ${after} spoke in Berlin on Monday.`, date);
    expect(person(x, before)?.role).toBe(beforeRole);
    expect(person(x, after)?.role).toBe(afterRole);
  });

  it.each([
    ['Antony Blinken', 'Marco Rubio', '2025-03-01', 'Secretary of State', 'Secretary of State'],
    ['Olaf Scholz', 'Friedrich Merz', '2025-06-01', 'Chancellor', 'Chancellor'],
    ['Dmytro Kuleba', 'Andrii Sybiha', '2024-10-01', 'Foreign Minister', 'Foreign Minister'],
  ])('%s and %s on %s, after the change', (before, after, date, beforeRole, afterRole) => {
    const x = extractText(`${before} and ${after} spoke in Berlin on Monday.`, date);
    expect(person(x, before)?.role).toBe(beforeRole);
    expect(person(x, after)?.role).toBe(afterRole);
  });

  it('Jens Stoltenberg: NATO until 1 October 2024, Norway\'s finance minister from 4 February 2025', () => {
    const text = 'Emmanuel Macron received his counterpart Jens Stoltenberg in Paris on Monday.';
    expect(represents(extractText(text, '2024-09-30'), 'Jens Stoltenberg')).toEqual(['NATO']);
    expect(represents(extractText(text, '2025-02-04'), 'Jens Stoltenberg')).toEqual(['Norway']);
    expect(person(extractText(text, '2025-02-04'), 'Jens Stoltenberg')?.role).toBe('Finance Minister');
  });
});

describe('a person with one office', () => {
  it('has it on every date and undated', () => {
    for (const date of ['2019-01-01', '2025-03-01', undefined]) {
      const x = extractText('Emmanuel Macron received his counterpart Sergei Lavrov in Paris on Monday.', date);
      expect(person(x, 'Sergei Lavrov')?.role).toBe('Foreign Minister');
      expect(represents(x, 'Sergei Lavrov')).toEqual(['Russia']);
    }
  });
});

describe('roleAt', () => {
  const role = (title: string, from?: string, to?: string): GazetteerRole => ({ title, of: title.toLowerCase(), from, to });
  // Current first, then past ones newest first, with a gap between the two terms, as people.json lists them.
  const entry = { roles: [role('B', '2024-10-01'), role('A', '2010-10-14', '2024-07-02')] };
  const at = (date?: string, e: { roles: GazetteerRole[] } = entry) => roleAt(e, date)?.title;

  it('a term runs from its first day up to the day the successor takes over', () => {
    expect([at('2010-10-13'), at('2010-10-14'), at('2024-07-01'), at('2024-07-02'), at('2024-09-30'), at('2024-10-01')])
      .toEqual(['A', 'A', 'A', 'A', 'A', 'B']);
  });

  it('before every term: the first to begin; undated: the current one', () => {
    expect(at('1990-01-01')).toBe('A');
    expect(at(undefined)).toBe('B');
    expect(at('')).toBe('B');
    expect(at('2024')).toBe('B');
  });

  it('reads article datetimes and months, and month-only term dates as their first day', () => {
    expect(at('2024-10-01T00:00:00Z')).toBe('B');
    expect(at('2024-10')).toBe('B');
    expect(at('2024-09')).toBe('A');
    const months = { roles: [role('B', '2024-10'), role('A', '2010-10', '2024-10')] };
    expect([at('2024-09-30', months), at('2024-10-01', months), at('2024-10', months)]).toEqual(['A', 'B', 'B']);
  });

  it('offices held at once: the first listed; undated with none current: the one that ended last', () => {
    const both = { roles: [role('Secretary', '2025-01-21'), role('Adviser', '2025-05-01')] };
    expect([at('2025-03-01', both), at('2025-06-01', both), at(undefined, both)]).toEqual(['Secretary', 'Secretary', 'Secretary']);
    const ended = { roles: [role('Late', '2020-01-01', '2023-01-01'), role('Early', '2010-01-01', '2015-01-01')] };
    expect([at(undefined, ended), at('2018-01-01', ended), at('2030-01-01', ended)]).toEqual(['Late', 'Early', 'Late']);
  });

  it('a term without a first day has always been held; no roles: no role', () => {
    expect(at('1900-01-01', { roles: [role('A', undefined, '2000-01-01')] })).toBe('A');
    expect(at('2025-01-01', { roles: [] })).toBeUndefined();
  });

  it('undated, every person in the gazetteer has the office people.json lists first', () => {
    const people = loadGazetteer().entries.filter((e) => e.type === 'Person');
    expect(people.filter((p) => roleAt(p) !== p.roles[0]).map((p) => p.name)).toEqual([]);
  });
});
