// Passive voice: "Canada was threatened by Russia", "Die Ukraine wurde von Russland angegriffen".
// The by-phrase holds the agent; the grammatical subject is the patient. Auxiliaries, agent prepositions
// and articles: data/grammar/<language>.yaml.
import type { Doc } from '../types.ts';
import { clauseOf } from './clauses.ts';
import { startsUpper } from '../../text/tokenize.ts';
import { eligibleSource, type Actor } from './actors.ts';
import { governedBy } from './phrases.ts';

/**
 * English: a form of "be" right before the cue ("was threatened", "were being"), or a participle the
 * by-phrase follows at once ("the sanctions imposed by the EU on Russia", "Kyiv attacked by Russia");
 * German: "werden" anywhere in the clause.
 */
export function isPassive(doc: Doc, i: number): boolean {
  const { passiveAuxiliaries: aux, agentPrepositions } = doc.lexicon.grammar;
  if (doc.language === 'en') return auxiliaryBefore(doc, i) || (agentPrepositions.has(doc.tokens[i + 1]?.lower ?? '') && namedAfter(doc, i + 2));
  const [from, to] = clauseOf(doc, i);
  return doc.tokens.slice(from, to).some((t) => aux.has(t.lower));
}

/** [agents, patients] of a passive cue. English without a by-phrase names no agent, so no act. */
export function passiveArgs(doc: Doc, i: number, inClause: Actor[], subject: Actor[], objects: Actor[]): [Actor[], Actor[]] {
  const by = inClause.find((a) => (doc.language !== 'en' || a.first > i) && agentPhrase(doc, a) && eligibleSource(a));
  if (!by) return doc.language === 'en' ? [[], []] : [subject, objects];
  const other = (a: Actor) => a !== by && !by.keys.some((k) => a.keys.includes(k));
  // A participle without "be" qualifies the word before it: "Kyiv attacked by Russia" has its patient there;
  // in "the EU criticised the sanctions imposed by the US" the EU is the subject of another verb.
  const reduced = doc.language === 'en' && !auxiliaryBefore(doc, i);
  let patient = [...subject, ...objects].filter((a) => other(a) && (!reduced || a.last === i - 1));
  // "The sanctions imposed by the EU on Russia": no patient before the agent, so the one after it.
  // ("hosted by the Ambassador of Morocco": an actor the agent phrase goes on to name is no patient.)
  // Only a phrase right after the agent's: "imposed by the EU on Russia", not "by the US drew criticism from Germany".
  if (!patient.length) patient = inClause.filter((a) => a.first > by.last && other(a) && eligibleSource(a) && governedBy(doc, a.first, doc.lexicon.grammar.prepositions)
    && doc.tokens.slice(by.last + 1, a.first).every((t) => doc.lexicon.grammar.prepositions.has(t.lower) || doc.lexicon.grammar.articles.has(t.lower)));
  return [[by], patient.slice(0, 1)];
}

// "is providing", "were sending" are progressive, not passive: a present participle is never the passive's.
function auxiliaryBefore(doc: Doc, i: number): boolean {
  const aux = doc.lexicon.grammar.passiveAuxiliaries;
  if (/\p{L}{2}ing$/u.test(doc.tokens[i].lower)) return false;
  return aux.has(doc.tokens[i - 1]?.lower ?? '') || aux.has(doc.tokens[i - 2]?.lower ?? '');
}

// "by Russia", "by the army", "by Prime Minister Anwar Ibrahim": the agent preposition before the actor or its title.
function agentPhrase(doc: Doc, a: Actor): boolean {
  const { agentPrepositions, articles } = doc.lexicon.grammar;
  // A title stands between the preposition and the name: walk back over its capitalised words.
  let first = a.first;
  if (a.mention?.roleToken !== undefined) while (first > a.first - 4 && startsUpper(doc.tokens[first - 1]?.text ?? '')) first--;
  const prev = doc.tokens[first - 1]?.lower ?? '';
  return agentPrepositions.has(prev) || (articles.has(prev) && agentPrepositions.has(doc.tokens[first - 2]?.lower ?? ''));
}

// "by the EU", "by Russia": a name follows the agent preposition, not a manner ("retaliated by striking").
function namedAfter(doc: Doc, j: number): boolean {
  const t = doc.lexicon.grammar.articles.has(doc.tokens[j]?.lower ?? '') ? doc.tokens[j + 1] : doc.tokens[j];
  return t !== undefined && startsUpper(t.text);
}
