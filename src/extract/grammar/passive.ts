// Passive voice: "Canada was threatened by Russia", "Die Ukraine wurde von Russland angegriffen".
// The by-phrase holds the agent; the grammatical subject is the patient.
import type { Doc } from '../types.ts';
import { clauseOf } from './clauses.ts';
import { eligibleSource, type Actor } from './actors.ts';

const BE = new Set(['was', 'were', 'been', 'is', 'are', 'being', 'be']);
const WERDEN = new Set(['wurde', 'wurden', 'worden', 'wird', 'werden', 'geworden']);
const AGENT = new Set(['by', 'von', 'vom', 'durch']);
const ARTICLE = /^(der|die|den|dem|des|einem|einer|einen|the)$/;

export function isPassive(doc: Doc, i: number): boolean {
  if (doc.language === 'en') return BE.has(doc.tokens[i - 1]?.lower ?? '') || BE.has(doc.tokens[i - 2]?.lower ?? '');
  const [from, to] = clauseOf(doc, i);
  return doc.tokens.slice(from, to).some((t) => WERDEN.has(t.lower));
}

/** [agents, patients] of a passive cue. English without a by-phrase names no agent, so no act. */
export function passiveArgs(doc: Doc, i: number, inClause: Actor[], subject: Actor[], objects: Actor[]): [Actor[], Actor[]] {
  const by = inClause.find((a) => (doc.language !== 'en' || a.first > i) && agentPhrase(doc, a) && eligibleSource(a));
  if (!by) return doc.language === 'en' ? [[], []] : [subject, objects];
  const patient = [...subject, ...objects].filter((a) => a !== by && !by.keys.some((k) => a.keys.includes(k)));
  return [[by], patient.slice(0, 1)];
}

function agentPhrase(doc: Doc, a: Actor): boolean {
  const prev = doc.tokens[a.first - 1]?.lower ?? '';
  return AGENT.has(prev) || (ARTICLE.test(prev) && AGENT.has(doc.tokens[a.first - 2]?.lower ?? ''));
}
