// The cue lexicon as the extraction rules read it: word patterns, the verb and noun rules with their
// defaults, the function-word lists and the word shapes built from data/grammar/<language>.yaml.
import { describe, expect, it } from 'vitest';
import { compilePatterns, loadLexicon, type CueRule, type NounRule } from '../../src/extract/lexicon.ts';
import { readConfidence, readCueLexicon, readGrammar, readSharedGrammar } from '../../src/data/lexiconFiles.ts';

// Loaded when the file is read, so every test below sees the same compiled lexicons.
const de = loadLexicon('de');
const en = loadLexicon('en');

const verb = (lex: typeof de, id: string): CueRule => {
  const rule = lex.verbs.find((r) => r.id === id);
  if (!rule) throw new Error(`no verb rule ${id}`);
  return rule;
};
const noun = (lex: typeof de, id: string): NounRule => {
  const rule = lex.nouns.find((r) => r.id === id);
  if (!rule) throw new Error(`no noun rule ${id}`);
  return rule;
};

describe('word patterns', () => {
  it('a plain word matches only itself', () => {
    const m = compilePatterns(['warf']);
    expect(m('warf')).toBe(true);
    expect(m('warfen')).toBe(false);
    expect(m('verwarf')).toBe(false);
  });

  it('"stem*" matches every word beginning with the stem', () => {
    const m = compilePatterns(['beschuldig*', 'kritisier*']);
    expect(m('beschuldigte')).toBe(true);
    expect(m('beschuldig')).toBe(true);
    expect(m('kritisierten')).toBe(true);
    expect(m('unbeschuldigt')).toBe(false);
    expect(m('lobte')).toBe(false);
  });

  it('"*end" matches every word ending in it', () => {
    const m = compilePatterns(['*abkommen', '*embargo']);
    expect(m('friedensabkommen')).toBe(true);
    expect(m('waffenembargo')).toBe(true);
    expect(m('abkommen')).toBe(true);
    expect(m('abkommens')).toBe(false);
    expect(m('embargos')).toBe(false);
  });

  it('"*part*" matches every word containing it', () => {
    const m = compilePatterns(['*angriff*', '*krieg*']);
    expect(m('gegenangriffe')).toBe(true);
    expect(m('angriff')).toBe(true);
    expect(m('angriffskrieg')).toBe(true);
    expect(m('vernichtungskrieges')).toBe(true);
    expect(m('angrif')).toBe(false);
  });

  it('all four kinds work side by side in one list', () => {
    const m = compilePatterns(['warf', 'beschuldig*', '*abkommen', '*angriff*']);
    expect(['warf', 'beschuldigen', 'friedensabkommen', 'luftangriffe'].map(m)).toEqual([true, true, true, true]);
    expect(['werfen', 'schuld', 'kommen', 'griff'].map(m)).toEqual([false, false, false, false]);
  });

  it('patterns are compared lowercased, as tokens are', () => {
    const m = compilePatterns(['Warf', 'SANKTION*']);
    expect(m('warf')).toBe(true);
    expect(m('sanktionen')).toBe(true);
  });

  it('a lone "*" matches every word', () => {
    const m = compilePatterns(['*']);
    expect(m('irgendwas')).toBe(true);
    expect(m('x')).toBe(true);
  });

  it('an empty list matches nothing', () => {
    expect(compilePatterns([])('warf')).toBe(false);
  });

  it('asking twice gives the same answer', () => {
    const m = compilePatterns(['warf']);
    expect([m('warf'), m('warf'), m('lobte'), m('lobte')]).toEqual([true, true, false, false]);
  });
});

describe('loading a lexicon', () => {
  it('is done once per language', () => {
    expect(loadLexicon('de')).toBe(de);
    expect(loadLexicon('en')).toBe(en);
    expect(de).not.toBe(en);
    expect(de.language).toBe('de');
    expect(en.language).toBe('en');
  });

  it('keeps every verb and noun rule of the file, in file order', () => {
    for (const [lex, lang] of [[de, 'de'], [en, 'en']] as const) {
      const raw = readCueLexicon(lang);
      expect(lex.verbs.map((r) => `${r.id} ${r.type} ${r.reason}`)).toEqual(raw.verbs.map((v) => `${v.id} ${v.type} ${v.reason}`));
      expect(lex.nouns.map((r) => `${r.id} ${r.type} ${r.reason}`)).toEqual(raw.nouns.map((n) => `${n.id} ${n.type} ${n.reason}`));
    }
  });
});

describe('verb rules', () => {
  it('"wirft ... vor" needs its particle and takes a complement', () => {
    const r = verb(de, 'de.accuse.vorwerfen');
    expect(r.match('warf')).toBe(true);
    expect(r.match('wirft')).toBe(true);
    expect(r.match('vor')).toBe(false);
    expect(r.particle).toBe('vor');
    expect(r.complement).toBe(true);
    expect(r.direction).toBe('forward');
  });

  it('a rule without a particle or complement says so', () => {
    const r = verb(en, 'en.accuse.condemn');
    expect(r.particle).toBeUndefined();
    expect(r.complement).toBe(false);
    expect(r.match('condemned')).toBe(true);
  });

  it('runs forward unless the file says reciprocal', () => {
    expect(verb(en, 'en.accuse.accuse').direction).toBe('forward');
    expect(verb(en, 'en.agree.agree').direction).toBe('reciprocal');
    expect(verb(de, 'de.consult.treffen').direction).toBe('reciprocal');
  });

  it('object prepositions, required words and source types are kept only where the file gives them', () => {
    const travel = verb(en, 'en.consult.travel');
    expect(travel.objectPreps).toEqual(['to', 'in']);
    expect(travel.sourceTypes).toEqual(['Person']);
    expect(verb(en, 'en.agree.reached').requires).toEqual(['agreement', 'accord', 'deal', 'consensus', 'understanding']);
    const accuse = verb(en, 'en.accuse.accuse');
    expect(accuse.objectPreps).toBeUndefined();
    expect(accuse.requires).toBeUndefined();
    expect(accuse.sourceTypes).toBeUndefined();
  });

  it('flags default to false and are true where set', () => {
    const plain = verb(en, 'en.accuse.condemn');
    expect([plain.requiresCoordinatedSubject, plain.thatClause, plain.targetRepresented, plain.notBeforeGerund]).toEqual([false, false, false, false]);
    expect(verb(de, 'de.cooperate.vorlegen').requiresCoordinatedSubject).toBe(true);
    expect(verb(en, 'en.request.demand').thatClause).toBe(true);
    expect(verb(en, 'en.request.call-on').thatClause).toBe(false);
    expect(verb(en, 'en.protest.summon').targetRepresented).toBe(true);
    expect(verb(en, 'en.reject.reject').notBeforeGerund).toBe(true);
  });

  it('verbsFor lists every rule a word starts, in file order', () => {
    expect(en.verbsFor('sent').map((r) => r.id)).toEqual(['en.mobilize.send-forces', 'en.assault.launch', 'en.support.aid']);
    expect(en.verbsFor('fired').map((r) => r.id)).toEqual(['en.assault.launch', 'en.assault.attack']);
    expect(de.verbsFor('beschuldigte').map((r) => r.id)).toEqual(['de.accuse.beschuldigen']);
    expect(en.verbsFor('table')).toEqual([]);
  });
});

describe('noun rules', () => {
  it('"attack on Y": targets, agent, a patient genitive and no fallback to the clause subject', () => {
    const r = noun(en, 'en.noun.attack');
    expect(r.target).toEqual(['on', 'against', 'in', 'of']);
    expect(r.agent).toEqual(['by']);
    expect(r.genitive).toBe('patient');
    expect(r.subjectFallback).toBe(false);
    expect(r.requiresTarget).toBe(false);
    expect(r.direction).toBe('forward');
  });

  it('"Angriff der Hamas": the genitive after the noun names the agent', () => {
    const r = noun(de, 'de.noun.angriff');
    expect(r.genitive).toBe('agent');
    expect(r.match('luftangriffe')).toBe(true);
    expect(r.match('angriffskrieg')).toBe(true);
  });

  it('defaults: agent genitive, subject fallback, no modifiers, no target types, nothing required', () => {
    const r = noun(de, 'de.noun.forderung');
    expect(r.genitive).toBe('agent');
    expect(r.subjectFallback).toBe(true);
    expect(r.modifiers).toBeUndefined();
    expect(r.targetTypes).toBeUndefined();
    expect([r.requiresTarget, r.requiresBetween]).toEqual([false, false]);
    expect([r.agent, r.between, r.subjectIsTarget]).toEqual([[], [], []]);
  });

  it('"support for Y" needs its target', () => {
    expect(noun(en, 'en.noun.support').requiresTarget).toBe(true);
  });

  it('"an agreement between X and Y" runs both ways', () => {
    const r = noun(en, 'en.noun.agreement');
    expect(r.direction).toBe('reciprocal');
    expect(r.between).toEqual(['between']);
    expect(r.target).toEqual(['with']);
  });

  it('"militärische Beziehungen zwischen": needs "zwischen" and one of its modifiers', () => {
    const r = noun(de, 'de.noun.beziehungen');
    expect(r.requiresBetween).toBe(true);
    expect(r.modifiers).toContain('militärischen');
  });

  it('"unter UN-Sanktionen" makes the subject the target; forces name where they are sent', () => {
    expect(noun(de, 'de.noun.sanktionen').subjectIsTarget).toEqual(['unter']);
    expect(noun(en, 'en.noun.forces').targetTypes).toEqual(['Country', 'Location', 'Organization']);
  });

  it('nounFor gives the first rule a word matches, nounsFor all of them', () => {
    expect(en.nounFor('troops')?.id).toBe('en.noun.troops');
    expect(en.nounsFor('troops').map((r) => r.id)).toEqual(['en.noun.troops', 'en.noun.peacekeepers', 'en.noun.forces']);
    expect(en.nounsFor('troops').map((r) => r.id)).toEqual(['en.noun.troops', 'en.noun.peacekeepers', 'en.noun.forces']);
    expect(en.nounFor('table')).toBeUndefined();
    expect(de.nounsFor('beziehungen').map((r) => r.id)).toEqual(['de.noun.beziehungen', 'de.noun.gute-beziehungen']);
  });
});

describe('word lists of the cue lexicon', () => {
  it('the noun gap, negation and its exceptions', () => {
    expect(en.nounGap.has('the')).toBe(true);
    expect(en.nounGap.has('attack')).toBe(false);
    expect(de.negation.words('nicht')).toBe(true);
    expect(de.negation.words('nichts')).toBe(false);
    expect(en.negation.words("n't")).toBe(true);
    expect(de.negation.exceptions).toEqual(['nicht nur', 'nicht zuletzt']);
  });

  it('modality: hedging words, sentence-wide conditions and the German future', () => {
    expect(de.modality.words('möglicherweise')).toBe(true);
    expect(de.modality.words('möglich')).toBe(true);
    expect(en.modality.words('said')).toBe(false);
    expect(en.modality.sentenceWide).toEqual(new Set(['if', 'unless']));
    expect(de.modality.future.has('wird')).toBe(true);
    expect(en.modality.future.size).toBe(0);
  });

  it('reporting verbs, source prepositions and source phrases by their first word', () => {
    expect(de.reporting.verbs.has('sagte')).toBe(true);
    expect(en.reporting.verbs.has('said')).toBe(true);
    expect(de.reporting.prepositions).toEqual(new Set(['laut', 'gemäß']));
    expect(en.reporting.prepositions.size).toBe(0);
    expect(de.reporting.postpositions).toEqual(new Set(['zufolge']));
    expect(en.reporting.phrases).toEqual([['according', 'to'], ['quoted', 'by'], ['cited', 'by']]);
    expect(en.reporting.phraseStarts).toEqual(new Set(['according', 'quoted', 'cited']));
    expect(de.reporting.phraseStarts.has('nach')).toBe(true);
    expect(de.reporting.phraseStarts.has('angaben')).toBe(false);
  });

  it('pair, group and descriptor phrases are found by their first word, in lexicon order', () => {
    const both = en.anaphora.pairs.get('both')!;
    expect(both.map((p) => p.words.join(' '))).toEqual(['both countries', 'both sides', 'both nations', 'both states', 'both leaders', 'both presidents']);
    expect(both[0].types).toEqual(['Country', 'Organization', 'Group']);
    expect(both[4].types).toEqual(['Person']);
    expect(de.anaphora.pairs.get('beiden')!.length).toBeGreaterThan(3);
    expect(en.anaphora.groups.get('these')!.map((p) => p.words)).toEqual([['these', 'countries']]);
    const the = en.anaphora.descriptors.get('the')!;
    expect(the.find((p) => p.words.join(' ') === 'the president')?.types).toEqual(['Person']);
    expect(the.find((p) => p.words.join(' ') === 'the alliance')?.types).toEqual(['Organization']);
    expect(the.find((p) => p.words.join(' ') === 'the government')?.types).toEqual(['Country']);
    expect(de.anaphora.descriptors.get('das')!.map((p) => p.words.join(' '))).toEqual(['das bündnis', 'das land', 'das emirat', 'das königreich']);
  });

  it('pronouns, demonstratives and "his country"', () => {
    expect(en.anaphora.personPronouns).toEqual(new Set(['he', 'she']));
    expect(de.anaphora.personPronouns).toEqual(new Set(['er']));
    expect(de.anaphora.demonstratives.has('dies')).toBe(true);
    expect(en.anaphora.firstPersonPlural).toEqual(new Set(['we']));
    expect(de.anaphora.firstPersonPlural).toEqual(new Set(['wir']));
    expect(en.anaphora.ownCountry.get('his')).toEqual([{ words: ['his', 'country'], types: ['Country'] }]);
    expect(de.anaphora.ownCountry.get('seinem')).toEqual([{ words: ['seinem', 'land'], types: ['Country'] }]);
  });

  it('organisation triggers, obligation modals and noun markers', () => {
    expect(en.orgTriggers.has('agency')).toBe(true);
    expect(de.orgTriggers.has('nachrichtenagentur')).toBe(true);
    expect(en.obligation).toEqual(new Set(['must', 'should']));
    expect(de.obligation.has('müsse')).toBe(true);
    expect(en.nounMarkers.has('amid')).toBe(true);
    expect(de.nounMarkers.size).toBe(0);
  });
});

describe('grammar lists', () => {
  it('every list of data/grammar/<language>.yaml is a set of its words', () => {
    for (const [lex, lang] of [[de, 'de'], [en, 'en']] as const) {
      const file = readGrammar(lang);
      expect(Object.keys(lex.grammar).sort()).toEqual(Object.keys(file).sort());
      for (const [name, list] of Object.entries(file)) expect([...lex.grammar[name as keyof typeof file]], name).toEqual(list.words.map((w) => w.toLowerCase()));
    }
  });

  it('locatives and government nouns decide a capital\'s reading', () => {
    expect(de.grammar.locativePrepositions.has('nach')).toBe(true);
    expect(en.grammar.locativePrepositions.has('in')).toBe(true);
    expect(de.grammar.governmentNouns.has('regierung')).toBe(true);
    expect(en.grammar.governmentNouns.has('government')).toBe(true);
  });

  it('shared lists: web domain endings and title endings', () => {
    const shared = readSharedGrammar();
    expect(de.shared.webDomainEndings).toContain('de');
    expect(en.shared.webDomainEndings).toEqual(shared.webDomainEndings.words);
    expect(de.shared.titleEndings).toEqual(shared.titleEndings.words);
    expect(de.shared.titleStemEndings).toEqual(shared.titleStemEndings.words);
  });

  it('confidence weights are the values of data/confidence.yaml', () => {
    const file = readConfidence();
    expect(Object.keys(en.confidence).sort()).toEqual(Object.keys(file).sort());
    expect(en.confidence.verb).toBe(file.verb.value);
    expect(de.confidence.roleTitle).toBe(file.roleTitle.value);
    expect(typeof en.confidence.attributedFactor).toBe('number');
  });
});

describe('word shapes', () => {
  it('modifiers between a country and its title: inflected adjectives, possessives, capitalised words, truncated compounds', () => {
    const gap = de.shapes.modifierGap;
    expect(gap.test('französischen')).toBe(true);
    expect(gap.test('seinem')).toBe(true);
    expect(gap.test('Stellvertretender')).toBe(true);
    expect(gap.test('Staats-')).toBe(true);
    expect(gap.test('sagt')).toBe(false);
    expect(gap.test('NATO')).toBe(false);
    expect(gap.test('NATO-Chef')).toBe(false);
    expect(gap.test('7-')).toBe(false);
    expect(gap.test('1Deputy')).toBe(false);
    expect(gap.test('e')).toBe(false);
  });

  it('English modifiers: adjective suffixes and "and"/"its"', () => {
    const gap = en.shapes.modifierGap;
    expect(gap.test('socialist')).toBe(true);
    expect(gap.test('defence')).toBe(true);
    expect(gap.test('its')).toBe(true);
    expect(gap.test('Deputy')).toBe(true);
    expect(gap.test('deputy')).toBe(false);
    expect(gap.test('visit')).toBe(false);
  });

  it('a preposition ends the modifiers, in any case', () => {
    expect(de.shapes.notModifierGap.test('von')).toBe(true);
    expect(de.shapes.notModifierGap.test('Von')).toBe(true);
    expect(de.shapes.notModifierGap.test('vor')).toBe(false);
    expect(de.shapes.notModifierGap.test('vonseiten')).toBe(false);
    expect(en.shapes.notModifierGap.test('of')).toBe(true);
    expect(en.shapes.notModifierGap.test('offer')).toBe(false);
  });

  it('English adjectives before a noun; German inflected adjectives', () => {
    expect(en.shapes.adjective.test('unprovoked')).toBe(true);
    expect(en.shapes.adjective.test('brutal')).toBe(true);
    expect(en.shapes.adjective.test('war')).toBe(false);
    expect(en.shapes.adjective.test('Brutal')).toBe(false);
    expect(de.shapes.adjective.test('brutal')).toBe(false);
    expect(de.shapes.inflectedAdjective.test('iranischen')).toBe(true);
    expect(de.shapes.inflectedAdjective.test('Iranischen')).toBe(false);
    expect(de.shapes.inflectedAdjective.test('iranisch')).toBe(false);
    expect(en.shapes.inflectedAdjective.test('iranian')).toBe(false);
  });

  it('German infinitives and participles; English has no infinitive ending', () => {
    expect(de.shapes.infinitive.test('angreifen')).toBe(true);
    expect(de.shapes.infinitive.test('verhandeln')).toBe(true);
    expect(de.shapes.infinitive.test('angriff')).toBe(false);
    expect(de.shapes.infinitive.test('Angreifen')).toBe(false);
    expect(en.shapes.infinitive.test('attack')).toBe(false);
    expect(en.shapes.infinitive.test('listen')).toBe(false);
    expect(de.shapes.participle.test('gesagt')).toBe(true);
    expect(de.shapes.participle.test('angegriffen')).toBe(true);
    expect(de.shapes.participle.test('zurückgewiesen')).toBe(true);
    expect(de.shapes.participle.test('sagte')).toBe(false);
    expect(de.shapes.participle.test('morgen')).toBe(false);
  });

  it('"laut Spiegel.de": web addresses that count as names after a German source preposition', () => {
    expect(de.shapes.nameDomain.test('spiegel.de')).toBe(true);
    expect(de.shapes.nameDomain.test('heute.at')).toBe(true);
    expect(de.shapes.nameDomain.test('nzz.ch')).toBe(false);
    expect(de.shapes.nameDomain.test('spiegel.dex')).toBe(false);
    expect(de.shapes.nameDomain.test('spiegelde')).toBe(false);
    expect(en.shapes.nameDomain.test('cnn.com')).toBe(false);
    // English has no such list, so nothing counts, not even a word ending in a dot.
    expect(en.shapes.nameDomain.test('cnn.')).toBe(false);
    expect(de.shapes.nameDomain.test('spiegel.')).toBe(false);
  });

  it('"Reuters.com": a capitalised word with a web ending is an outlet', () => {
    const web = en.shapes.webDomain;
    expect(web.test('Reuters.com')).toBe(true);
    expect(web.test('Tagesschau.de')).toBe(true);
    expect(web.test('Al-Monitor.com')).toBe(true);
    expect(web.test('N24.de')).toBe(true);
    expect(web.test('reuters.com')).toBe(false);
    expect(web.test('Reuters.comx')).toBe(false);
    expect(web.test('Reuters.xyz')).toBe(false);
    expect(web.test('Reuters')).toBe(false);
    expect(web.test('x.Reuters.com')).toBe(false);
  });

  it('source phrases as word sequences', () => {
    expect(en.shapes.sourcePhrases).toEqual([['according', 'to']]);
    expect(de.shapes.sourcePhrases).toEqual([]);
  });
});
