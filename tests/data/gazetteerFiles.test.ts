// The gazetteer files against their schemas (src/data/gazetteerFiles.ts): the shipped files pass
// unchanged, and a misspelt key or a wrong type in a copy of a real entry stops with the file and the
// key path instead of quietly dropping a name, a capital or an office.
import { describe, expect, it } from 'vitest';
import {
  CountriesFile, GAZETTEER_FILES, OrganizationsFile, PeopleFile, RolesFile,
} from '../../src/data/gazetteerFiles.ts';
import { readDataFile } from '../../src/data/readDataFile.ts';
import { DataFileError } from '../../src/errors.ts';
import { rejection, rejectionOfText, shipped } from './helpers.ts';

const countries = shipped('gazetteer/countries.json');
const organizations = shipped('gazetteer/organizations.json');
const people = shipped('gazetteer/people.json');
const roles = shipped('gazetteer/roles.json');
const copy = <T>(value: T): T => structuredClone(value);

describe('the shipped gazetteer files', () => {
  it.each(Object.entries(GAZETTEER_FILES))('%s passes its schema and reads back exactly as written', (_, { file, schema }) => {
    expect(readDataFile(file, schema)).toEqual(shipped(file));
  });

  it('the five files are all there is', () => {
    expect(Object.values(GAZETTEER_FILES).map((f) => f.file)).toEqual([
      'gazetteer/countries.json', 'gazetteer/organizations.json', 'gazetteer/people.json', 'gazetteer/locations.json', 'gazetteer/roles.json',
    ]);
  });
});

describe('a misspelt key is rejected with the file and the key path', () => {
  it('a required key spelt wrong: the key it should be is reported missing', () => {
    const biden = copy(people[0]);
    biden.roles[1].untill = biden.roles[1].to;
    delete biden.roles[1].to;
    expect(rejection('gazetteer/people.json', [people[1], biden], PeopleFile)).toEqual({
      code: 'BAD_DATA_FILE',
      message: 'data/gazetteer/people.json: [1].roles[1].to: Invalid input: expected string, received undefined',
      file: 'gazetteer/people.json',
      key: '[1].roles[1].to',
    });
  });

  it('an optional key spelt wrong (the case that used to be ignored)', () => {
    const body = copy(organizations.find((o: { stateBody?: boolean }) => o.stateBody));
    body.stateBdy = body.stateBody;
    delete body.stateBody;
    expect(rejection('gazetteer/organizations.json', [organizations[0], body], OrganizationsFile)).toEqual({
      code: 'BAD_DATA_FILE',
      message: 'data/gazetteer/organizations.json: [1]: Unrecognized key: "stateBdy"',
      file: 'gazetteer/organizations.json',
      key: '[1]',
    });
  });

  it('a key added to an office', () => {
    const biden = copy(people[0]);
    biden.roles[0].country = 'Q30';
    expect(rejection('gazetteer/people.json', [biden], PeopleFile)).toMatchObject({
      message: 'data/gazetteer/people.json: [0].roles[0]: Unrecognized key: "country"',
      key: '[0].roles[0]',
    });
  });

  it('a language spelt wrong in a country\'s names', () => {
    const afghanistan = copy(countries[0]);
    afghanistan.capitals.fr = ['Kaboul'];
    expect(rejection('gazetteer/countries.json', [afghanistan], CountriesFile)).toMatchObject({
      message: 'data/gazetteer/countries.json: [0].capitals: Unrecognized key: "fr"',
      key: '[0].capitals',
    });
  });

  it('in a role title, and a language roles.json does not have', () => {
    const pater = copy(roles.de.find((r: { title: string }) => r.title === 'Pater'));
    pater.honorifc = pater.honorific;
    delete pater.honorific;
    expect(rejection('gazetteer/roles.json', { de: [pater], en: [] }, RolesFile)).toMatchObject({
      message: 'data/gazetteer/roles.json: de[0]: Unrecognized key: "honorifc"',
      key: 'de[0]',
    });
    expect(rejection('gazetteer/roles.json', { ...roles, fr: [] }, RolesFile)).toMatchObject({
      message: 'data/gazetteer/roles.json: (top level): Unrecognized key: "fr"',
      key: '(top level)',
    });
  });

  it('English role titles carry no English equivalent; German ones must', () => {
    const en = copy(roles.en[0]);
    en.en = en.title;
    expect(rejection('gazetteer/roles.json', { de: [], en: [en] }, RolesFile).message)
      .toBe('data/gazetteer/roles.json: en[0]: Unrecognized key: "en"');
    const de = copy(roles.de[0]);
    delete de.en;
    expect(rejection('gazetteer/roles.json', { de: [de], en: [] }, RolesFile).message)
      .toBe('data/gazetteer/roles.json: de[0].en: Invalid input: expected string, received undefined');
  });
});

describe('a wrong type is rejected', () => {
  it('names as one string instead of a list', () => {
    expect(rejection('gazetteer/people.json', [{ ...people[0], names: 'Joe Biden' }], PeopleFile)).toEqual({
      code: 'BAD_DATA_FILE',
      message: 'data/gazetteer/people.json: [0].names: Invalid input: expected array, received string',
      file: 'gazetteer/people.json',
      key: '[0].names',
    });
  });

  it('German adjectives as a string', () => {
    const afghanistan = { ...countries[0], adjectives: { en: ['Afghan'], de: 'afghanisch' } };
    expect(rejection('gazetteer/countries.json', [afghanistan], CountriesFile).message)
      .toBe('data/gazetteer/countries.json: [0].adjectives.de: Invalid input: expected array, received string');
  });

  it('a flag written as a string, a state body without its country', () => {
    expect(rejection('gazetteer/organizations.json', [{ ...organizations[0], platform: 'yes' }], OrganizationsFile).message)
      .toBe('data/gazetteer/organizations.json: [0].platform: Invalid input: expected true');
    expect(rejection('gazetteer/organizations.json', [{ ...organizations[0], stateBody: true }], OrganizationsFile).message)
      .toBe('data/gazetteer/organizations.json: [0].stateBody: a state body needs the country it acts for');
  });

  it('an entry in the wrong file, codes and ids in the wrong form', () => {
    expect(rejection('gazetteer/countries.json', [{ ...countries[0], type: 'Location' }], CountriesFile).message)
      .toBe('data/gazetteer/countries.json: [0].type: Invalid input: expected "Country"');
    expect(rejection('gazetteer/countries.json', [{ ...countries[0], iso3: 'afg' }], CountriesFile).message)
      .toBe('data/gazetteer/countries.json: [0].iso3: must be three capital letters (ISO 3166 alpha-3)');
    expect(rejection('gazetteer/people.json', [{ ...people[0], wikidata: '6279' }], PeopleFile).message)
      .toBe('data/gazetteer/people.json: [0].wikidata: must be a Wikidata id (Q…) or null');
    const biden = copy(people[0]);
    biden.roles[0].from = '20 January 2021';
    expect(rejection('gazetteer/people.json', [biden], PeopleFile).message)
      .toBe('data/gazetteer/people.json: [0].roles[0].from: must be a date (YYYY-MM-DD, or YYYY-MM)');
    biden.roles[0].from = '2021-13';
    expect(rejection('gazetteer/people.json', [biden], PeopleFile).message)
      .toBe('data/gazetteer/people.json: [0].roles[0].from: must be a date (YYYY-MM-DD, or YYYY-MM)');
    // A month where the day is not certain is a date too.
    biden.roles[0].from = '2021-01';
    expect(PeopleFile.safeParse([biden]).success).toBe(true);
    biden.roles[0].to = '2020-12-31';
    expect(rejection('gazetteer/people.json', [biden], PeopleFile).message)
      .toBe('data/gazetteer/people.json: [0].roles[0].to: a term cannot end before it begins');
  });

  it('a file that is an object where a list belongs, or does not parse', () => {
    expect(rejection('gazetteer/countries.json', { countries }, CountriesFile).message)
      .toBe('data/gazetteer/countries.json: (top level): Invalid input: expected array, received object');
    expect(rejectionOfText('gazetteer/countries.json', '[{', CountriesFile)).toEqual({
      code: 'BAD_DATA_FILE',
      message: 'data/gazetteer/countries.json: does not parse: Expected property name or \'}\' in JSON at position 2',
      file: 'gazetteer/countries.json',
      key: undefined,
    });
  });
});

describe('reading a file that is not there', () => {
  it('names the file instead of returning an empty list', () => {
    let thrown: unknown;
    try {
      readDataFile('gazetteer/parties.json', CountriesFile);
    } catch (err) {
      thrown = err;
    }
    expect(thrown).toBeInstanceOf(DataFileError);
    expect(thrown).toMatchObject({ code: 'BAD_DATA_FILE', message: 'data/gazetteer/parties.json: is missing', file: 'gazetteer/parties.json', key: undefined });
  });
});
