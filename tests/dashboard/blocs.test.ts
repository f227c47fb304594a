// Which blocs the map draws as hulls, and the invisible links that hold each one together.
import { describe, expect, it } from 'vitest';
import { blocLinks, blocList, visibleBlocs } from '../../src/dashboard/blocs.js';

type Alliances = Parameters<typeof blocList>[0] & object;

const members = (...ids: string[]) => ids.map((id) => ({ id }));
const alliances = {
  nodes: [], edges: [], weights: [],
  memberships: [
    { id: 'org:nato', label: 'NATO', organization: { id: 'org:nato' }, members: members('Q30', 'Q183', 'Q142') },
    { id: 'org:eu', label: 'EU', organization: { id: 'org:eu' }, members: members('Q183', 'Q142', 'Q38') },
    { id: 'org:brics', label: 'BRICS', organization: { id: 'org:brics' }, members: members('Q159', 'Q148') },
    { id: 'org:csto', label: 'CSTO', organization: null, members: members('Q159') },
  ],
  blocs: [
    { id: 'c1', label: 'Bloc 1', members: members('Q159', 'Q423') },
    { id: 'c2', label: 'Bloc 2', members: members('Q30', 'Q183', 'Q142') },
  ],
} as unknown as Alliances;

describe('blocList', () => {
  const present = new Set(['Q30', 'Q183', 'Q142', 'org:nato', 'Q159', 'Q423', 'Q38']);

  it('formal: members on the map plus the organisation itself, biggest first; blocs under two actors dropped', () => {
    expect(blocList(alliances, 'formal', present)).toEqual([
      { id: 'org:nato', label: 'NATO', memberIds: ['Q30', 'Q183', 'Q142', 'org:nato'], size: 4 },
      { id: 'org:eu', label: 'EU', memberIds: ['Q183', 'Q142', 'Q38'], size: 3 },
    ]);
  });

  it('inferred: the communities, equal sizes by label', () => {
    expect(blocList(alliances, 'inferred', present).map((b) => [b.label, b.size])).toEqual([['Bloc 2', 3], ['Bloc 1', 2]]);
  });

  it('none, or no answer yet: no blocs', () => {
    expect(blocList(alliances, 'none', present)).toEqual([]);
    expect(blocList(null, 'formal', present)).toEqual([]);
  });
});

describe('visibleBlocs', () => {
  const bloc = (id: string, size: number) => ({ id, label: id, memberIds: Array.from({ length: size }, (_, i) => `${id}${i}`), size });

  it('draws at most twelve and counts the rest', () => {
    const { shown, hiddenCount } = visibleBlocs(Array.from({ length: 15 }, (_, i) => bloc(`b${i}`, 2)), 100, new Map());
    expect(shown.map((b) => b.id)).toEqual(Array.from({ length: 12 }, (_, i) => `b${i}`));
    expect(hiddenCount).toBe(3);
  });

  it('starts a bloc spanning more than half the map unticked (at least three actors stay drawn)', () => {
    const { shown } = visibleBlocs([bloc('un', 6), bloc('eu', 5), bloc('g3', 3)], 10, new Map());
    expect(shown.map((b) => [b.id, b.visible])).toEqual([['un', false], ['eu', true], ['g3', true]]);
    expect(visibleBlocs([bloc('small', 3)], 2, new Map()).shown[0]!.visible).toBe(true);
  });

  it('follows the analyst\'s own ticks over the default', () => {
    const { shown } = visibleBlocs([bloc('un', 6), bloc('eu', 5)], 10, new Map([['un', true], ['eu', false]]));
    expect(shown.map((b) => [b.id, b.visible])).toEqual([['un', true], ['eu', false]]);
  });
});

describe('blocLinks', () => {
  const evidence: Record<string, number> = { Q30: 9, Q183: 4, Q142: 12 };

  it('links every member to the organisation when it is on the map', () => {
    const links = blocLinks([{ id: 'org:nato', memberIds: ['Q30', 'org:nato', 'Q183'], visible: true }], (id) => evidence[id] ?? 0, () => 'org:nato');
    expect(links).toEqual([['org:nato', 'Q30'], ['org:nato', 'Q183']]);
  });

  it('otherwise to the best-evidenced member', () => {
    const links = blocLinks([{ id: 'org:nato', memberIds: ['Q30', 'Q183', 'Q142'], visible: true }], (id) => evidence[id] ?? 0, () => 'org:nato');
    expect(links).toEqual([['Q142', 'Q30'], ['Q142', 'Q183']]);
  });

  it('skips unticked blocs', () => {
    expect(blocLinks([{ id: 'c', memberIds: ['Q30', 'Q183'], visible: false }], () => 0, () => null)).toEqual([]);
  });
});
