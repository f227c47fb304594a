// The actors of one sentence: named mentions, plus what pronouns, "beide Länder" and
// demonstratives stand for. Relation rules pick sources and targets from this list.
import type { Doc, Speaker } from '../types.ts';
import type { Mention } from '../../text/mention.ts';
import { clauseOf } from './clauses.ts';
import { isPossessive } from '../../text/tokenize.ts';
import { endsSourcePhrase, phraseAt, WEEKDAY_WORDS, wordWithinTwo } from './phrases.ts';

export interface Actor {
  first: number;
  last: number;
  /** Entity keys: one, or two for "both countries". */
  keys: string[];
  types: string[];
  mention?: Mention;
  /** Filled in by anaphora, not named here. */
  inferred?: boolean;
}

export interface SentenceActors {
  all: Actor[];
  /** Actors by token index of their first token. */
  at: Map<number, Actor[]>;
}


/** `mentions`: all of the article's, in text order; only those before a token stand for its anaphora. */
export function sentenceActors(doc: Doc, s: number, own: Mention[], mentions: Mention[], speakers: Set<Mention>, reported: readonly Speaker[] = []): SentenceActors {
  const sent = doc.sentences[s];
  const all: Actor[] = own
    .filter((m) => !m.inRole && !m.implicit && !m.platform && !m.dateline && !speakers.has(m) && !inParentheses(doc, m))
    .map((m) => officeHolderFor(doc, m, mentions) ?? { first: m.first, last: m.last, keys: [m.key], types: [m.type], mention: m });
  for (let i = sent.first; i < sent.last; i++) {
    const pair = pairAt(doc, i, mentions) ?? groupAt(doc, i, mentions, own) ?? descriptorAt(doc, i, mentions, own);
    if (pair) { all.push(pair); i = pair.last; continue; }
    const lower = doc.tokens[i].lower;
    const ownCountry = ownCountryAt(doc, i, mentions);
    if (ownCountry) { all.push(ownCountry); i = ownCountry.last; continue; }
    if (doc.lexicon.anaphora.firstPersonSingular.has(lower)) {
      const me = reported.find((sp) => sp.from <= i && i < sp.to && sp.mention)?.mention;
      if (me?.type === 'Person') all.push({ first: i, last: i, keys: [me.key], types: ['Person'], inferred: true });
      continue;
    }
    if (doc.lexicon.anaphora.firstPersonPlural.has(lower)) {
      const we = speakerEntity(reported.find((sp) => sp.from <= i && i < sp.to && sp.mention), mentions);
      if (we) all.push({ first: i, last: i, keys: [we.key], types: [we.type], inferred: true });
      continue;
    }
    const reporter = reporterPronounAt(doc, i, own);
    if (reporter) { all.push(reporter); continue; }
    if (doc.lexicon.anaphora.personPronouns.has(lower)) {
      const p = lastBefore(mentions, i, (m) => m.type === 'Person' && !m.implicit);
      if (p) all.push({ first: i, last: i, keys: [p.key], types: ['Person'], inferred: true });
    }
  }
  all.sort((a, b) => a.first - b.first);
  const at = new Map<number, Actor[]>();
  for (const a of all) at.set(a.first, [...(at.get(a.first) ?? []), a]);
  return { all, at };
}

// "Heiko Maas (SPD)": a parenthesised name is an aside, not a party to the act.
function inParentheses(doc: Doc, m: Mention): boolean {
  return doc.tokens[m.first - 1]?.text === '(' && doc.tokens[m.last + 1]?.text === ')';
}

function lastBefore(mentions: Mention[], i: number, ok: (m: Mention) => boolean): Mention | undefined {
  let best: Mention | undefined;
  for (const m of mentions) {
    if (m.first >= i) break; // in text order: the rest lie after i
    if (m.last < i && ok(m)) best = m;
  }
  return best;
}

// "Macron flew to Beijing. The French president urged China …": a nationality before an office noun with no name
// after it is the person named up to REFERENCE_WINDOW sentences back who holds that office for that state.
function officeHolderFor(doc: Doc, m: Mention, mentions: Mention[]): Actor | undefined {
  if (m.type !== 'Country' || m.kind !== 'adjective') return undefined;
  const k = wordWithinTwo(doc, m.last, doc.lexicon.grammar.officeNouns);
  if (k === undefined || mentions.some((x) => x.type === 'Person' && x.first > m.last && x.first <= m.last + k + 2)) return undefined;
  const holder = lastBefore(mentions, m.first, (x) => x.type === 'Person' && !x.implicit && (x.office ?? x.represents) === m.key
    && x.sentence >= m.sentence - REFERENCE_WINDOW);
  return holder ? { first: m.first, last: m.last + k, keys: [holder.key], types: ['Person'], mention: m, inferred: true } : undefined;
}

// "China said it would …", "NATO announced that it will …", "Russland erklärte, es werde …": a pronoun opening
// what a state or organisation is reported to say is that state or organisation (the first actor of the
// sentence before the reporting verb). Persons are left to the person pronouns.
function reporterPronounAt(doc: Doc, i: number, own: Mention[]): Actor | undefined {
  if (!doc.lexicon.grammar.reportedSubjectPronouns.has(doc.tokens[i].lower)) return undefined;
  // Back over a comma, "that", and a weekday ("announced Wednesday it would …", "said on Tuesday it had …").
  let j = i - 1;
  const skip = (k: number) => doc.tokens[k].text === ',' || doc.lexicon.grammar.complementizers.has(doc.tokens[k].lower)
    || WEEKDAY_WORDS.has(doc.tokens[k].lower) || WEEKDAY_WORDS.has(doc.tokens[k + 1]?.lower ?? '');
  while (j >= 0 && i - j <= 4 && skip(j)) j--;
  if (j < 0 || !doc.lexicon.reporting.verbs.has(doc.tokens[j].lower)) return undefined;
  const first = doc.sentences[doc.sentenceOf[i]].first;
  const speaker = own.find((m) => m.first >= first && m.last < j && !m.inRole && !m.implicit && (m.type === 'Country' || m.type === 'Organization' || m.type === 'Group'));
  return speaker ? { first: i, last: i, keys: [speaker.key], types: [speaker.type], inferred: true } : undefined;
}

// "beide Länder", "the two countries": the last coordinated pair named before, else the last two.
function pairAt(doc: Doc, i: number, mentions: Mention[]): Actor | undefined {
  for (const { words, types } of doc.lexicon.anaphora.pairs.get(doc.tokens[i].lower) ?? []) {
    if (!phraseAt(doc, i, words)) continue;
    // A state named with its leader's title ("Chinas Staatschef Xi und Russlands Präsident Putin") is one of the sides too.
    const ok = (m: Mention) => types.includes(m.type) && !m.implicit && (!m.inRole || m.type !== 'Person') && m.last < i && !namedAsSource(doc, m);
    const before = mentions.filter((m) => ok(m) && m.sentence >= doc.sentenceOf[i] - 3);
    const keys = salientPair(doc, before, mentions.filter(ok)) ?? lastTwo(before);
    if (keys) return { first: i, last: i + words.length - 1, keys, types, inferred: true };
  }
  return undefined;
}

/** The two parties a mediator at token i stands between: the article's salient pair among the states,
 *  organisations and groups named up to REFERENCE_WINDOW sentences back, the mediator's own keys left out
 *  ("Deutschland versucht, in dem Streit zu vermitteln" after "Griechenland und die Türkei …"). */
export function mediatedParties(doc: Doc, i: number, mentions: Mention[], mediators: readonly string[]): string[] | undefined {
  const types = ['Country', 'Organization', 'Group'];
  const ok = (m: Mention) => types.includes(m.type) && !m.implicit && !m.inRole && m.last < i && !mediators.includes(m.key) && !namedAsSource(doc, m);
  const parties = mentions.filter(ok);
  return salientPair(doc, parties.filter((m) => m.sentence >= doc.sentenceOf[i] - REFERENCE_WINDOW), parties);
}

// A speaker saying "we" speaks for the state or organisation they hold office for, or for themselves as a state.
// The office counts only where the article names that state or organisation (else it has no entity).
function speakerEntity(sp: Speaker | undefined, mentions: Mention[]): { key: string; type: string } | undefined {
  const m = sp?.mention;
  if (!m) return undefined;
  if (m.type !== 'Person') return { key: m.key, type: m.type };
  const office = m.office ?? m.represents;
  const named = office ? mentions.find((x) => x.key === office) : undefined;
  return named ? { key: named.key, type: named.type } : undefined;
}

/** "sein Land", "his country": the office of the last person named before it in the sentence, else the last state. */
function ownCountryAt(doc: Doc, i: number, mentions: Mention[]): Actor | undefined {
  for (const { words } of doc.lexicon.anaphora.ownCountry.get(doc.tokens[i].lower) ?? []) {
    if (!phraseAt(doc, i, words)) continue;
    const s = doc.sentenceOf[i];
    const owner = lastBefore(mentions, i, (m) => m.sentence === s && !m.implicit && ((m.type === 'Person' && (m.office ?? m.represents) !== undefined) || m.type === 'Country'));
    const key = owner?.type === 'Person' ? owner.office ?? owner.represents : owner?.key;
    if (key) return { first: i, last: i + words.length - 1, keys: [key], types: ['Country'], inferred: true };
  }
  return undefined;
}

// "laut Xinhua", "laut der amtlichen Nachrichtenagentur Xinhua", "according to Reuters": a source named
// for a claim (up to three words after the source preposition) is not one of the parties.
function namedAsSource(doc: Doc, m: Mention): boolean {
  const start = doc.sentences[m.sentence].first;
  for (let end = m.first - 1; end >= Math.max(start, m.first - 4); end--) {
    if (endsSourcePhrase(doc, end)) return true;
    if (/^[,;:.]$/.test(doc.tokens[end].lower)) return false;
  }
  return false;
}

// How far back a phrase standing for named actors looks: its own sentence and the two before it.
const REFERENCE_WINDOW = 2;

// An anaphoric phrase names no one when a name follows it ("die Länder Saudi-Arabien und Bahrain",
// "the president, Emmanuel Macron") or when the phrase names a place ("die Regierung in Bagdad").
function namedRightAfter(doc: Doc, own: Mention[], last: number): boolean {
  return own.some((m) => m.first === last + 1 || (m.first === last + 2 && doc.tokens[last + 1].text === ','));
}

/** "die Länder", "the three countries": the last list of two or more parties named shortly before. */
function groupAt(doc: Doc, i: number, mentions: Mention[], own: Mention[]): Actor | undefined {
  for (const { words, types } of doc.lexicon.anaphora.groups.get(doc.tokens[i].lower) ?? []) {
    if (!phraseAt(doc, i, words)) continue;
    const last = i + words.length - 1;
    if (namedRightAfter(doc, own, last)) return undefined;
    const ok = (m: Mention) => types.includes(m.type) && !m.implicit && !m.inRole && m.last < i && !namedAsSource(doc, m);
    const before = mentions.filter((m) => ok(m) && m.sentence >= doc.sentenceOf[i] - REFERENCE_WINDOW);
    const keys = lastList(doc, before);
    if (keys) return { first: i, last, keys, types, inferred: true };
  }
  return undefined;
}

// The latest run of mentions joined only by list words ("Saudi-Arabien, Bahrain, die VAE und ...").
function lastList(doc: Doc, ms: Mention[]): string[] | undefined {
  const { listGlue, listConjunctions } = doc.lexicon.grammar;
  for (let end = ms.length - 1; end > 0; end--) {
    const keys = [ms[end].key];
    let k = end;
    while (k > 0) {
      const a = ms[k - 1], b = ms[k];
      const glue = doc.tokens.slice(a.last + 1, b.first);
      const aside = (t: number) => doc.tokens[t - 1]?.text === '(' || doc.tokens[t + 1]?.text === ')' || doc.tokens[t].text === '(' || doc.tokens[t].text === ')';
      const joins = glue.length > 0 && glue.length <= 4 && glue.every((t, n) => listGlue.has(t.lower) || aside(a.last + 1 + n)) && glue.some((t) => listConjunctions.has(t.lower));
      if (!joins || a.sentence !== b.sentence) break;
      if (!keys.includes(a.key)) keys.unshift(a.key);
      k--;
    }
    if (keys.length >= 2) return keys;
  }
  return undefined;
}

/** "der Präsident", "the alliance", "das Land": the last actor of the phrase's types named shortly before. */
function descriptorAt(doc: Doc, i: number, mentions: Mention[], own: Mention[]): Actor | undefined {
  for (const { words, types } of doc.lexicon.anaphora.descriptors.get(doc.tokens[i].lower) ?? []) {
    if (!phraseAt(doc, i, words)) continue;
    const last = i + words.length - 1;
    if (namedRightAfter(doc, own, last)) return undefined;
    // Only in subject position: no actor before it in its clause ("Russland kritisierte die Regierung" is not anaphora).
    const [from] = clauseOf(doc, i);
    if (own.some((m) => m.first >= from && m.first < i)) return undefined;
    const person = types.includes('Person');
    const m = lastBefore(mentions, i, (x) => types.includes(x.type) && !x.implicit && !x.inRole
      && x.sentence >= doc.sentenceOf[i] - REFERENCE_WINDOW && (!person || x.role !== undefined || x.office !== undefined));
    if (m) return { first: i, last, keys: [m.key], types: [m.type], inferred: true };
  }
  return undefined;
}

// The sides of "both sides" are the article's parties, not whichever pair was named last: "Thailand,
// Cambodia agree to truce … with Washington and Beijing sending envoys … both sides accused each other".
// Candidates are the pairs coordinated in the window and in the headline (where a comma coordinates too);
// the pair whose less-named side the article has named most so far wins, the latest on a tie.
function salientPair(doc: Doc, window: Mention[], sofar: Mention[]): string[] | undefined {
  const counts = new Map<string, number>();
  for (const m of sofar) counts.set(m.key, (counts.get(m.key) ?? 0) + 1);
  const headline = sofar.filter((m) => m.sentence === 0 && !window.includes(m));
  const candidates = [...coordinatedPairs(doc, headline, true), ...coordinatedPairs(doc, window, false)];
  let best: string[] | undefined;
  let bestScore = 0;
  for (const pair of candidates) {
    const score = Math.min(counts.get(pair[0]) ?? 0, counts.get(pair[1]) ?? 0);
    if (score >= bestScore) { best = pair; bestScore = score; }
  }
  return best;
}

function coordinatedPairs(doc: Doc, ms: Mention[], commaJoins: boolean): string[][] {
  const pairs: string[][] = [];
  for (let k = 1; k < ms.length; k++) {
    const a = ms[k - 1], b = ms[k];
    const glue = doc.tokens.slice(a.last + 1, b.first).map((t) => t.lower);
    const joins = glue.some((g) => g === 'und' || g === 'and') || (commaJoins && glue.length === 1 && glue[0] === ',');
    if (a.key !== b.key && a.sentence === b.sentence && glue.length <= 2 && joins) pairs.push([a.key, b.key]);
  }
  return pairs;
}

function lastTwo(ms: Mention[]): string[] | undefined {
  const keys: string[] = [];
  for (let k = ms.length - 1; k >= 0 && keys.length < 2; k--) if (!keys.includes(ms[k].key)) keys.push(ms[k].key);
  return keys.length === 2 ? keys.reverse() : undefined;
}

/**
 * The actor at `start` and those coordinated with it ("Südkorea und Japan sowie gegen Europa"). Within
 * `limit` (the clause) any conjunction or comma joins; a list may also run on past the clause limit over
 * commas ("mit den Außenministern Chinas, der Türkei und Saudi-Arabiens"), but only when a conjunction
 * closes it, so "met Y, Z said" does not make the speaker Z a party.
 */
export function actorGroup(doc: Doc, actors: SentenceActors, start: Actor, limit: number): Actor[] {
  const { listGlue, listConjunctions } = doc.lexicon.grammar;
  const sentenceEnd = doc.sentences[doc.sentenceOf[start.first]].last;
  const isGlue = (j: number) => listGlue.has(doc.tokens[j].lower) || (doc.tokens[j - 1]?.text === '(' && doc.tokens[j + 1]?.text === ')');
  const group = [start];
  let inside = 1; // members within the limit
  let closed = false; // the last member past the limit was joined by a conjunction, not a comma
  let cur = start;
  for (;;) {
    let j = cur.last + 1;
    // "Sudan's army and the RSF", "die russischen Truppen und die Ukraine": a nationality's forces are the member.
    if ((cur.mention?.kind === 'adjective' || isPossessive(doc.tokens[cur.last])) && doc.lexicon.grammar.militaryNouns.has(doc.tokens[j]?.lower ?? '')) j++;
    let joined = false;
    let conjunction = false;
    while (j < sentenceEnd && isGlue(j)) {
      const word = doc.tokens[j].lower;
      if (listConjunctions.has(word)) { joined = true; if (word !== ',') conjunction = true; }
      j++;
    }
    const next = actors.at.get(j)?.[0] ?? (joined ? titledPersonAt(actors, j) : undefined);
    if (!joined || !next) break;
    // "… to a force in Liberia, Defence Minister Pierre Joxe said": the speaker after a comma is no member
    // ("China and the Solomons confirmed" is a list).
    if (!conjunction && doc.lexicon.reporting.verbs.has(doc.tokens[next.last + 1]?.lower ?? '')) break;
    group.push(next);
    if (j < limit) inside = group.length;
    else closed = conjunction;
    cur = next;
  }
  return closed ? group : group.slice(0, inside);
}

/**
 * A list that opens before the clause of its last members: "A, B, C und D verurteilten X" finds the
 * subject "C und D" in the verb's clause; the comma-joined A and B before it belong to the same list when
 * a conjunction closes it ("C und D", or "D und andere Staaten").
 */
export function withListBefore(doc: Doc, actors: SentenceActors, group: Actor[]): Actor[] {
  const { listGlue, listConjunctions } = doc.lexicon.grammar;
  const isConjunction = (j: number) => doc.tokens[j]?.text !== ',' && listConjunctions.has(doc.tokens[j]?.lower ?? '');
  const last = group[group.length - 1];
  // "die Vereinigten Arabischen Emirate (VAE) und andere": an aside in parentheses may stand before the conjunction.
  let after = last.last + 1;
  if (doc.tokens[after]?.text === '(') {
    const close = doc.tokens.slice(after, after + 6).findIndex((t) => t.text === ')');
    if (close > 0) after += close + 1;
  }
  const closed = isConjunction(after) || group.slice(1).some((a, k) => doc.tokens.slice(group[k].last + 1, a.first).some((_, m) => isConjunction(group[k].last + 1 + m)));
  if (!closed) return group;
  const sentenceStart = doc.sentences[doc.sentenceOf[group[0].first]].first;
  const before: Actor[] = [];
  let first = group[0].first;
  for (;;) {
    let j = first - 1;
    let comma = false;
    while (j >= sentenceStart && listGlue.has(doc.tokens[j].lower) && doc.tokens[j].text !== ')') {
      if (doc.tokens[j].text === ',') comma = true;
      j--;
    }
    // "Vereinigte Arabische Emirate (VAE)": an aside in parentheses after a member is skipped.
    if (j >= sentenceStart && doc.tokens[j].text === ')') {
      const open = doc.tokens.slice(sentenceStart, j).map((t) => t.text).lastIndexOf('(');
      if (open >= 0) { j = sentenceStart + open - 1; while (j >= sentenceStart && doc.tokens[j].text === ',') { comma = true; j--; } }
    }
    const prev = actors.all.find((a) => a.last === j);
    if (!comma || !prev || prev.types.every((t) => t === 'Location')) break;
    before.unshift(prev);
    first = prev.first;
  }
  return before.length ? [...before, ...group] : group;
}

// "Maas und sein französischer Kollege Le Drian": a person introduced by a title right after the conjunction.
function titledPersonAt(actors: SentenceActors, j: number): Actor | undefined {
  return actors.all.find((a) => a.mention?.roleToken !== undefined && a.mention.roleToken >= j && a.mention.roleToken - j <= 3 && a.first > j && a.first - j <= 6);
}

/** Places do not act: "in Kyiv" is no subject. */
export const eligibleSource = (a: Actor): boolean => !a.types.every((t) => t === 'Location');

export function actorsIn(actors: SentenceActors, from: number, to: number): Actor[] {
  return actors.all.filter((a) => a.first >= from && a.last < to);
}

/** "nordkoreanische Soldaten": a nationality before a military noun acts as the force. */
export function militaryActor(doc: Doc, actors: SentenceActors, before: number): Actor | undefined {
  const { militaryNouns } = doc.lexicon.grammar;
  return actors.all.find((a) => a.last < before && a.mention?.kind === 'adjective' && militaryNouns.has(doc.tokens[a.last + 1]?.lower ?? ''));
}

/** What "Dies", "Sie", "This" at the start of a clause stand for: the last actor named before. */
export function demonstrativeActor(doc: Doc, i: number, mentions: Mention[]): Actor | undefined {
  const lower = doc.tokens[i].lower;
  if (!doc.lexicon.anaphora.demonstratives.has(lower)) return undefined;
  const s = doc.sentenceOf[i];
  // "Japan and South Korea held talks. They agreed …": a plural pronoun is the list just named.
  if (doc.lexicon.grammar.pluralPronouns.has(lower)) {
    const named = mentions.filter((m) => m.sentence === s - 1 && !m.inRole && !m.implicit && m.type !== 'Location');
    const keys = lastList(doc, named);
    if (keys) return { first: i, last: i, keys, types: [...new Set(named.filter((m) => keys.includes(m.key)).map((m) => m.type))], inferred: true };
  }
  const prev = mentions.filter((m) => m.sentence === s - 1 && !m.inRole && !m.implicit && m.type !== 'Location' && m.type !== 'Person');
  const m = prev[prev.length - 1];
  return m ? { first: i, last: i, keys: [m.key], types: [m.type], inferred: true } : undefined;
}
