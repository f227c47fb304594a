// Nouns that name an act ("the coup", "the invasion of Ukraine", "die Offensive gegen die Kurden"). Condemning
// the act condemns whoever carried it out, not the party it was done to: the target of "condemned the
// invasion of Ukraine" is the invader. The agent comes from the noun's own phrase (a possessive, a
// nationality adjective, a compound, a German genitive, a by/von phrase); failing that, from what the
// article said before: the latest earlier mention of a noun of the same kind with such an agent, else the
// latest act of the noun's relation type within ACT_WINDOW sentences. The act nouns are data
// (`acts` in data/lexicon/<language>.yaml).
import type { ActNoun } from '../lexicon.ts';
import type { Act, Doc, Found } from '../types.ts';
import type { Mention } from '../../text/mention.ts';
import { isPossessive, startsLower, startsUpper } from '../../text/tokenize.ts';
import { articleOrAdjective, wordBefore } from './phrases.ts';
import type { Actor } from './actors.ts';

// How far back an act of the noun's type may lie: its own sentence and the three before it.
const ACT_WINDOW = 3;

/** The act noun a token is: the word itself, or the head of a hyphenated compound ("Militär-Offensive"). */
export function actNounAt(doc: Doc, k: number): ActNoun | undefined {
  const lower = doc.tokens[k].lower;
  return doc.lexicon.actFor(lower) ?? (lower.includes('-') ? doc.lexicon.actFor(lower.slice(lower.lastIndexOf('-') + 1)) : undefined);
}

/**
 * The act noun that is the object of the verb at i, within its clause [from, to), or -1. English: the noun
 * phrase right after the verb ("condemned the coup", "condemned Russia's invasion"); German: an act noun
 * anywhere in the clause that no preposition governs ("verurteilte am Montag die Offensive", "die Offensive
 * verurteilt"), since the object may stand before a clause-final verb.
 */
export function actObjectOf(doc: Doc, i: number, from: number, to: number, mentions: readonly Mention[]): number {
  const { prepositions } = doc.lexicon.grammar;
  if (doc.language === 'en') {
    for (let j = i + 1; j < Math.min(to, i + 8); j++) {
      const t = doc.tokens[j];
      if (actNounAt(doc, j)) return j;
      const m = mentions.find((x) => x.first === j);
      if (m) {
        if (!(possessive(doc, m) || m.kind === 'adjective')) return -1;
        j = m.last;
        continue;
      }
      if (/^["“”'‘’]$/.test(t.text) || (startsLower(t.text) && !prepositions.has(t.lower))) continue;
      return -1;
    }
    return -1;
  }
  for (let j = from; j < to; j++) {
    if (j === i || !startsUpper(doc.tokens[j].text) || !actNounAt(doc, j)) continue;
    const before = wordBefore(doc, j, (w) => articleOrAdjective(doc, w) && !prepositions.has(w));
    if (before >= 0 && prepositions.has(doc.tokens[before].lower)) continue;
    return j;
  }
  return -1;
}

/**
 * The objects of a disapproving verb whose object is the act noun at k: the actors already picked when they
 * stand before the noun (its possessor, "Russia's invasion") or are its agent, else the act's agent recalled
 * from the article, else none — the party an act was done to is not the one condemned.
 */
export function actAgentObjects(doc: Doc, k: number, objects: Actor[], mentions: readonly Mention[], earlier: readonly Act[], found: readonly Found[]): Actor[] {
  const first = objects[0];
  const own = phraseAgent(doc, k, mentions);
  if (first && (first.last < k || (own && first.keys.includes(own.key)))) return objects;
  const keys = own ? [officeOf(own.key, mentions)] : recalledAgent(doc, k, mentions, earlier, found);
  if (!keys?.length) return [];
  const types = [...new Set(keys.map((key) => mentions.find((m) => m.key === key)?.type ?? 'Organization'))];
  return [{ first: k, last: k, keys, types, inferred: true }];
}

/** The agent named in the act noun's own phrase, if any. */
function phraseAgent(doc: Doc, k: number, mentions: readonly Mention[]): Mention | undefined {
  const actor = (m: Mention | undefined) => (m && !m.implicit && !m.inRole && m.type !== 'Location' ? m : undefined);
  // "EU-Sanktionen", "Russia-led offensive": the agent inside the noun's token.
  const inside = actor(mentions.find((m) => m.first <= k && k <= m.last));
  if (inside) return inside;
  const s = doc.sentences[doc.sentenceOf[k]];
  const { prepositions, agentPrepositions, genitiveArticles, nounPhraseOpeners } = doc.lexicon.grammar;
  // "die von Trump in Kraft gesetzten Sanktionen": an agent phrase inside the noun's phrase, before it.
  for (let j = k - 2; j >= Math.max(s.first, k - 6); j--) {
    if (/^[.;:!?,]$/.test(doc.tokens[j].text)) break;
    if (!agentPrepositions.has(doc.tokens[j].lower) || !nounPhraseOpeners.has(doc.tokens[j - 1]?.lower ?? '')) continue;
    const at = doc.lexicon.grammar.articles.has(doc.tokens[j + 1]?.lower ?? '') ? j + 2 : j + 1; // "von den USA"
    const m = actor(mentions.find((x) => x.first === at && x.last < k - 1));
    if (m) return m;
  }
  // Before the noun, over lowercase words: "Myanmar's army's coup", "the Turkish offensive", "die russische
  // Offensive", "Russlands Angriffskrieg", "die von Trump verhängten Sanktionen".
  for (let j = k - 1; j >= Math.max(s.first, k - 5); j--) {
    const m = mentions.find((x) => x.last === j);
    if (m) {
      // English names modify nouns directly ("the US deployment"); German prenominal genitives end in -s ("Russlands Angriff").
      const prenominal = possessive(doc, m) || m.kind === 'adjective' || m.kind === 'prefix'
        || (doc.language === 'en' ? j === k - 1 : /s$/.test(doc.tokens[j].lower));
      if (prenominal) return actor(m);
      break;
    }
    const w = doc.tokens[j];
    if (!startsLower(w.text) || prepositions.has(w.lower) || nounPhraseOpeners.has(w.lower)) break;
  }
  // After the noun: a German genitive ("die Offensive der Türkei"), or an agent phrase ("the invasion of
  // Ukraine by Russia", "Angriffe durch Israel").
  for (let j = k + 1, gap = 0; j < s.last && gap < 7; j++, gap++) {
    const m = mentions.find((x) => x.first === j);
    if (m) {
      const prev = doc.tokens[j - 1].lower;
      // Only genitive articles and adjectives between: "gegen die" matches the adjective shape but is no genitive.
      const genitiveWord = (w: string) => genitiveArticles.has(w) || (doc.lexicon.shapes.inflectedAdjective.test(w) && !prepositions.has(w) && !nounPhraseOpeners.has(w));
      const genitive = doc.language === 'de' && doc.tokens.slice(k + 1, j).every((t) => genitiveWord(t.lower));
      if (genitive || agentPrepositions.has(prev) || (doc.lexicon.grammar.articles.has(prev) && agentPrepositions.has(doc.tokens[j - 2]?.lower ?? ''))) return actor(m);
      j = m.last;
      continue;
    }
    if (/^[.;:!?,]$/.test(doc.tokens[j].text)) return undefined;
  }
  return undefined;
}

// "Russia launched the offensive", "Tokyo, which made the first move": a verb that only carries the noun, just
// before it, makes the actor right before the verb (or the antecedent of a relative pronoun there) its agent.
function carrierSubject(doc: Doc, k: number, mentions: readonly Mention[]): Mention | undefined {
  const { lightVerbs, decisionVerbs, relativePronouns } = doc.lexicon.grammar;
  const first = doc.sentences[doc.sentenceOf[k]].first;
  let v = k - 1;
  while (v > Math.max(first, k - 4) && !(lightVerbs.has(doc.tokens[v].lower) || decisionVerbs.has(doc.tokens[v].lower))) v--;
  if (!(lightVerbs.has(doc.tokens[v]?.lower ?? '') || decisionVerbs.has(doc.tokens[v]?.lower ?? ''))) return undefined;
  const actor = (m: Mention) => !m.implicit && !m.inRole && m.type !== 'Location';
  const subject = mentions.find((m) => m.last < v && m.last >= v - 2 && actor(m) && !doc.tokens.slice(m.last + 1, v).some((t) => /^\p{P}$/u.test(t.text)));
  if (subject) return subject;
  if (!relativePronouns.has(doc.tokens[v - 1]?.lower ?? '') || doc.tokens[v - 2]?.text !== ',') return undefined;
  return mentions.find((m) => m.last === v - 3 && actor(m));
}

/** The agent of an act of the same kind the article named before: the latest with an agent in its phrase, else the latest act of its type. */
function recalledAgent(doc: Doc, k: number, mentions: readonly Mention[], earlier: readonly Act[], found: readonly Found[]): string[] | undefined {
  const act = actNounAt(doc, k)!;
  const s = doc.sentenceOf[k];
  for (let j = doc.sentences[s].first - 1; j >= 0; j--) {
    if (actNounAt(doc, j) !== act) continue;
    const agent = phraseAgent(doc, j, mentions) ?? carrierSubject(doc, j, mentions);
    if (agent) return [officeOf(agent.key, mentions)];
  }
  if (!act.type) return undefined;
  const recent = [...earlier.flatMap((a) => a.found), ...found.filter((f) => f.cue < k)]
    .filter((f) => f.type === act.type && s - doc.sentenceOf[f.cue] <= ACT_WINDOW && f.sources.length);
  return recent[recent.length - 1]?.sources.map((key) => officeOf(key, mentions));
}

// The agent of an act named with its noun ("die von Trump in Kraft gesetzten Sanktionen") or recalled from
// sentences back is the state a person holds office for, when the article names that state itself (an office
// no mention stands for has no entity to point to).
function officeOf(key: string, mentions: readonly Mention[]): string {
  const office = mentions.find((m) => m.key === key && m.type === 'Person' && m.office)?.office;
  return office && mentions.some((m) => m.key === office && !m.implicit) ? office : key;
}

const possessive = (doc: Doc, m: Mention): boolean => isPossessive(doc.tokens[m.last]);
