// Loads a language's cue lexicon (data/lexicon/{de,en}.yaml), its grammar word lists
// (data/grammar/{de,en}.yaml, shared.yaml) and the confidence weights (data/confidence.yaml) once,
// through the validated data loader, and compiles their word patterns.
import type { Language, RelationType } from '../model.ts';
import {
  readConfidence, readCueLexicon, readGrammar, readSharedGrammar,
  type ConfidenceFile, type CueLexiconFile, type GrammarFile,
} from '../data/lexiconFiles.ts';

export interface CueRule {
  id: string;
  type: RelationType;
  reason: string;
  match: WordMatcher;
  particle?: string;
  /** reciprocal: one joint act (meeting, agreement); mutual: each side does it to the other (clashes). */
  direction: 'forward' | 'reciprocal' | 'mutual';
  complement: boolean;
  objectPreps?: string[];
  requires?: string[];
  requiresCoordinatedSubject: boolean;
  /** "demanded that Y ...", "forderte, dass Y ...": the subject of a following that-clause is the object. */
  thatClause: boolean;
  /** Only these actor types may be the source ("Blinken traveled to", not "troops arrived in"). */
  sourceTypes?: string[];
  /** An object named with its office ("Niger's ambassador X") stands for what the office holder represents. */
  targetRepresented: boolean;
  /** "denied attacking Y": before a gerund the cue only negates that act, it is no act of its own. */
  notBeforeGerund: boolean;
  /** "condemned the coup": an act noun as object stands for whoever carried the act out (grammar/actNouns.ts). */
  actTarget: boolean;
  /** A word among the two after the cue that gives it another sense ("sprachen davon": spoke of, not with;
   *  "delivered a speech", "armed forces"). */
  notBefore: Set<string>;
  /** "vermittelte in dem Streit", "brokered the deal": the subject consults each of the two parties — named
   *  after "between"/"zwischen", else the article's salient pair. */
  mediates: boolean;
  /** "Turkish troops entered Y": the subject must be forces (a nationality or state before a military noun). */
  forcesSubject: boolean;
  /** "X drew criticism from Y", "X stieß in Y auf Kritik": the one after the object preposition acts on the subject
   *  (or on the agent of the act the subject names). */
  reversed: boolean;
  /** "Russische Raketen trafen Kiew": the rule applies only when one of these nouns follows the subject. */
  subjectNouns?: Set<string>;
  /** "drohte, Israel zu bestrafen": with no object of its own, the object of the zu-infinitive after the comma. */
  infinitiveObject: boolean;
  /** A separable particle that makes the form another verb ("kündigte … an" announces, "kündigte" terminates). */
  notParticle?: string;
  /** "told the United States to stop …": only an object followed at once by an infinitive marker. */
  objectInfinitive: boolean;
}

/** A noun naming an act: disapproving of it is disapproving of its agent. */
export interface ActNoun {
  id: string;
  match: WordMatcher;
  /** The relation type of the act, where it has one: an earlier act of this type supplies its agent. */
  type?: RelationType;
}

export interface NounRule {
  id: string;
  type: RelationType;
  reason: string;
  match: WordMatcher;
  direction: 'forward' | 'reciprocal' | 'mutual';
  target: string[];
  agent: string[];
  between: string[];
  requiresTarget: boolean;
  requiresBetween: boolean;
  subjectIsTarget: string[];
  modifiers?: string[];
  /** A following genitive names the patient ("Unterstützung Russlands") rather than the agent ("Forderung der Hamas"). */
  genitive: 'agent' | 'patient';
  /** Only these actor types may be the target ("visit to Ukraine", not "trip to North Africa"). */
  targetTypes?: string[];
  /** At most this many words between the noun and its target preposition ('troops in Y', not 'troops beat … in Y'). */
  targetWithin: number;
  /** Without its own source the act is not pinned on the clause subject ("talked about the war in Ukraine"). */
  subjectFallback: boolean;
  /** "a mediation effort between X and Y", "unter Vermittlung Katars": the agent consults each party. */
  mediates: boolean;
}

export interface Lexicon {
  language: Language;
  verbs: CueRule[];
  nouns: NounRule[];
  acts: ActNoun[];
  nounGap: Set<string>;
  negation: { words: WordMatcher; exceptions: string[] };
  modality: { words: WordMatcher; sentenceWide: Set<string>; future: Set<string> };
  reporting: { verbs: Set<string>; prepositions: Set<string>; postpositions: Set<string>; phrases: string[][]; phraseStarts: Set<string> };
  /** Pair phrases ("beide Länder") by their first word, in lexicon order. */
  anaphora: {
    pairs: Map<string, PairPhrase[]>;
    /** "die Länder", "the three countries": the list of parties just named, by first word. */
    groups: Map<string, PairPhrase[]>;
    /** "der Präsident", "the alliance", "das Land": the last actor of the phrase's types, by first word. */
    descriptors: Map<string, PairPhrase[]>;
    personPronouns: Set<string>;
    demonstratives: Set<string>;
    /** "wir", "we" inside reported speech: the speaker's state or organisation. */
    firstPersonPlural: Set<string>;
    /** "ich", "I" inside reported speech: the speaker in person. */
    firstPersonSingular: Set<string>;
    /** "sein Land", "his country" by first word: the country of the person or state just named. */
    ownCountry: Map<string, PairPhrase[]>;
  };
  orgTriggers: Set<string>;
  /** Modal verbs of obligation: "X must ..." in reported speech is a demand on X. */
  obligation: Set<string>;
  nounMarkers: Set<string>;
  /** Function words and word classes by list name (data/grammar/<language>.yaml), lowercased. */
  grammar: Grammar;
  /** Word shapes built from the grammar lists: inflected adjectives, verb forms. */
  shapes: GrammarShapes;
  /** Lists shared by both languages (data/grammar/shared.yaml). */
  shared: { webDomainEndings: string[]; titleEndings: string[]; titleStemEndings: string[] };
  /** Rule confidences and qualifying factors (data/confidence.yaml). */
  confidence: Record<keyof ConfidenceFile, number>;
  /** The verb rules a word matches (memoised). */
  verbsFor: (lower: string) => CueRule[];
  /** The first noun rule a word matches (memoised). */
  nounFor: (lower: string) => NounRule | undefined;
  /** Every noun rule a word matches, in lexicon order (memoised): "Beziehungen zwischen" and "gute Beziehungen zu". */
  nounsFor: (lower: string) => NounRule[];
  /** The act noun a word is, if any (memoised). */
  actFor: (lower: string) => ActNoun | undefined;
}

export type Grammar = { readonly [K in keyof GrammarFile]: ReadonlySet<string> };

export interface GrammarShapes {
  /** A word that may stand between a country and its title ("seinem französischen", "Deputy Foreign"). */
  modifierGap: RegExp;
  /** A preposition that ends those modifiers (compared case-insensitively). */
  notModifierGap: RegExp;
  /** English adjectives between a possessive and a noun ("unprovoked", "brutal"). */
  adjective: RegExp;
  /** German inflected adjectives inside a genitive phrase ("iranischen"). */
  inflectedAdjective: RegExp;
  /** German infinitives after "wird" make the future; never matches where the list is empty. */
  infinitive: RegExp;
  /** German past participles after "wird" make the passive. */
  participle: RegExp;
  /** "laut Spiegel.de": web addresses that count as names after a source preposition. */
  nameDomain: RegExp;
  /** "Reuters.com": a capitalised word ending in a web domain names an outlet. */
  webDomain: RegExp;
  /** English source phrases ("according to") as word sequences. */
  sourcePhrases: string[][];
}

export interface PairPhrase {
  words: string[];
  types: string[];
}

export type WordMatcher = (lower: string) => boolean;

/** "word" exact, "stem*" prefix, "*end" suffix, "*part*" infix. */
export function compilePatterns(patterns: string[]): WordMatcher {
  const exact = new Set<string>();
  const prefix: string[] = [];
  const suffix: string[] = [];
  const infix: string[] = [];
  for (const p of patterns.map((x) => String(x).toLowerCase())) {
    const head = p.startsWith('*');
    const tail = p.endsWith('*') && p.length > 1;
    const core = p.replace(/^\*|\*$/g, '');
    if (head && tail) infix.push(core);
    else if (tail) prefix.push(core);
    else if (head) suffix.push(core);
    else exact.add(core);
  }
  // Words repeat across articles; remembering each answer makes the cue scan a map lookup.
  const memo = new Map<string, boolean>();
  return (w) => {
    let hit = memo.get(w);
    if (hit === undefined) {
      hit = exact.has(w) || prefix.some((s) => w.startsWith(s)) || suffix.some((s) => w.endsWith(s)) || infix.some((s) => w.includes(s));
      if (memo.size < 200_000) memo.set(w, hit);
    }
    return hit;
  };
}

const cache = new Map<Language, Lexicon>();

export function loadLexicon(language: Language): Lexicon {
  let lex = cache.get(language);
  if (!lex) {
    lex = compileLexicon(language, readCueLexicon(language), readGrammar(language));
    cache.set(language, lex);
  }
  return lex;
}

const words = (xs: string[] | undefined): string[] => (xs ?? []).map((x) => x.toLowerCase());
const phrases = (xs: string[] | undefined): string[][] => words(xs).map((p) => p.split(/\s+/));

function compileLexicon(language: Language, raw: CueLexiconFile, grammarFile: GrammarFile): Lexicon {
  const grammar = Object.fromEntries(Object.entries(grammarFile).map(([k, list]) => [k, new Set(words(list.words))])) as unknown as Grammar;
  const shared = readSharedGrammar();
  const lex: Omit<Lexicon, 'verbsFor' | 'nounFor' | 'nounsFor' | 'actFor'> = {
    language,
    verbs: raw.verbs.map((v): CueRule => ({
      id: v.id, type: v.type, reason: v.reason, match: compilePatterns(v.forms),
      particle: v.particle?.toLowerCase(), direction: v.direction ?? 'forward', complement: !!v.complement,
      objectPreps: v.objectPreps ? words(v.objectPreps) : undefined, requires: v.requires ? words(v.requires) : undefined,
      requiresCoordinatedSubject: !!v.requiresCoordinatedSubject, thatClause: !!v.thatClause,
      sourceTypes: v.sourceTypes, targetRepresented: !!v.targetRepresented, notBeforeGerund: !!v.notBeforeGerund,
      actTarget: !!v.actTarget, notBefore: new Set(words(v.notBefore)), mediates: !!v.mediates, forcesSubject: !!v.forcesSubject, reversed: !!v.reversed, subjectNouns: v.subjectNouns ? new Set(words(v.subjectNouns)) : undefined, infinitiveObject: !!v.infinitiveObject, notParticle: v.notParticle?.toLowerCase(), objectInfinitive: !!v.objectInfinitive,
    })),
    acts: raw.acts.map((a): ActNoun => ({ id: a.id, match: compilePatterns(a.forms), type: a.type })),
    nouns: raw.nouns.map((n): NounRule => ({
      id: n.id, type: n.type, reason: n.reason, match: compilePatterns(n.forms), direction: n.direction ?? 'forward',
      target: words(n.target), agent: words(n.agent), between: words(n.between), requiresTarget: !!n.requiresTarget,
      requiresBetween: !!n.requiresBetween, subjectIsTarget: words(n.subjectIsTarget),
      modifiers: n.modifiers ? words(n.modifiers) : undefined,
      genitive: n.genitive === 'patient' ? 'patient' : 'agent', targetTypes: n.targetTypes, targetWithin: n.targetWithin ?? 9, subjectFallback: n.subjectFallback !== false, mediates: !!n.mediates,
    })),
    nounGap: new Set(words(raw.nounGap)),
    negation: { words: compilePatterns(raw.negation?.words ?? []), exceptions: words(raw.negation?.exceptions) },
    modality: {
      words: compilePatterns(raw.modality?.words ?? []), sentenceWide: new Set(words(raw.modality?.sentenceWide)),
      future: new Set(words(raw.modality?.future)),
    },
    reporting: {
      verbs: new Set(words(raw.reporting?.verbs)), prepositions: new Set(words(raw.reporting?.prepositions)),
      postpositions: new Set(words(raw.reporting?.postpositions)), phrases: phrases(raw.reporting?.phrases),
      phraseStarts: new Set(phrases(raw.reporting?.phrases).map((p) => p[0])),
    },
    anaphora: {
      pairs: byFirstWord(raw.anaphora.pairs.flatMap((p) => phrases(p.words).map((w) => ({ words: w, types: p.types })))),
      groups: byFirstWord(raw.anaphora.groups.flatMap((p) => phrases(p.words).map((w) => ({ words: w, types: p.types })))),
      descriptors: byFirstWord(raw.anaphora.descriptors.flatMap((p) => phrases(p.words).map((w) => ({ words: w, types: p.types })))),
      personPronouns: new Set(words(raw.anaphora?.personPronouns)), demonstratives: new Set(words(raw.anaphora?.demonstratives)),
      firstPersonPlural: new Set(words(raw.anaphora.firstPersonPlural)), firstPersonSingular: new Set(words(raw.anaphora.firstPersonSingular)),
      ownCountry: byFirstWord(phrases(raw.anaphora.ownCountry).map((w) => ({ words: w, types: ['Country'] }))),
    },
    orgTriggers: new Set(words(raw.orgTriggers)),
    obligation: new Set(words(raw.obligation)),
    nounMarkers: new Set(words(raw.nounMarkers)),
    grammar,
    shapes: compileShapes(grammarFile, shared.webDomainEndings.words),
    shared: { webDomainEndings: shared.webDomainEndings.words, titleEndings: shared.titleEndings.words, titleStemEndings: shared.titleStemEndings.words },
    confidence: Object.fromEntries(Object.entries(readConfidence()).map(([k, w]) => [k, w.value])) as Record<keyof ConfidenceFile, number>,
  };
  return {
    ...lex,
    verbsFor: memoise((w) => lex.verbs.filter((r) => r.match(w))),
    nounFor: memoise((w) => lex.nouns.find((r) => r.match(w))),
    nounsFor: memoise((w) => lex.nouns.filter((r) => r.match(w))),
    actFor: memoise((w) => lex.acts.find((a) => a.match(w))),
  };
}

const NEVER = /(?!)/;
const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alternatives = (ws: string[]) => ws.map(escape).join('|');

function compileShapes(g: GrammarFile, webDomains: string[]): GrammarShapes {
  const endings = (ws: string[], stem: string) => (ws.length ? new RegExp(`^${stem}(?:${alternatives(ws)})$`, 'u') : NEVER);
  return {
    modifierGap: new RegExp(`^(?:\\p{Ll}+(?:${alternatives(g.modifierEndings.words)})|${alternatives(g.modifierWords.words)}|\\p{Lu}\\p{Ll}+|[\\p{L}]+-)$`, 'u'),
    notModifierGap: g.notModifierWords.words.length ? new RegExp(`^(?:${alternatives(g.notModifierWords.words)})$`, 'i') : NEVER,
    adjective: endings(g.adjectiveSuffixes.words, '\\p{Ll}+'),
    inflectedAdjective: endings(g.inflectedAdjectiveEndings.words, '\\p{Ll}+'),
    infinitive: endings(g.infinitiveEndings.words, '[a-zäöüß]+'),
    participle: new RegExp(`^(?:${alternatives(g.participlePrefixes.words)})?ge`),
    nameDomain: g.nameDomains.words.length ? new RegExp(`\\.(?:${alternatives(g.nameDomains.words)})$`) : NEVER,
    webDomain: new RegExp(`^\\p{Lu}[\\p{L}\\p{N}-]*\\.(?:${alternatives(webDomains)})$`, 'u'),
    sourcePhrases: phrases(g.sourcePhrases.words),
  };
}

// Scanned at every token: looked up by the token instead.
function byFirstWord(list: PairPhrase[]): Map<string, PairPhrase[]> {
  const out = new Map<string, PairPhrase[]>();
  for (const p of list) out.set(p.words[0], [...(out.get(p.words[0]) ?? []), p]);
  return out;
}

function memoise<T>(f: (w: string) => T): (w: string) => T {
  const memo = new Map<string, T>();
  return (w) => {
    if (memo.has(w)) return memo.get(w)!;
    const v = f(w);
    if (memo.size < 200_000) memo.set(w, v);
    return v;
  };
}
