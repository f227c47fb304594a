// The extraction stages are pure: each returns what it adds and leaves what it was given as it was.
// Inputs are deep-frozen, so a stage that writes to them throws (modules run in strict mode).
import { describe, expect, it } from 'vitest';
import { buildArticle, parsePlainText } from '../../src/parse/index.ts';
import { prepareDoc } from '../../src/extract/1-segment/prepareDoc.ts';
import { recognise } from '../../src/extract/2-recognise/recognise.ts';
import { matchGazetteer } from '../../src/extract/2-recognise/matchGazetteer.ts';
import { findPeople } from '../../src/extract/2-recognise/findPeople.ts';
import { relate } from '../../src/extract/4-relate/relate.ts';
import { qualify } from '../../src/extract/5-qualify/qualify.ts';
import { loadGazetteer } from '../../src/gazetteer/gazetteer.ts';
import { buildSurfaceIndex } from '../../src/gazetteer/surfaceIndex.ts';
import { linkEntities } from '../../src/resolve/linkEntities.ts';
import type { Mention } from '../../src/text/mention.ts';

const TEXT = [
  'Ministers meet in Brussels',
  'German Foreign Minister Annalena Baerbock met her French counterpart Catherine Colonna on Monday.',
  'Baerbock said that Russia had attacked Ukraine again.',
  'According to the Kremlin, Moscow will not negotiate with Kyiv.',
].join('\n');

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value as object)) deepFreeze(v);
  }
  return value;
}

const gazetteer = loadGazetteer();
const index = buildSurfaceIndex(gazetteer);
const article = () => buildArticle({ ...parsePlainText(TEXT), publishedAt: '2023-03-06' }, { file: 'stages' });

describe('extraction stages', () => {
  it('findPeople returns copies with roles and offices, and leaves the matched mentions untouched', () => {
    const doc = prepareDoc(article());
    const matched = matchGazetteer(doc, index);
    const before = structuredClone(matched);
    const { known, added } = findPeople(doc, gazetteer, deepFreeze(matched));
    expect(matched).toEqual(before);
    const baerbock = [...known, ...added].find((m) => m.name === 'Annalena Baerbock');
    expect(baerbock?.roleToken).toBeTypeOf('number');
    expect(baerbock?.represents).toBe('Q183');
    // The adjective that names the office is marked as read in a role, in the copy only.
    const german = known.find((m) => m.key === 'Q183' && m.first < (baerbock?.first ?? 0));
    expect(german?.inRole).toBe(true);
    expect(before.find((m) => m.key === 'Q183')?.inRole).toBeUndefined();
  });

  it('relate and qualify read frozen mentions and give the same candidates as unfrozen ones', () => {
    const doc = prepareDoc(article());
    const mentions: Mention[] = recognise(doc, gazetteer, index);
    const expected = qualify(doc, relate(doc, structuredClone(mentions)), structuredClone(mentions));
    const frozen = deepFreeze(structuredClone(mentions));
    linkEntities(frozen, gazetteer);
    const acts = relate(doc, frozen);
    const candidates = qualify(doc, deepFreeze(acts), frozen);
    expect(candidates).toEqual(expected);
    const summary = candidates.map((c) => `${c.source} ${c.type} ${c.target} ${c.polarity} ${c.attributedTo ?? '-'}`);
    expect(summary).toContain('Q159 ASSAULT Q212 asserted person:annalena-baerbock');
    expect(summary.some((s) => s.startsWith('person:annalena-baerbock CONSULT'))).toBe(true);
  });
});
