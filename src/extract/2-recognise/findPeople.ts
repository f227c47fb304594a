// People named with an office ("NATO-Generalsekretär Mark Rutte", "Russian Deputy Foreign
// Minister Sergei Ryabkov", "seinem französischen Kollegen Emmanuel Macron"), and what they represent:
// the compound prefix, the country or organisation right before the title, a genitive after it,
// or the known person's office in the gazetteer.
import { officeAt, type Gazetteer, type RoleTitle } from '../../gazetteer/gazetteer.ts';
import type { Doc } from '../types.ts';
import type { Mention } from '../../text/mention.ts';
import { isNameWord, nameSpan, slug, ROLE_PREFIXES } from '../grammar/names.ts';
import { readSharedGrammar } from '../../data/lexiconFiles.ts';
import { startsLower, startsUpper, type Token } from '../../text/tokenize.ts';

export interface PeopleFound {
  /** The mentions given, as copies: people among them now carry their role and office, what a title
   * names is marked as named in a role. */
  known: Mention[];
  /** People named by pattern after a title, and what they represent when no known mention names it. */
  added: Mention[];
}

export function findPeople(doc: Doc, gaz: Gazetteer, given: readonly Mention[]): PeopleFound {
  const known = given.map((m) => ({ ...m }));
  const byToken = new Map<number, Mention>();
  for (const m of known) for (let i = m.first; i <= m.last; i++) if (!byToken.has(i)) byToken.set(i, m);
  const found: Mention[] = [];
  for (let i = 0; i < doc.tokens.length; i++) {
    const role = roleAt(doc.tokens, i, gaz.roles);
    if (!role) continue;
    if (role.title.office && distributeRoles(doc, i, role, byToken, found)) continue;
    const person = personAfter(doc, role.last + 1, byToken, found) ?? personBefore(doc, i, role, byToken, found);
    if (!person) continue;
    const represented = role.title.office ? representedBy(doc, i, role, person, byToken, gaz) : undefined;
    person.role = role.text;
    person.roleToken = i;
    if (represented) {
      person.represents = represented.key;
      represented.inRole = true;
      if (!known.includes(represented) && !found.includes(represented)) found.push(represented);
    }
  }
  for (const m of [...known, ...found]) {
    // The office held on the article's date: Rutte is the Netherlands' in 2023, NATO's in 2025.
    const office = m.type === 'Person' ? officeAt(gaz.byId.get(m.key), doc.article.publishedAt) : undefined;
    if (office && !m.represents && m.roleToken !== undefined) m.represents = office;
    if (m.type === 'Person') m.office = m.represents ?? office;
  }
  return { known, added: found };
}

interface RoleHit { title: RoleTitle; last: number; text: string; prefix: string }

// A title is a whole word sequence, or the tail of a compound ("US-Verteidigungsminister",
// "Bundesaußenminister"), in any German case ending ("Sondergesandten", "Generals").
export function roleAt(tokens: Token[], i: number, roles: RoleTitle[]): RoleHit | undefined {
  const idx = roleIndex(roles);
  const t = tokens[i];
  for (const { title, lastForms } of idx.multi.get(t.lower) ?? []) {
    const n = title.words.length;
    const ok = title.words.slice(1, -1).every((w, k) => tokens[i + 1 + k]?.lower === w);
    const lastTok = tokens[i + n - 1];
    if (ok && lastTok && lastForms.has(lastTok.lower)) {
      return { title, last: i + n - 1, text: tokens.slice(i, i + n).map((x) => x.text).join(' '), prefix: '' };
    }
  }
  const exact = idx.single.get(t.lower);
  if (exact) return { title: exact, last: i, text: t.text, prefix: '' };
  if (t.lower.length < 6 || !startsUpper(t.text)) return undefined;
  const tail = compoundTail(idx, t.lower);
  return tail ? { title: tail.title, last: i, text: t.text, prefix: t.lower.slice(0, tail.at) } : undefined;
}

interface RoleIndex {
  single: Map<string, RoleTitle>;
  /** Multi-word titles by first word, longest first, with the inflected forms of their last word. */
  multi: Map<string, Array<{ title: RoleTitle; lastForms: Set<string> }>>;
  /** Memo: a word's longest known title tail and where it starts, or null. */
  tails: Map<string, { title: RoleTitle; at: number } | null>;
}

// Longest known tail first: "bundesaußenminister" → "außenminister" before "minister".
function compoundTail(idx: RoleIndex, lower: string): { title: RoleTitle; at: number } | null {
  let hit = idx.tails.get(lower);
  if (hit !== undefined) return hit;
  hit = null;
  for (let k = 1; k <= lower.length - 5 && !hit; k++) {
    const title = idx.single.get(lower.slice(k));
    if (title) hit = { title, at: k };
  }
  if (idx.tails.size < 200_000) idx.tails.set(lower, hit);
  return hit;
}

const INDEXES = new WeakMap<RoleTitle[], RoleIndex>();

function roleIndex(roles: RoleTitle[]): RoleIndex {
  let idx = INDEXES.get(roles);
  if (!idx) {
    idx = { single: new Map(), multi: new Map(), tails: new Map() };
    for (const title of roles) {
      if (title.words.length === 1) {
        for (const form of inflections(title.words[0])) if (!idx.single.has(form)) idx.single.set(form, title);
      } else {
        const entry = { title, lastForms: new Set(inflections(title.words[title.words.length - 1])) };
        idx.multi.set(title.words[0], [...(idx.multi.get(title.words[0]) ?? []), entry]);
      }
    }
    for (const list of idx.multi.values()) list.sort((a, b) => b.title.words.length - a.title.words.length);
    INDEXES.set(roles, idx);
  }
  return idx;
}

// Every title in every case ending (data/grammar/shared.yaml): "Sondergesandten", "Generals", "Ministerin".
function inflections(title: string): string[] {
  const { titleEndings, titleStemEndings } = readSharedGrammar();
  const stemEnd = titleStemEndings.words.find((e) => title.endsWith(e));
  const out: string[] = [];
  for (const stem of [title, stemEnd ? title.slice(0, -stemEnd.length) : title]) {
    for (const end of titleEndings.words) out.push(stem + end);
  }
  return out;
}

function personAfter(doc: Doc, i: number, byToken: Map<number, Mention>, found: Mention[]): Mention | undefined {
  const { tokens } = doc;
  const { skipBeforeName, prepositionsBeforeName } = doc.lexicon.grammar;
  const skip = (w: string) => w === '.' || w === ',' || skipBeforeName.has(w);
  const sentence = doc.sentenceOf[i - 1];
  // Skip an honorific, a genitive ("des US-Außenministeriums") or "to Ireland," before the name.
  for (let j = i, skipped = 0; j < tokens.length && skipped <= 6 && doc.sentenceOf[j] === sentence; j++, skipped++) {
    const m = byToken.get(j);
    if (m?.type === 'Person') return m;
    if (m) continue;
    if (skip(tokens[j].lower)) continue;
    const span = nameSpan(tokens, j, 4, (k) => byToken.has(k));
    if (span && !(span[0] === span[1] && isCommonNoun(doc, span[0]))) return namedPerson(doc, span, byToken, found);
    // Only a short place phrase may stand between the title and the name.
    if (!prepositionsBeforeName.has(tokens[j].lower) && (j > i + 1 || startsLower(tokens[j].text))) return undefined;
  }
  return undefined;
}

/** A person named by pattern over the token span, recorded so no later title takes the same words. */
function namedPerson(doc: Doc, span: [number, number], byToken: Map<number, Mention>, found: Mention[]): Mention {
  const { tokens } = doc;
  const surface = doc.article.text.slice(tokens[span[0]].start, tokens[span[1]].end).replace(/['’]s$/, '');
  const mention: Mention = {
    sentence: doc.sentenceOf[span[0]], first: span[0], last: span[1], start: tokens[span[0]].start, end: tokens[span[0]].start + surface.length,
    surface, key: `person:${slug(surface)}`, name: surface, type: 'Person', kind: 'pattern',
  };
  found.push(mention);
  for (let k = span[0]; k <= span[1]; k++) byToken.set(k, mention);
  return mention;
}

// "Nicolás Maduro, Venezuela's socialist president, ...", "Jens Stoltenberg, heute norwegischer Finanzminister,":
// when no name follows a title, an apposition closed by a comma or the sentence's end gives the office of the
// name before it. Between that name's comma and the title stand only the country, modifiers and a time adverb;
// a name found by pattern needs two words, so a capitalised sentence opener ("Meanwhile,") is never taken.
function personBefore(doc: Doc, i: number, role: RoleHit, byToken: Map<number, Mention>, found: Mention[]): Mention | undefined {
  const { tokens, sentenceOf } = doc;
  const { appositionAdverbs, appositionEnds } = doc.lexicon.grammar;
  const next = tokens[role.last + 1];
  if (next && sentenceOf[role.last + 1] === sentenceOf[i] && !appositionEnds.has(next.text)) return undefined;
  let comma = i - 1;
  for (; comma >= 0 && i - comma <= 5 && sentenceOf[comma] === sentenceOf[i]; comma--) {
    const t = tokens[comma];
    if (t.text === ',') break;
    const m = byToken.get(comma);
    if (m && m.type !== 'Person' && m.type !== 'Location') continue;
    if (m || !(appositionAdverbs.has(t.lower) || isTitleModifier(doc, t.text))) return undefined;
  }
  const end = comma - 1;
  if (tokens[comma]?.text !== ',' || end < 0 || sentenceOf[end] !== sentenceOf[i]) return undefined;
  const known = byToken.get(end);
  if (known) return known.type === 'Person' && known.last === end ? known : undefined;
  let start = end;
  while (start > 0 && end - start < 3 && sentenceOf[start - 1] === sentenceOf[i] && isNameWord(tokens[start - 1]) && !byToken.has(start - 1)) start--;
  const span = nameSpan(tokens, start, 4, (k) => byToken.has(k));
  return span && span[1] === end && span[0] < end ? namedPerson(doc, span, byToken, found) : undefined;
}

// "die Regierungschefs Ungarns und Sloweniens, Viktor Orbán und Janez Janša", "the prime ministers of Hungary
// and Slovakia, Viktor Orban and Robert Fico": a title shared by two states and two people, in order.
function distributeRoles(doc: Doc, i: number, role: RoleHit, byToken: Map<number, Mention>, found: Mention[]): boolean {
  const { tokens } = doc;
  const { listConjunctions } = doc.lexicon.grammar;
  const s = doc.sentenceOf[i];
  const joined = (a: number, b: number) => b - a === 2 && listConjunctions.has(tokens[a + 1].lower) && tokens[a + 1].text !== ',';
  let j = role.last + 1;
  if (doc.language === 'en' && tokens[j]?.lower === 'of') j++;
  const a = byToken.get(j);
  const b = a ? byToken.get(a.last + 2) : undefined;
  if (!a || !b || a === b || !joined(a.last, b.first) || ![a, b].every((m) => m.type === 'Country' || m.type === 'Organization')) return false;
  j = b.last + 1;
  if (tokens[j]?.text === ',') j++;
  const first = personAt(doc, j, byToken, found);
  const second = first && joined(first.last, first.last + 2) ? personAt(doc, first.last + 2, byToken, found) : undefined;
  if (!first || !second || doc.sentenceOf[second.last] !== s) return false;
  // The states stay actors: named in their own right, they act with their leaders ("Unterstützung von den
  // Regierungschefs Ungarns und Sloweniens, …" is Hungary's and Slovenia's too).
  for (const [person, state] of [[first, a], [second, b]] as const) {
    person.role = role.text;
    person.roleToken = i;
    person.represents = state.key;
  }
  return true;
}

// A person starting at token j: a known mention, or a name by pattern.
function personAt(doc: Doc, j: number, byToken: Map<number, Mention>, found: Mention[]): Mention | undefined {
  const m = byToken.get(j);
  if (m) return m.type === 'Person' && m.first === j ? m : undefined;
  const span = nameSpan(doc.tokens, j, 4, (k) => byToken.has(k));
  return span && span[1] > span[0] ? namedPerson(doc, span, byToken, found) : undefined;
}

// A lone capitalised German word after a title is usually a noun ("Präsident Regierung"), not
// a surname, unless the next word is lowercase (a verb) or punctuation.
function isCommonNoun(doc: Doc, i: number): boolean {
  const next = doc.tokens[i + 1];
  if (!next) return false;
  return doc.language === 'de' && startsUpper(next.text) && doc.sentenceOf[i + 1] === doc.sentenceOf[i];
}

// "Sprecher des US-Außenministeriums": a national body stands for its country.
function nationalBody(doc: Doc, m: Mention, gaz: Gazetteer): Mention {
  const country = gaz.byId.get(m.key)?.country;
  const e = country ? gaz.byId.get(country) : undefined;
  if (e) m.inRole = true;
  return e ? { ...m, key: e.id, name: e.name, type: e.type, implicit: true } : m;
}

/** A word that may stand between a country and its title: "seinem französischen", "Deputy Foreign", "socialist". */
function isTitleModifier(doc: Doc, text: string): boolean {
  const { modifierGap, notModifierGap } = doc.lexicon.shapes;
  return modifierGap.test(text) && !notModifierGap.test(text);
}

// The state or organisation an owner pronoun before the title at i stands for. "his", "sein": the office of the
// last person with one named up to two sentences back, else the last state; "its", "their": the first state,
// organisation or group since the last comma, else the last one named.
function ownerBefore(doc: Doc, i: number, byToken: Map<number, Mention>, gaz: Gazetteer) {
  const { personOwnerPronouns, bodyOwnerPronouns } = doc.lexicon.grammar;
  const owner = (w: string) => personOwnerPronouns.has(w) || bodyOwnerPronouns.has(w);
  let j = i - 1;
  while (j >= 0 && doc.sentenceOf[j] === doc.sentenceOf[i] && isTitleModifier(doc, doc.tokens[j].text) && !owner(doc.tokens[j].lower)) j--;
  if (j < 0 || !owner(doc.tokens[j].lower)) return undefined;
  const from = doc.sentences[Math.max(0, doc.sentenceOf[i] - 2)].first;
  const bodies = ['Country', 'Organization', 'Group'];
  if (!personOwnerPronouns.has(doc.tokens[j].lower)) {
    // "its" most often stands for the subject: the first body named since the last comma ("Egypt hosted the
    // talks, and Hamas said its spokesman …"; "the PKK demanded that the Turkish government … its leader").
    let start = j;
    while (start > doc.sentences[doc.sentenceOf[i]].first && !/^[,;:]$/.test(doc.tokens[start - 1].text)) start--;
    for (let k = start; k < j; k++) {
      const m = byToken.get(k);
      const e = m && !m.implicit && bodies.includes(m.type) ? gaz.byId.get(m.key) : undefined;
      if (e) return e;
    }
  }
  const wanted = personOwnerPronouns.has(doc.tokens[j].lower) ? [['Person'], ['Country']] : [bodies];
  for (const types of wanted) {
    for (let k = j - 1; k >= from; k--) {
      const m = byToken.get(k);
      if (!m || m.implicit || !types.includes(m.type)) continue;
      const office = m.type === 'Person' ? m.represents ?? officeAt(gaz.byId.get(m.key), doc.article.publishedAt) : m.key;
      const e = office ? gaz.byId.get(office) : undefined;
      if (e) return e;
    }
  }
  return undefined;
}

const DOTTED_ABBREVIATION = /^(?:\p{Lu}\.)+\p{Lu}$/u;

function representedBy(doc: Doc, i: number, role: RoleHit, person: Mention, byToken: Map<number, Mention>, gaz: Gazetteer): Mention | undefined {
  // 1. The compound's own head: "NATO-Generalsekretär", "US-Präsident".
  const inToken = [...byToken.values()].find((m) => m.first === i && m.kind === 'prefix' && m.type !== 'Person');
  if (inToken) return inToken;
  // 2. "Bundesaußenminister" → Germany: the title's own `implies` (roles.json), else a known prefix.
  const prefixId = role.title.impliesId ?? Object.entries(ROLE_PREFIXES).find(([p]) => role.prefix.startsWith(p))?.[1];
  if (prefixId && gaz.byId.get(prefixId)) {
    const e = gaz.byId.get(prefixId)!;
    return { ...person, key: e.id, name: e.name, type: e.type, kind: 'prefix', implicit: true, surface: doc.tokens[i].text.slice(0, role.prefix.length) };
  }
  // 3. Right before the title: "Russlands Präsident", "seinem französischen Kollegen", "Chinas Staats- und Parteichef";
  //    only modifiers may stand between (lexicon.shapes.modifierGap, built from data/grammar/<language>.yaml).
  for (let j = i - 1; j >= Math.max(0, i - 4) && doc.sentenceOf[j] === doc.sentenceOf[i]; j--) {
    const m = byToken.get(j);
    if (m && m.type !== 'Person' && m.type !== 'Location') return nationalBody(doc, m, gaz);
    // The closing dot of "U.S." is its own token: "U.S. Ambassador John Sullivan".
    if (doc.tokens[j].text === '.' && DOTTED_ABBREVIATION.test(doc.tokens[j - 1]?.text ?? '')) continue;
    if (!isTitleModifier(doc, doc.tokens[j].text)) break;
  }
  // 4. A genitive after the title: "Sprecher des US-Außenministeriums Matthew Miller".
  for (let j = role.last + 1; j < person.first; j++) {
    const m = byToken.get(j);
    if (m && m.type !== 'Person' && m.type !== 'Location' && !doc.lexicon.grammar.notGenitiveAfter.has(doc.tokens[j - 1]?.lower ?? '')) return nationalBody(doc, m, gaz);
  }
  // 5. The known person's office on the article's date.
  const office = officeAt(gaz.byId.get(person.key), doc.article.publishedAt);
  const of = office ? gaz.byId.get(office) : undefined;
  if (of) return { ...person, key: of.id, name: of.name, type: of.type, kind: 'prefix', implicit: true, surface: of.name, inRole: true };
  // 6. "his finance minister, Hong Nam-ki", "sein Außenminister": an owner pronoun before the title (over
  //    modifiers) gives the office of the person named shortly before, or the state itself.
  const owner = ownerBefore(doc, i, byToken, gaz);
  if (owner) return { ...person, key: owner.id, name: owner.name, type: owner.type, kind: 'prefix', implicit: true, surface: owner.name, inRole: true };
  return undefined;
}
