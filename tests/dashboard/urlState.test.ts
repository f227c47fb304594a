// The view's round trip through the address bar: what a shared link restores, and what it refuses.
import { describe, expect, it } from 'vitest';
import { DEFAULTS, filterKey, filterVariables, formatState, parseState, sumsKey, type ViewState } from '../../src/dashboard/urlState.js';

const view = (patch: Partial<ViewState>): ViewState => ({ ...DEFAULTS, ...patch });

describe('parseState', () => {
  it('reads every part of a shared link', () => {
    expect(parseState('?since=2024-06&until=2025-01-31&types=AGREE,SANCTION&min=5&asserted=1&blocs=inferred&view=table&focus=Q423&edge=Q159~Q423&compare=Q159,Q423')).toEqual({
      since: '2024-06', until: '2025-01-31', types: ['AGREE', 'SANCTION'], minEvidence: 5, assertedOnly: true,
      blocs: 'inferred', view: 'table', focus: 'Q423', edge: 'Q159~Q423', compare: ['Q159', 'Q423'],
    });
  });

  it('gives the defaults for an empty query string', () => {
    expect(parseState('')).toEqual({
      since: '', until: '', types: [], minEvidence: 1, assertedOnly: false, blocs: 'formal', view: 'map', focus: '', edge: '', compare: [],
    });
  });

  it('drops malformed values instead of passing them to the API', () => {
    const state = parseState('?since=2024/06/01&until=tomorrow&types=AGREE,agree,X,SANCTION&blocs=all&view=graph&focus=%3Cscript%3E&edge=a%20b&asserted=yes');
    expect(state).toEqual({ ...DEFAULTS, types: ['AGREE', 'SANCTION'] });
  });

  it('keeps the minimum evidence between 1 and 1000', () => {
    expect(parseState('?min=0').minEvidence).toBe(1);
    expect(parseState('?min=-3').minEvidence).toBe(1);
    expect(parseState('?min=abc').minEvidence).toBe(1);
    expect(parseState('?min=7').minEvidence).toBe(7);
    expect(parseState('?min=5000').minEvidence).toBe(1000);
  });

  it('compares at most two actors', () => {
    expect(parseState('?compare=Q1,Q2,Q3').compare).toEqual(['Q1', 'Q2']);
    expect(parseState('?compare=Q1,,bad%20id').compare).toEqual(['Q1']);
  });
});

describe('formatState', () => {
  it('writes nothing for the default view', () => {
    expect(formatState(DEFAULTS)).toBe('');
  });

  it('writes only what differs from the defaults, with readable commas, colons, bars and tildes', () => {
    expect(formatState(view({ types: ['AGREE', 'SANCTION'], minEvidence: 3, edge: 'Q159~Q423', focus: 'org:nato|x' })))
      .toBe('?types=AGREE,SANCTION&min=3&focus=org:nato|x&edge=Q159~Q423');
    expect(formatState(view({ blocs: 'none', view: 'table', assertedOnly: true, since: '2024' }))).toBe('?since=2024&asserted=1&blocs=none&view=table');
  });

  it('leaves out a comparison that has only its first actor', () => {
    expect(formatState(view({ compare: ['Q159'] }))).toBe('');
  });

  it('round-trips through parseState', () => {
    const state = view({ since: '2024-01-01', until: '2024-12', types: ['THREATEN'], minEvidence: 2, assertedOnly: true, blocs: 'inferred', view: 'table', compare: ['Q159', 'Q423'] });
    expect(parseState(formatState(state))).toEqual(state);
  });
});

describe('the keys that decide when the map reloads', () => {
  it('filterKey changes with any filter, not with the selection or the view', () => {
    const base = filterKey(DEFAULTS);
    expect(filterKey(view({ focus: 'Q1', edge: 'a~b', compare: ['Q1', 'Q2'], view: 'table', blocs: 'none' }))).toBe(base);
    for (const patch of [{ since: '2024' }, { until: '2024' }, { types: ['AGREE'] }, { minEvidence: 2 }, { assertedOnly: true }]) {
      expect(filterKey(view(patch))).not.toBe(base);
    }
  });

  it('sumsKey ignores the minimum evidence, so answers for two minimums nest', () => {
    expect(sumsKey(view({ minEvidence: 9 }))).toBe(sumsKey(DEFAULTS));
    expect(sumsKey(view({ assertedOnly: true }))).not.toBe(sumsKey(DEFAULTS));
  });
});

describe('filterVariables', () => {
  it('sends null for every filter left open', () => {
    expect(filterVariables(DEFAULTS)).toEqual({ since: null, until: null, types: null, polarity: null });
  });

  it('asks for stated claims only with the ASSERTED polarity', () => {
    expect(filterVariables(view({ since: '2024-06', until: '2025', types: ['AGREE'], assertedOnly: true })))
      .toEqual({ since: '2024-06', until: '2025', types: ['AGREE'], polarity: ['ASSERTED'] });
  });
});
