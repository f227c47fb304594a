// The gazetteer as the extractor sees it: what each kind of entry contributes, and how
// mentions are linked to one entity each.
import { describe, it, expect } from 'vitest';
import { loadGazetteer } from '../../src/gazetteer/gazetteer.ts';
import { buildSurfaceIndex } from '../../src/gazetteer/surfaceIndex.ts';
import { extractText } from '../extract/helpers.ts';

const entry = (name: string) => loadGazetteer().entries.find((e) => e.name === name);
const forms = (first: string) => (buildSurfaceIndex(loadGazetteer()).get(first) ?? []).map((f) => `${f.words.join(' ')}|${f.entry.name}|${f.kind}|${f.caseRule}`);

describe('loading', () => {
  it('reads countries with ids, codes, names, adjectives and capitals', () => {
    const g = loadGazetteer();
    const de = entry('Germany')!;
    expect(de).toMatchObject({ id: 'Q183', type: 'Country', wikidata: 'Q183', iso2: 'DE', iso3: 'DEU', stateBody: false, platform: false });
    expect(de.names).toEqual(expect.arrayContaining(['Germany', 'Deutschland', 'Bundesrepublik Deutschland', 'BRD']));
    expect(de.adjectives).toEqual({ de: ['deutsch', 'bundesdeutsch'], en: ['German'] });
    expect(de.capitals).toEqual(expect.arrayContaining(['Berlin', 'Auswärtiges Amt']));
    expect(g.byId.get('Q183')).toBe(de);
  });

  it('reads every gazetteer file with its type', () => {
    const g = loadGazetteer();
    const types = new Set(g.entries.map((e) => e.type));
    expect([...types].sort()).toEqual(expect.arrayContaining(['Country', 'Location', 'Organization', 'Person']));
    expect(entry('NATO')).toMatchObject({ id: 'Q7184', type: 'Organization' });
    expect(entry('Brussels')).toMatchObject({ id: 'Q239', type: 'Location', names: ['Brussels', 'Brussels', 'Brüssel', 'Brüssels'] });
    expect(entry('White House')).toMatchObject({ id: 'loc:white-house', type: 'Location' });
    expect(g.entries.length).toBeGreaterThan(900);
    expect(g.byId.size).toBe(new Set(g.entries.map((e) => e.id)).size);
  });

  it('reads people with their offices, whom they represent and their terms', () => {
    expect(entry('Mark Rutte')).toMatchObject({
      id: 'Q57792', type: 'Person', names: ['Mark Rutte', 'Mark Rutte', 'Rutte'],
      roles: [
        { title: 'Secretary General', of: 'Q7184', from: '2024-10-01', to: undefined },
        { title: 'Prime Minister', of: 'Q55', from: '2010-10-14', to: '2024-07-02' },
      ],
    });
    expect(entry('Germany')?.roles).toEqual([]);
  });

  it('marks state bodies (with their country) and platforms', () => {
    expect(entry('Chinese Communist Party')).toMatchObject({ stateBody: true, country: 'Q148' });
    expect(entry('Twitter')).toMatchObject({ id: 'org:twitter', platform: true, stateBody: false });
  });

  it('reads role titles: offices, honorifics, and titles implying a country', () => {
    const roles = loadGazetteer().roles;
    const role = (w: string) => roles.find((r) => r.words.join(' ') === w);
    expect(role('pater')?.office).toBe(false);
    expect(role('us-präsident')).toEqual({ words: ['us-präsident'], office: true, impliesId: 'Q30' });
    expect(role('secretary of state')?.words).toEqual(['secretary', 'of', 'state']);
    expect(role('secretary of state')?.office).toBe(true);
  });
});

describe('surface index', () => {
  it('indexes German adjective endings and multi-word inflections', () => {
    expect(forms('deutsche')).toContain('deutsche|Germany|name|proper');
    expect(forms('deutsches')).toContain('deutsches|Germany|adjective|any');
    expect(forms('bundesdeutschem')).toContain('bundesdeutschem|Germany|adjective|any');
    expect(forms('weißen')).toContain('weißen haus|White House|name|proper');
    expect(forms('auswärtigem')).toContain('auswärtigem amt|Germany|capital|proper');
  });

  it('keeps acronyms case-sensitive, names capitalised, and a comma inside a name', () => {
    expect(forms('us')).toContain('us|United States|name|acronym');
    expect(forms('us')).toContain('us congress|United States|name|proper');
    expect(forms('washington')).toContain('washington , d.c|Washington|name|proper');
  });

  it('indexes a state body under its country and a capital as a capital', () => {
    expect(forms('state')).toContain('state department|United States|name|proper');
    expect(forms('kommunistische')).toContain('kommunistische partei chinas|China|name|proper');
    expect(forms('berlin')).toContain('berlin|Germany|capital|proper');
  });

  it('lists each form once per entry', () => {
    const list = forms('brüssel');
    expect(list.filter((f) => f === 'brüssel|Brussels|name|proper')).toHaveLength(1);
  });
});

describe('linking', () => {
  it('links every surface form of an actor to one entity with its ids, codes and all known names', () => {
    const x = extractText('Streit\n\nDeutschland kritisierte Frankreich, und die deutsche Regierung sagte, dass Berlin nicht nachgeben werde.');
    const germany = x.entities.filter((e) => e.name === 'Germany');
    expect(germany).toHaveLength(1);
    expect(germany[0]).toMatchObject({ id: 'Q183', type: 'Country', wikidata: 'Q183', iso2: 'DE', iso3: 'DEU' });
    expect(germany[0].mentions).toEqual(['Deutschland', 'Berlin']);
    expect(germany[0].aliases).toEqual(expect.arrayContaining(['Germany', 'Deutschland', 'BRD']));
    expect(new Set(germany[0].aliases).size).toBe(germany[0].aliases!.length);
  });

  it('gives a known person their office and an unknown one the title read from the text', () => {
    const x = extractText('Besuch\n\nRutte traf den italienischen Außenminister Marco Beispiel in Rom und sagte, dass die Allianz zusammenstehe.');
    expect(x.entities.find((e) => e.name === 'Mark Rutte')).toMatchObject({ id: 'Q57792', type: 'Person', role: 'Secretary General', mentions: ['Rutte'] });
    const unknown = x.entities.find((e) => e.name === 'Marco Beispiel');
    expect(unknown).toMatchObject({ type: 'Person', mentions: ['Marco Beispiel'] });
    expect(unknown?.role?.toLowerCase()).toContain('außenminister');
    expect(unknown?.wikidata).toBeUndefined();
  });
});
