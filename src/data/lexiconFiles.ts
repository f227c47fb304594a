// The shape of the language data under data/lexicon and data/grammar, and of the confidence weights:
// strict at every level, so a misspelt key ("objectPrep") or a list given as a string stops the
// program naming file and key, instead of silently dropping a cue.
import { z } from 'zod';
import type { Language } from '../model.ts';
import { ENTITY_TYPES, RELATION_TYPES } from '../model.ts';
import { readDataFile } from './readDataFile.ts';

const text = z.string().min(1);
/** Words are matched lowercased; YAML may hand over numbers or booleans written bare, so each must be a string. */
const words = z.array(z.string());
const ruleId = z.string().regex(/^(de|en)\.[a-z0-9-]+(\.[a-z0-9-]+)*$/, 'must look like "de.type.name" (lowercase, dotted)');
const relationType = z.enum(RELATION_TYPES);
const entityTypes = z.array(z.enum(ENTITY_TYPES));

const VerbRule = z.strictObject({
  id: ruleId,
  type: relationType,
  reason: text,
  forms: words.min(1),
  particle: text.optional(),
  direction: z.enum(['forward', 'reciprocal', 'mutual']).optional(),
  complement: z.boolean().optional(),
  objectPreps: words.optional(),
  requires: words.optional(),
  requiresCoordinatedSubject: z.boolean().optional(),
  thatClause: z.boolean().optional(),
  sourceTypes: entityTypes.optional(),
  targetRepresented: z.boolean().optional(),
  notBeforeGerund: z.boolean().optional(),
  actTarget: z.boolean().optional(),
  notBefore: words.optional(),
  mediates: z.boolean().optional(),
  forcesSubject: z.boolean().optional(),
  reversed: z.boolean().optional(),
  subjectNouns: words.optional(),
  infinitiveObject: z.boolean().optional(),
  notParticle: text.optional(),
  objectInfinitive: z.boolean().optional(),
});

/** A noun naming an act someone carried out ("the coup", "die Offensive"); `type` is the act's relation type, if it has one. */
const ActNoun = z.strictObject({
  id: ruleId,
  reason: text,
  forms: words.min(1),
  type: relationType.optional(),
});

const NounRule = z.strictObject({
  id: ruleId,
  type: relationType,
  reason: text,
  forms: words.min(1),
  direction: z.enum(['forward', 'reciprocal', 'mutual']).optional(),
  target: words.optional(),
  agent: words.optional(),
  between: words.optional(),
  requiresTarget: z.boolean().optional(),
  requiresBetween: z.boolean().optional(),
  subjectIsTarget: words.optional(),
  modifiers: words.optional(),
  genitive: z.enum(['agent', 'patient']).optional(),
  targetTypes: entityTypes.optional(),
  targetWithin: z.number().int().min(1).max(9).optional(),
  subjectFallback: z.boolean().optional(),
  mediates: z.boolean().optional(),
});

/** data/lexicon/{de,en}.yaml: the relation cues and the words that qualify them. */
export const CueLexiconFile = z.strictObject({
  verbs: z.array(VerbRule),
  nouns: z.array(NounRule),
  acts: z.array(ActNoun),
  nounGap: words,
  negation: z.strictObject({ words, exceptions: words }),
  modality: z.strictObject({ words, sentenceWide: words, future: words.optional() }),
  reporting: z.strictObject({ verbs: words, prepositions: words, postpositions: words, phrases: words }),
  obligation: words,
  anaphora: z.strictObject({
    pairs: z.array(z.strictObject({ words: words.min(1), types: entityTypes.min(1) })),
    groups: z.array(z.strictObject({ words: words.min(1), types: entityTypes.min(1) })),
    descriptors: z.array(z.strictObject({ words: words.min(1), types: entityTypes.min(1) })),
    personPronouns: words,
    demonstratives: words,
    firstPersonPlural: words,
    firstPersonSingular: words,
    ownCountry: words,
  }),
  nounMarkers: words,
  orgTriggers: words,
});
export type CueLexiconFile = z.output<typeof CueLexiconFile>;

const WordList = (prefix: string) => z.strictObject({
  id: z.string().regex(new RegExp(`^${prefix}\\.[a-z0-9-]+$`), `must be "${prefix}." and a lowercase name`),
  reason: text,
  words,
});

const languageLists = [
  'adjectiveStemEndings', 'locativePrepositions', 'governmentNouns', 'placeArticles', 'visitWordsBefore', 'visitWordsAfter',
  'skipBeforeName', 'prepositionsBeforeName', 'appositionAdverbs', 'appositionEnds', 'modifierEndings', 'modifierWords', 'notModifierWords', 'notGenitiveAfter',
  'sourcePhrases', 'nameDomains',
  'listGlue', 'listConjunctions', 'militaryNouns',
  'subordinators', 'clauseClosingConjunctions', 'complementizers',
  'infinitiveMarkers', 'gerundPrepositions', 'joinedInfinitivePrefixes', 'passiveAuxiliaries', 'agentPrepositions', 'articles',
  'prepositions', 'insidePrepositions', 'genitiveArticles', 'inflectedAdjectiveEndings',
  'determiners', 'eventNouns', 'lightVerbs', 'possessives', 'nounConjunctions', 'adjectiveSuffixes',
  'speakerPronounsAfter', 'speakerPronounsBefore', 'reportingParticles',
  'memberNouns', 'partnerNouns', 'memberOf', 'exampleMarkers', 'reciprocalPronouns', 'nounPhraseOpeners',
  'infinitiveEndings', 'participlePrefixes', 'receiveVerbs', 'receivedFromPrepositions', 'framePrepositions', 'circumstancePrepositions', 'cessationNouns',
  'possessedHeadNouns', 'relativePronouns', 'reportedSubjectPronouns', 'personOwnerPronouns', 'bodyOwnerPronouns', 'placeNouns', 'peacekeepingModifiers', 'officeNouns', 'pluralPronouns', 'jointMeetingNouns', 'cessationVerbs', 'expectationVerbs', 'decisionVerbs', 'conditionPhrases', 'blameWords',
] as const;

/** data/grammar/{de,en}.yaml: function words and word classes, every list with an id and a reason. */
export const GrammarFile = (language: Language) =>
  z.strictObject(Object.fromEntries(languageLists.map((k) => [k, WordList(language)])) as Record<(typeof languageLists)[number], ReturnType<typeof WordList>>);
export type GrammarFile = z.output<ReturnType<typeof GrammarFile>>;

/** data/grammar/shared.yaml: the lists that belong to no one language. */
export const SharedGrammarFile = z.strictObject({
  webDomainEndings: WordList('shared'),
  titleEndings: WordList('shared'),
  titleStemEndings: WordList('shared'),
});
export type SharedGrammarFile = z.output<typeof SharedGrammarFile>;

/** data/lexicon/names.yaml: the shape of names found by pattern. */
export const NamesFile = z.strictObject({
  notNames: words,
  nameParticles: words,
  rolePrefixes: z.record(z.string(), z.string().regex(/^Q\d+$/, 'must be a Wikidata id')),
  orgSuffixes: words,
});

/** data/lexicon/dates.yaml: month and day words and their numbers. */
export const DatesFile = z.strictObject({
  months: z.record(z.string(), z.number().int().min(1).max(12)),
  weekdays: z.record(z.string(), z.number().int().min(0).max(6)),
  days: z.record(z.string(), z.number().int()),
  previous: words,
  periods: z.record(z.string(), z.enum(['month', 'year'])),
  daytimes: words,
});

/** data/lexicon/abbreviations.json: periods that do not end a sentence. */
export const AbbreviationsFile = z.strictObject({ _about: text, words, sentenceStarters: words });

const Weight = z.strictObject({ id: z.string().regex(/^confidence\.[a-z-]+$/), reason: text, value: z.number().min(0).max(1) });

/** data/confidence.yaml: how sure each kind of rule is, and how qualifying an act lowers it. */
export const ConfidenceFile = z.strictObject({
  verb: Weight,
  verbInsideAccusation: Weight,
  nounWithAgent: Weight,
  nounWithoutAgent: Weight,
  nounBetween: Weight,
  obligation: Weight,
  roleTitle: Weight,
  memberCompound: Weight,
  memberApposition: Weight,
  notAssertedFactor: Weight,
  attributedFactor: Weight,
});
export type ConfidenceFile = z.output<typeof ConfidenceFile>;

export const readCueLexicon = (language: Language) => readDataFile(`lexicon/${language}.yaml`, CueLexiconFile);
export const readGrammar = (language: Language) => readDataFile(`grammar/${language}.yaml`, GrammarFile(language));
export const readSharedGrammar = () => readDataFile('grammar/shared.yaml', SharedGrammarFile);
export const readNames = () => readDataFile('lexicon/names.yaml', NamesFile);
export const readDates = () => readDataFile('lexicon/dates.yaml', DatesFile);
export const readAbbreviations = () => readDataFile('lexicon/abbreviations.json', AbbreviationsFile);
export const readConfidence = () => readDataFile('confidence.yaml', ConfidenceFile);
