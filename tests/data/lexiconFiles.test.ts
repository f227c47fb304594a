// The language data against its schemas (src/data/lexiconFiles.ts): the shipped cue lexicons, grammar
// word lists, name and date words and confidence weights pass; a misspelt key, a wrong type or a missing
// list stops with the file and the key path instead of silently dropping a cue or a word class.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import {
  ConfidenceFile, CueLexiconFile, GrammarFile, readAbbreviations, readConfidence, readCueLexicon, readDates,
  readGrammar, readNames, readSharedGrammar,
} from '../../src/data/lexiconFiles.ts';
import { readDataFile } from '../../src/data/readDataFile.ts';
import { DataFileError } from '../../src/errors.ts';
import { rejection } from './helpers.ts';

const yamlFile = (file: string) => parse(readFileSync(new URL(`../../data/${file}`, import.meta.url), 'utf8'));
const copy = <T>(value: T): T => structuredClone(value);

describe('the shipped language data', () => {
  it.each(['de', 'en'] as const)('the %s cue lexicon and grammar lists read back exactly as written', (language) => {
    expect(readCueLexicon(language)).toEqual(yamlFile(`lexicon/${language}.yaml`));
    expect(readGrammar(language)).toEqual(yamlFile(`grammar/${language}.yaml`));
  });

  it('names, dates, abbreviations, shared lists and weights read back exactly as written', () => {
    expect(readNames()).toEqual(yamlFile('lexicon/names.yaml'));
    expect(readDates()).toEqual(yamlFile('lexicon/dates.yaml'));
    expect(readAbbreviations()).toEqual(JSON.parse(readFileSync(new URL('../../data/lexicon/abbreviations.json', import.meta.url), 'utf8')));
    expect(readSharedGrammar()).toEqual(yamlFile('grammar/shared.yaml'));
    expect(readConfidence().verb).toEqual({ id: 'confidence.verb', value: 0.8, reason: expect.stringContaining('verb cue') });
  });

  it('both languages name the same grammar lists, each with an id of its own language and a reason', () => {
    const de = readGrammar('de');
    const en = readGrammar('en');
    expect(Object.keys(de).sort()).toEqual(Object.keys(en).sort());
    for (const [language, lists] of [['de', de], ['en', en]] as const) {
      for (const list of Object.values(lists)) {
        expect(list.id.startsWith(`${language}.`)).toBe(true);
        expect(list.reason.length).toBeGreaterThan(10);
      }
    }
    const ids = [...Object.values(de), ...Object.values(en)].map((l) => l.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('every cue rule id is unique within its language', () => {
    for (const language of ['de', 'en'] as const) {
      const lex = readCueLexicon(language);
      const ids = [...lex.verbs, ...lex.nouns].map((r) => r.id);
      expect(new Set(ids).size).toBe(ids.length);
    }
  });
});

describe('a bad language data file is rejected naming the file and the key', () => {
  const de = yamlFile('lexicon/de.yaml');

  it('a misspelt key in a verb rule', () => {
    const bad = copy(de);
    bad.verbs[2].objectPrep = ['mit'];
    expect(rejection('lexicon/de.yaml', bad, CueLexiconFile)).toEqual({
      code: 'BAD_DATA_FILE',
      message: 'data/lexicon/de.yaml: verbs[2]: Unrecognized key: "objectPrep"',
      file: 'lexicon/de.yaml',
      key: 'verbs[2]',
    });
  });

  it('a relation type the model does not declare', () => {
    const bad = copy(de);
    bad.nouns[0].type = 'ATTACK';
    const r = rejection('lexicon/de.yaml', bad, CueLexiconFile);
    expect(r.key).toBe('nouns[0].type');
    expect(r.message).toContain('ASSAULT');
  });

  it('a list written as one string', () => {
    const bad = copy(de);
    bad.negation.words = 'nicht';
    expect(rejection('lexicon/de.yaml', bad, CueLexiconFile)).toMatchObject({
      key: 'negation.words', message: 'data/lexicon/de.yaml: negation.words: Invalid input: expected array, received string',
    });
  });

  it('a grammar list missing, or with another language\'s id', () => {
    const grammar = yamlFile('grammar/en.yaml');
    const missing = copy(grammar);
    delete missing.subordinators;
    expect(rejection('grammar/en.yaml', missing, GrammarFile('en'))).toMatchObject({
      key: 'subordinators', message: 'data/grammar/en.yaml: subordinators: Invalid input: expected object, received undefined',
    });
    const foreign = copy(grammar);
    foreign.subordinators.id = 'de.subordinators';
    expect(rejection('grammar/en.yaml', foreign, GrammarFile('en')).key).toBe('subordinators.id');
  });

  it('a weight outside 0..1', () => {
    const weights = yamlFile('confidence.yaml');
    weights.verb.value = 8;
    expect(rejection('confidence.yaml', weights, ConfidenceFile)).toMatchObject({ key: 'verb.value' });
  });

  it('a missing file is named', () => {
    expect(() => readDataFile('grammar/fr.yaml', GrammarFile('en'))).toThrow(new DataFileError('grammar/fr.yaml', 'is missing'));
  });
});

describe('checking every data file at start-up', () => {
  it('passes on the files geokg ships', async () => {
    const { checkDataFiles } = await import('../../src/data/checkDataFiles.ts');
    expect(() => checkDataFiles()).not.toThrow();
  });
});
