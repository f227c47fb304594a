// Runs segmentation and recognition on a short body text and gives the tests of single stages (grammar,
// speakers, relation rules) their inputs: the Doc, the article's mentions, a sentence's actors and speakers,
// and readable names for entity keys.
import { buildArticle } from '../../src/parse/index.ts';
import { prepareDoc } from '../../src/extract/1-segment/prepareDoc.ts';
import { recognise } from '../../src/extract/2-recognise/recognise.ts';
import { findSpeakers } from '../../src/extract/3-attribute/findSpeakers.ts';
import { sentenceActors, type Actor, type SentenceActors } from '../../src/extract/grammar/actors.ts';
import { loadGazetteer } from '../../src/gazetteer/gazetteer.ts';
import { buildSurfaceIndex } from '../../src/gazetteer/surfaceIndex.ts';
import type { Doc, Found, Speaker } from '../../src/extract/types.ts';
import type { Mention } from '../../src/text/mention.ts';
import type { Language } from '../../src/model.ts';

const gazetteer = loadGazetteer();
const index = buildSurfaceIndex(gazetteer);

export interface Analysed {
  doc: Doc;
  mentions: Mention[];
  /** The entity's display name for a key (gazetteer name, else the mention's name, else the key). */
  name: (key: string) => string;
  /** Doc sentence index of body sentence n (sentence 0 of the doc is the title). */
  sentence: (n?: number) => number;
  /** Token index of the n-th (0-based) token with this text, anywhere in the doc. */
  token: (text: string, n?: number) => number;
  own: (s: number) => Mention[];
  speakers: (s?: number) => Speaker[];
  actors: (s?: number) => SentenceActors;
  /** "Name+Name" per actor of the sentence, in order. */
  actorNames: (s?: number) => string[];
  names: (actors: readonly Actor[] | undefined) => string[];
  /** "Source+Source TYPE Target+Target" of found acts. */
  acts: (found: readonly Found[]) => string[];
}

export function analyse(body: string, language: Language): Analysed {
  const doc = prepareDoc(buildArticle({ title: language === 'de' ? 'Nachrichten' : 'News', body, language }, { file: 'stage-test' }));
  const mentions = recognise(doc, gazetteer, index);
  const name = (key: string) => gazetteer.byId.get(key)?.name ?? mentions.find((m) => m.key === key)?.name ?? key;
  const sentence = (n = 0) => n + 1;
  const token = (text: string, n = 0) => {
    const at = doc.tokens.flatMap((t, i) => (t.text === text ? [i] : []));
    if (at[n] === undefined) throw new Error(`no token "${text}" #${n}`);
    return at[n];
  };
  const own = (s: number) => mentions.filter((m) => m.sentence === s);
  const speakers = (s = sentence()) => findSpeakers(doc, s, own(s), mentions);
  const actors = (s = sentence()) => {
    const sp = speakers(s);
    const phrase = new Set(sp.filter((x) => x.byPhrase && x.mention).map((x) => x.mention!));
    return sentenceActors(doc, s, own(s), mentions, phrase, sp);
  };
  const names = (list: readonly Actor[] | undefined) => (list ?? []).map((a) => a.keys.map(name).join('+'));
  const actorNames = (s = sentence()) => names(actors(s).all);
  const acts = (found: readonly Found[]) => found.map((f) => `${f.sources.map(name).join('+')} ${f.type} ${f.targets.map(name).join('+')}`);
  return { doc, mentions, name, sentence, token, own, speakers, actors, actorNames, names, acts };
}

/** The actor whose first token is the token with this text. */
export function actorAt(a: Analysed, text: string, n = 0, s = a.sentence()): Actor {
  const found = a.actors(s).at.get(a.token(text, n))?.[0];
  if (!found) throw new Error(`no actor at "${text}"`);
  return found;
}
