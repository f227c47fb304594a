// The small formatters every panel and the table use.
import { describe, expect, it } from 'vitest';
import { dateRange, POLARITY_LABELS, safeHref, signed, typeLabel } from '../../src/dashboard/format.js';

describe('format', () => {
  it('labels relation types in sentence case', () => {
    expect(typeLabel('AGREE')).toBe('Agree');
    expect(typeLabel('MEMBER_OF')).toBe('Member of');
  });

  it('signs scores with one decimal: plus, a true minus sign, and ± for zero', () => {
    expect(signed(2.345)).toBe('+2.3');
    expect(signed(-1)).toBe('−1.0');
    expect(signed(0)).toBe('±0.0');
  });

  it('writes a date range once when both ends agree, and "undated" with neither', () => {
    expect(dateRange('2024-01-02', '2024-03-04')).toBe('2024-01-02 – 2024-03-04');
    expect(dateRange('2024-01-02', '2024-01-02')).toBe('2024-01-02');
    expect(dateRange('2024-01-02', '')).toBe('2024-01-02');
    expect(dateRange('', '')).toBe('undated');
    expect(dateRange(null, null)).toBe('undated');
  });

  it('links only http and https addresses', () => {
    expect(safeHref('https://example.org/a b')).toBe('https://example.org/a%20b');
    expect(safeHref('http://example.org')).toBe('http://example.org/');
    expect(safeHref('javascript:alert(1)')).toBeNull();
    expect(safeHref('data:text/html,<b>x</b>')).toBeNull();
    expect(safeHref('not a url')).toBeNull();
  });

  it('names each polarity as the panels show it', () => {
    expect(POLARITY_LABELS).toEqual({ ASSERTED: 'stated', NEGATED: 'denied', HYPOTHETICAL: 'feared / possible' });
  });
});
