// Nominal cues: "Russlands Unterstützung für Nordkorea", "EU-Sanktionen gegen den Iran",
// "der Großangriff der Hamas auf Israel", "Russia's attack on Ukraine", "Kooperation zwischen
// Russland und Nordkorea". Source: agent phrase, possessor or compound head, genitive, else the
// clause subject; target: the actor after a target preposition, else a following genitive.
import type { NounRule } from '../lexicon.ts';
import type { Doc, Found } from '../types.ts';
import type { Mention } from '../../text/mention.ts';
import { actorGroup, actorsIn, demonstrativeActor, mediatedParties, militaryActor, type Actor, type SentenceActors } from '../grammar/actors.ts';
import { clauseOf, isBoundary } from '../grammar/clauses.ts';
import { controllerFor } from '../grammar/infinitives.ts';
import { startsUpper, startsLower } from '../../text/tokenize.ts';
import { articleOrAdjective, clauseWordFor, wordBefore } from '../grammar/phrases.ts';

/** The noun-cued acts of sentence s, given the acts already found there (a cue word is read once). */
export function relateNouns(doc: Doc, s: number, actors: SentenceActors, mentions: Mention[], earlier: readonly Found[]): Found[] {
  const sent = doc.sentences[s];
  const found = [...earlier];
  const added: Found[] = [];
  for (let i = sent.first; i < sent.last; i++) {
    const t = doc.tokens[i];
    const head = t.lower.includes('-') ? t.lower.slice(t.lower.lastIndexOf('-') + 1) : t.lower;
    const rules = head ? doc.lexicon.nounsFor(head) : [];
    if (!rules.length) continue;
    if (doc.language === 'de' && !startsUpper(t.text)) continue;
    if (found.some((f) => f.cue === i || f.requiredAt === i)) continue;
    // The first rule whose arguments the sentence gives wins ("Beziehungen zwischen X und Y", else "gute Beziehungen zu Y").
    for (const rule of rules) {
      const hit = applyNoun(doc, rule, i, actors, mentions, found);
      if (hit) { found.push(hit); added.push(hit); break; }
    }
  }
  return added;
}

function applyNoun(doc: Doc, rule: NounRule, i: number, actors: SentenceActors, mentions: Mention[], found: readonly Found[]): Found | undefined {
  if (rule.modifiers && !doc.tokens.slice(Math.max(0, i - 2), i).some((t) => rule.modifiers!.includes(t.lower))) return undefined;
  const [from, to] = clauseOf(doc, i);
  const receiving = clauseWordFor(doc, doc.lexicon.grammar.receiveVerbs, i, from, to);
  const after = scanAfter(doc, rule, i, actors, receiving);
  const reciprocal = rule.direction === 'reciprocal';
  const base = { type: rule.type, cue: i, rule: rule.id, reciprocal };
  if (rule.mediates) return mediation(doc, rule, i, actors, mentions, after, base);
  // "Gefechte zwischen X und Y", "clashes between X and Y": each side acts against the other.
  if (after.between && rule.direction === 'mutual') return { ...base, sources: [...after.between], targets: [], mutual: true, confidence: doc.lexicon.confidence.nounBetween };
  if (after.between) return { ...base, sources: [after.between[0]], targets: [after.between[1]], confidence: doc.lexicon.confidence.nounBetween };
  if (rule.requiresBetween) return undefined;
  // "Dodik erhält Unterstützung von Ungarn", "Haftar received support from Russia": the giver acts, the subject receives.
  if (after.giver) {
    const receiver = after.targets.length ? after.targets : actorsIn(actors, from, to).find((a) => a.first < i && !a.keys.some((k) => after.giver!.includes(k)) && !governedByPreposition(doc, actors, a))?.keys ?? [];
    const targets = receiver.filter((k) => !after.giver!.includes(k));
    return targets.length ? { ...base, sources: after.giver, targets, confidence: doc.lexicon.confidence.nounWithAgent } : undefined;
  }
  const possessor = possessorOf(doc, i, actors);
  let targets = after.targets;
  let sources: string[] = after.agent ?? [];
  if (!sources.length && possessor) sources = possessor.keys;
  if (after.genitive) {
    if (!sources.length && (targets.length || rule.genitive === 'agent')) sources = after.genitive;
    else if (!targets.length && rule.genitive === 'patient') targets = after.genitive;
  }
  let confidence = sources.length ? doc.lexicon.confidence.nounWithAgent : doc.lexicon.confidence.nounWithoutAgent;
  let claimant: string | undefined;
  // "unter UN-Sanktionen stehen": the clause subject is the one sanctioned.
  if (!targets.length && rule.subjectIsTarget.includes(doc.tokens[i - 1]?.lower ?? '')) {
    const subj = actorsIn(actors, from, i).find((a) => !a.keys.some((k) => sources.includes(k)));
    if (subj) targets = subj.keys;
  }
  const asked = requested(doc, i, from, to);
  const controller = sources.length ? undefined : controllerFor(doc, found, i) ?? accusationAround(doc, found, i);
  const framed = sources.length || controller || !targets.length ? undefined : frameSubject(doc, i, actors, targets);
  if (framed) {
    sources = framed.subject.keys;
    targets = framed.targets;
  } else if (controller) {
    // "warnte Russland vor einem Einmarsch in die Ukraine": the warned party is the agent.
    sources = [controller.subject];
    claimant = controller.claimant;
  } else if (!sources.length && !endedAct(doc, i) && !asked && (rule.subjectFallback || !targets.length || clauseWordFor(doc, doc.lexicon.grammar.lightVerbs, i, from, to))) {
    // "Russia launched an offensive against Ukraine", "hatte eine Offensive gegen die Kurden begonnen": a verb that
    // only carries the noun (a light verb) makes the clause subject its agent, also for
    // nouns that otherwise take none.
    const subject = actorsIn(actors, from, i).find((a) => a.types.some((t) => t !== 'Location') && !a.keys.some((k) => targets.includes(k)) && !governedByPreposition(doc, actors, a));
    const group = subject && reciprocal ? actorGroup(doc, actors, subject, i) : subject ? [subject] : undefined;
    const fallback = group ? { keys: group.flatMap((a) => a.keys) } : demonstrativeActor(doc, from, mentions) ?? militaryActor(doc, actors, i);
    if (fallback) sources = [...new Set(fallback.keys)];
  }
  targets = targets.filter((k) => !sources.includes(k));
  if (!sources.length || (!targets.length && !(reciprocal && sources.length > 1))) return undefined;
  if (rule.requiresTarget && !after.targets.length && !after.genitive) return undefined;
  // "called for EU sanctions on Russia": a demanded act has not happened.
  const polarity = asked ? { polarity: 'hypothetical' as const } : {};
  return { ...base, sources, targets, claimant, confidence, ...polarity, ...(rule.direction === 'mutual' ? { mutual: true } : {}) };
}

// "Qatar's mediation between Israel and Hamas", "unter Vermittlung Katars": the mediator (possessor, genitive or
// clause subject) consults each party — those after "between", else the article's salient pair.
function mediation(doc: Doc, rule: NounRule, i: number, actors: SentenceActors, mentions: Mention[], after: After, base: Omit<Found, 'sources' | 'targets' | 'confidence'>): Found | undefined {
  const [from] = clauseOf(doc, i);
  const mediator = possessorOf(doc, i, actors)?.keys ?? after.genitive ?? after.agent
    ?? actorsIn(actors, from, i).find((a) => a.types.some((t) => t !== 'Location') && !governedByPreposition(doc, actors, a))?.keys;
  if (!mediator?.length) return undefined;
  const parties = after.between ? [...after.between] : mediatedParties(doc, i, mentions, mediator);
  const targets = (parties ?? []).filter((k) => !mediator.includes(k));
  return targets.length ? { ...base, sources: mediator, targets, confidence: doc.lexicon.confidence.nounWithAgent } : undefined;
}

// "During a meeting with X, Y said", "Bei einem Treffen mit X sagte Y": a noun in a phrase opening the sentence
// is the act of the main clause's subject — in English the first actor after the phrase's comma, in German
// (verb second, no comma) the first actor after the phrase's own actors that no preposition governs.
function frameSubject(doc: Doc, i: number, actors: SentenceActors, targets: readonly string[]): { subject: Actor; targets: string[] } | undefined {
  const s = doc.sentences[doc.sentenceOf[i]];
  let j = i - 1;
  while (j >= s.first && j > i - 4 && startsLower(doc.tokens[j].text) && !doc.lexicon.grammar.framePrepositions.has(doc.tokens[j].lower)) j--;
  const opener = doc.tokens[j];
  if (!opener || !doc.lexicon.grammar.framePrepositions.has(opener.lower) || j !== s.first) return undefined;
  let comma = i + 1;
  while (comma < s.last && doc.tokens[comma].text !== ',') comma++;
  if (doc.language === 'en' && comma >= s.last) return undefined;
  const start = doc.language === 'en' ? comma + 1 : i + 1;
  // "a meeting with Macron, Scholz said": the comma closes the phrase, so what follows it is no second partner.
  const inPhrase = doc.language === 'en' ? actorsIn(actors, i + 1, comma).flatMap((a) => a.keys) : [...targets];
  const own = targets.filter((k) => inPhrase.includes(k));
  const subject = actorsIn(actors, start, s.last).find((a) => a.first >= start && !a.keys.some((k) => own.includes(k))
    && a.types.some((t) => t !== 'Location') && !governedByPreposition(doc, actors, a, doc.language === 'de'));
  return subject && own.length ? { subject, targets: own } : undefined;
}

// "forderte Sanktionen gegen Russland", "called for sanctions on Russia": the noun is what a verb of demand asks for,
// so the one demanding is not its agent (in German the verb may close the clause).
function requested(doc: Doc, i: number, from: number, to: number): boolean {
  const end = doc.language === 'de' ? to : i;
  for (let j = from; j < end; j++) if (j !== i && doc.lexicon.verbsFor(doc.tokens[j].lower).some((r) => r.type === 'REQUEST')) return true;
  return false;
}

// "forderte ein Ende der Sanktionen", "called for an end to sanctions": up to three words back, a noun of ending.
function endedAct(doc: Doc, i: number): boolean {
  const first = doc.sentences[doc.sentenceOf[i]].first;
  for (let j = i - 1; j >= Math.max(first, i - 3); j--) if (doc.lexicon.grammar.cessationNouns.has(doc.tokens[j].lower)) return true;
  return false;
}

// "Inmitten der Spannungen zwischen Griechenland und der Türkei wird sich Frankreich an einem Manöver beteiligen":
// an actor inside a prepositional phrase is not the clause's subject.
// So is the second of two actors joined after one ("zwischen Griechenland und der Türkei").
function governedByPreposition(doc: Doc, actors: SentenceActors, a: Actor, throughLists = true): boolean {
  const { prepositions, listConjunctions } = doc.lexicon.grammar;
  const joins = (w: string) => throughLists && (listConjunctions.has(w) || w === ',');
  const j = wordBefore(doc, a.first, (w) => !prepositions.has(w) && !joins(w) && articleOrAdjective(doc, w));
  if (j < 0) return false;
  if (prepositions.has(doc.tokens[j].lower)) return true;
  if (!joins(doc.tokens[j].lower)) return false;
  const before = actors.all.find((x) => x.last === j - 1);
  return before !== undefined && before !== a && governedByPreposition(doc, actors, before);
}

// "NATO wirft Russland Unterstützung für Nordkorea vor": inside the accusation the accused acts.
// German puts the verb last ("hat Serbien vor einem Angriff gewarnt"), so there the cue may follow the noun.
function accusationAround(doc: Doc, found: readonly Found[], i: number) {
  const f = found.find((x) => x.controls && (x.cue < i || doc.language === 'de') && doc.sentenceOf[x.cue] === doc.sentenceOf[i]);
  return f?.controls;
}


// Actor right before the noun or inside it: "Russlands Unterstützung", "russischen Angriffskrieg",
// "Russia's unprovoked attack", "EU-Sanktionen".
function possessorOf(doc: Doc, i: number, actors: SentenceActors): Actor | undefined {
  const inToken = actors.all.find((a) => a.first === i && a.last === i);
  if (inToken) return inToken;
  for (let j = i - 1, gap = 0; j >= 0 && gap <= 5; j--, gap++) {
    const a = actors.all.find((x) => x.last === j);
    if (a) return a.types.includes('Location') ? undefined : a;
    const t = doc.tokens[j];
    if (isBoundary(doc, j) || !(startsLower(t.text) || /^["„“”'»«]$/.test(t.text))) return undefined;
    // "sprachen über den Krieg": a preposition between actor and noun means the actor is no possessor;
    // so does an article ("Russia condemned the attack", "die Ukraine hat die Angriffe ...").
    if (doc.lexicon.grammar.prepositions.has(t.lower) || doc.lexicon.grammar.nounPhraseOpeners.has(t.lower)) return undefined;
    // "Die Ukraine forderte mehr Sanktionen": German verbs are lowercase too; a cue verb ends the noun phrase.
    if (doc.lexicon.verbsFor(t.lower).length) return undefined;
  }
  return undefined;
}

interface After {
  targets: string[];
  /** After a verb of receiving: the party after "von"/"from", who gives. */
  giver?: string[];
  agent?: string[];
  genitive?: string[];
  between?: [string, string];
}

function scanAfter(doc: Doc, rule: NounRule, i: number, actors: SentenceActors, receiving: boolean): After {
  const { receivedFromPrepositions } = doc.lexicon.grammar;
  const out: After = { targets: [] };
  const s = doc.sentences[doc.sentenceOf[i]];
  let prep: string | undefined;
  let prepSeen = false;
  let inside = -1; // the last token of the actor just read: "Ghassem Soleimani" is one actor, not a stray name
  for (let j = i + 1, gap = 0; j < s.last && gap <= 9; j++, gap++) {
    if (j <= inside) continue;
    const t = doc.tokens[j];
    const a = actors.at.get(j)?.[0];
    if (a) {
      inside = a.last;
      const limit = clauseOf(doc, j)[1] + 12;
      const keys = actorGroup(doc, actors, a, Math.min(limit, s.last)).flatMap((x) => x.keys);
      if (prep && rule.between.includes(prep)) {
        if (keys.length >= 2) out.between = [keys[0], keys[1]];
        return out;
      }
      if (prep && receiving && receivedFromPrepositions.has(prep)) { out.giver = keys; prep = undefined; continue; }
      if (prep && rule.agent.includes(prep)) { out.agent = keys; prep = undefined; continue; }
      // "Offensive in der Ukraine" names a country; "Luftangriff in Bagdad" only a place — unless the rule's
      // targets are places: where forces are ("US-Truppen in Nordsyrien") or exercises held ("Manöver im Mittelmeer").
      const placeTarget = a.types.includes('Country') || !!rule.targetTypes?.includes('Location');
      if (prep && rule.target.includes(prep) && !(doc.lexicon.grammar.insidePrepositions.has(prep) && !placeTarget)) {
        if (!rule.targetTypes || a.types.some((t) => rule.targetTypes!.includes(t))) out.targets = keys;
        return out;
      }
      // "die Stationierung amerikanischer Raketen": a nationality right after the noun opens its genitive.
      const adjectiveGenitive = doc.language === 'de' && a.mention?.kind === 'adjective' && j === i + 1;
      if (!prepSeen && !out.genitive && (adjectiveGenitive || (a.mention?.kind !== 'adjective' && isGenitive(doc, i, j, a)))) { out.genitive = keys; continue; }
      if (prep) return out;
      continue;
    }
    if (/^[.;:!?]$/.test(t.text) || (t.text === ',' && !prep)) return out;
    const fromGiver = receiving && receivedFromPrepositions.has(t.lower);
    if (fromGiver || rule.target.includes(t.lower) || rule.agent.includes(t.lower) || rule.between.includes(t.lower)) {
      if (!prepSeen && gap > rule.targetWithin && rule.target.includes(t.lower)) return out;
      prep = t.lower; prepSeen = true; continue;
    }
    if (doc.lexicon.nounGap.has(t.lower) || startsLower(t.text) || /^["„“”'»«]$/.test(t.text)) continue;
    if (prep) continue; // "gegen regionale Partner wie Südkorea": nouns between preposition and actor
    if (startsUpper(t.text) && gap > 3) return out;
  }
  return out;
}

// "Unterstützung Russlands", "Großangriff der Hamas", "Tötung des iranischen Generals Soleimani"
// (a title in the genitive before a person); "invasion of Ukraine" is handled as a preposition.
function isGenitive(doc: Doc, i: number, j: number, a: Actor): boolean {
  if (doc.language !== 'de') return false;
  const role = a.mention?.roleToken;
  const between = doc.tokens.slice(i + 1, j).filter((_, k) => role === undefined || i + 1 + k < role).map((t) => t.lower);
  const { genitiveArticles } = doc.lexicon.grammar;
  const { inflectedAdjective } = doc.lexicon.shapes;
  return between.every((w) => genitiveArticles.has(w) || inflectedAdjective.test(w)) && between.length <= 3;
}
