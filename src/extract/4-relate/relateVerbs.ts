// Verb cues: "NATO wirft Russland ... vor", "Die USA haben China gebeten", "Russia threatened Canada".
// Subject: the first actor of the clause (or, German inversion, the first after the verb; or the
// person a pronoun stands for). Object: the next actor, after an object preposition if the rule
// names one. A zu-/to-infinitive after an accusation takes the accused as its subject.
import type { CueRule } from '../lexicon.ts';
import type { Act, Doc, Found } from '../types.ts';
import type { Mention } from '../../text/mention.ts';
import { actorGroup, actorsIn, demonstrativeActor, eligibleSource, mediatedParties, withListBefore, type Actor, type SentenceActors } from '../grammar/actors.ts';
import { clauseOf, endsClause } from '../grammar/clauses.ts';
import { controllerFor, isInfinitive, isParticipleAdjunct, matrixSubject } from '../grammar/infinitives.ts';
import { isPassive, passiveArgs } from '../grammar/passive.ts';
import { relativeSubject, resumedSubject } from '../grammar/relatives.ts';
import { actAgentObjects, actNounAt, actObjectOf } from '../grammar/actNouns.ts';
import { isPossessive, startsLower, startsUpper } from '../../text/tokenize.ts';
import { phraseAt, articleOrAdjective, DAY_WORDS, governedBy, wordBefore, wordWithinTwo } from '../grammar/phrases.ts';


/** The verb-cued acts of sentence s, in text order; `earlier`: the acts of the sentences before. */
export function relateVerbs(doc: Doc, s: number, actors: SentenceActors, mentions: Mention[], earlier: readonly Act[] = []): Found[] {
  const sent = doc.sentences[s];
  const found: Found[] = [];
  for (let i = sent.first; i < sent.last; i++) {
    const t = doc.tokens[i];
    const rules = doc.lexicon.verbsFor(t.lower);
    if (!rules.length) continue;
    // German nouns are capitalised; a capitalised "Treffen" mid-sentence is not the verb.
    if (doc.language === 'de' && startsUpper(t.text) && i !== sent.first) continue;
    // Opening the sentence, a word that is a noun cue ("Unterstützung kommt von …") is read as that noun.
    if (doc.language === 'de' && i === sent.first && doc.lexicon.nounsFor(t.lower).length) continue;
    // English nouns and verbs share forms; after "the", "amid", "its" the word is a noun.
    if (doc.lexicon.nounMarkers.has(doc.tokens[i - 1]?.lower ?? '') || modifiedNoun(doc, i, mentions) || possessedNoun(doc, i) || receivedThing(doc, i)) continue;
    // "would prohibit all aid to Y": the noun an earlier verb required is read with that verb, not as a verb.
    if (found.some((f) => f.requiredAt === i)) continue;
    for (const rule of rules) {
      const hit = rule.reversed ? applyReversed(doc, rule, i, actors, mentions, earlier, found) : applyVerb(doc, rule, i, actors, mentions, found, earlier);
      if (hit) {
        found.push(hit);
        // The pledger acts, and so does the party whose support is pledged, as the pledger states it.
        if (hit.pledgedBy?.length) found.push({ ...hit, sources: hit.pledgedBy, pledgedBy: undefined, claimant: hit.claimant ?? hit.sources[0], controls: undefined });
        break;
      }
    }
  }
  return found;
}

// "Russia's \"reckless and unprovoked attack\"", "its brutal war": a possessive before the word
// (over adjectives, quotes, "and") makes it a noun.
function possessedNoun(doc: Doc, i: number): boolean {
  if (doc.language !== 'en') return false;
  const { possessives, nounConjunctions } = doc.lexicon.grammar;
  const { adjective } = doc.lexicon.shapes;
  const first = doc.sentences[doc.sentenceOf[i]].first;
  for (let j = i - 1; j >= Math.max(first, i - 5); j--) {
    const t = doc.tokens[j];
    if (isPossessive(t) || possessives.has(t.lower)) return true;
    if (doc.lexicon.nounMarkers.has(t.lower)) return true;
    if (!(/^["“”']$/.test(t.text) || nounConjunctions.has(t.lower) || t.lower === ',' || adjective.test(t.text))) return false;
  }
  return false;
}

// "called for EU sanctions on Qatar", "demanded US strikes": a name between a noun marker and the word modifies a
// noun. Not after an article: "The United States sanctioned Iran" has its subject there.
function modifiedNoun(doc: Doc, i: number, mentions: Mention[]): boolean {
  if (doc.language !== 'en') return false;
  // Only a modifier's shape: an acronym or a nationality ("the invasion of Ukraine drew …" has a verb there).
  const m = mentions.find((x) => x.last === i - 1 && (x.kind === 'adjective' || /^\p{Lu}{2,}$/u.test(doc.tokens[x.first].text)));
  const marker = doc.tokens[m ? m.first - 1 : -1]?.lower ?? '';
  const { nounPhraseOpeners, possessives } = doc.lexicon.grammar;
  return m !== undefined && doc.lexicon.nounMarkers.has(marker) && !nounPhraseOpeners.has(marker) && !possessives.has(marker);
}

// "received military support", "got aid": one or two words after a verb of receiving, the cue is what is received.
function receivedThing(doc: Doc, i: number): boolean {
  if (doc.language !== 'en') return false;
  const first = doc.sentences[doc.sentenceOf[i]].first;
  for (let j = i - 1; j >= Math.max(first, i - 2); j--) {
    const t = doc.tokens[j];
    if (doc.lexicon.grammar.receiveVerbs.has(t.lower)) return true;
    if (!startsLower(t.text)) return false;
  }
  return false;
}

function applyVerb(doc: Doc, rule: CueRule, i: number, actors: SentenceActors, mentions: Mention[], found: Found[], earlier: readonly Act[]): Found | undefined {
  if (rule.notBeforeGerund && /\p{L}ing$/u.test(doc.tokens[i + 1]?.lower ?? '')) return undefined;
  if (wordWithinTwo(doc, i, rule.notBefore) !== undefined) return undefined;
  let [from, to] = clauseOf(doc, i);
  if (rule.particle) {
    const p = findParticle(doc, rule.particle, i, to);
    if (p < 0) return undefined;
    to = p;
  }
  if (rule.notParticle && findParticle(doc, rule.notParticle, i, to) >= 0) return undefined;
  const passive = isPassive(doc, i);
  // English active verbs take their noun after them ("would deny entry" does not take the "aid" before it).
  const requiredFrom = doc.language === 'en' && !passive ? i + 1 : from;
  const required = rule.requires ? requiredWordIn(doc, rule.requires, requiredFrom, clauseOf(doc, i)[1]) : -1;
  if (rule.requires && required < 0) return undefined;
  // "announced it would prohibit all aid": a nearer verb that takes the same noun owns it.
  if (required > i && ownedByNearerVerb(doc, rule, i, required)) return undefined;
  const inClause = actorsIn(actors, from, to);
  const controller = controllerFor(doc, found, i);
  let subject: Actor[] = [];
  let objects: Actor[] = [];
  if (controller) {
    subject = [{ first: i, last: i, keys: [controller.subject], types: [], inferred: true }];
    // English objects follow the infinitive ("to stop arming Taiwan"); German ones precede it ("die Ukraine anzugreifen").
    const first = inClause.find((a) => eligibleSource(a) && (doc.language !== 'en' || a.first > i) && !a.keys.includes(controller.subject));
    objects = first ? actorGroup(doc, actors, first, to) : [];
  } else {
    const before = inClause.filter((a) => a.last < i && eligibleSource(a));
    const demo = demonstrativeActor(doc, from, mentions);
    // "Mubarak said the US must be ready to mediate": in English an actor before the infinitive in its own clause
    // is the subject of the verb that governs it (German puts the infinitive's object there: "die Ukraine zu unterstützen").
    const infinitive = isInfinitive(doc, i);
    // Only an actor opening a clause that a subordinator or reporting verb opens is such a subject ("visited Guyana to meet" has an object there).
    const own = infinitive && doc.language === 'en' && from > doc.sentences[doc.sentenceOf[i]].first && !/^\p{P}$/u.test(doc.tokens[from - 1].text)
      ? before.find((a) => a.first - from <= 1 && !governedBy(doc, a.first, doc.lexicon.grammar.prepositions)) : undefined;
    const matrix = own ?? (infinitive || isParticipleAdjunct(doc, i) ? matrixSubject(doc, actors, from) : undefined);
    // "die in Istanbul mit Russland verhandelt hatten": actors after a preposition are no rival to the relative pronoun.
    const bare = before.filter((a) => !governedBy(doc, a.first, doc.lexicon.grammar.prepositions));
    const relative = matrix || bare.length ? undefined : relativeSubject(doc, actors, from) ?? (before.length ? undefined : resumedSubject(doc, actors, from, mentions));
    // "Macron, Scholz and Draghi traveled to Kyiv to meet Zelensky": the whole subject list.
    if (matrix) subject = matrix.inferred ? [matrix] : withListBefore(doc, actors, actorGroup(doc, actors, matrix, i));
    else if (relative) subject = relative;
    else if (before.length) subject = withListBefore(doc, actors, actorGroup(doc, actors, before[0], i));
    else if (demo) subject = [demo];
    const rest = inClause.filter((a) => !subject.includes(a) && a.first > (subject[subject.length - 1]?.last ?? -1));
    objects = pickObjects(doc, rule, i, rest, actors, to, required);
    if (!subject.length && doc.language === 'de' && objects.length) {
      // Inversion: "Als Reaktion beschoss Israel ... Hisbollah-Ziele".
      subject = [objects[0]];
      const after = rest.filter((a) => a.first > objects[0].last);
      objects = pickObjects(doc, rule, i, after, actors, to, required);
    }
  }
  if (rule.infinitiveObject && !objects.length) objects = infinitiveClauseObject(doc, actors, to);
  if (rule.objectInfinitive && !(objects.length && doc.lexicon.grammar.infinitiveMarkers.has(doc.tokens[objects[objects.length - 1].last + 1]?.lower ?? ''))) return undefined;
  if (rule.requiresCoordinatedSubject && subject.length < 2 && !subject.some((a) => a.keys.length > 1)) return undefined;
  // "Washington und Paris hatten einen Vorschlag ... vorgelegt": the joint act is between the subjects only.
  if (rule.requiresCoordinatedSubject) objects = [];
  if (passive) [subject, objects] = passiveArgs(doc, i, inClause, subject, objects);
  // "X and Y held talks in Malaysia, hosted by Anwar": a participle after a comma qualifies the main clause's subject.
  if (passive && subject.length && !objects.length && doc.language === 'en' && doc.tokens[i - 1]?.text === ',') {
    const main = matrixSubject(doc, actors, from);
    if (main) objects = actorGroup(doc, actors, main, from - 1);
  }
  // "condemned the invasion of Ukraine": the one condemned is the invader, not Ukraine.
  const act = rule.actTarget && !passive ? actObjectOf(doc, i, from, to, mentions) : -1;
  if (act >= 0) objects = actAgentObjects(doc, act, objects, mentions, earlier, found);
  if (rule.sourceTypes && !subject.every((a) => a.types.some((t) => rule.sourceTypes!.includes(t)))) return undefined;
  if (rule.forcesSubject && !(subject.length && subject.every((a) => namesForces(doc, a)))) return undefined;
  if (rule.subjectNouns && !subject.some((a) => wordWithinTwo(doc, a.last, rule.subjectNouns!) !== undefined)) return undefined;
  const sources = unique(subject.flatMap((a) => a.keys));
  let targets = unique(objects.flatMap((a) => targetKeys(a, rule))).filter((k) => !sources.includes(k));
  if (rule.mediates && targets.length < 2) targets = sources.length ? mediatedParties(doc, i, mentions, withOffices(sources, mentions)) ?? [] : [];
  // "Both sides accused each other", "werfen sich gegenseitig vor": the act runs both ways.
  // "Thailand and Cambodia clashed", "clashed with Y": a mutual cue runs both ways without the pronoun.
  const mutual = rule.direction === 'mutual' ? sources.length > 1 || targets.length > 0 : !targets.length && sources.length > 1 && reciprocalPronounIn(doc, i, to);
  const reciprocal = rule.direction === 'reciprocal' || mutual;
  // "met in Washington": a place is where a meeting happens, not a party to it.
  // "met in Malaysia": a country after "in" is the venue, not a party.
  if (reciprocal) targets = targets.filter((k) => !objects.some((a) => a.keys.includes(k) && (!eligibleSource(a) || isVenue(doc, a))));
  if (!sources.length || (!targets.length && !(reciprocal && sources.length > 1))) return undefined;
  if (reciprocal && !targets.length) targets = [];
  // "hosted a summit with Japan and South Korea", "held talks with X and Y": a meeting noun before the parties
  // makes it one meeting of all of them.
  const joint = reciprocal && rule.type === 'CONSULT' && targets.length > 1 && objects.length > 0 && meetingNounBetween(doc, i, objects[0].first);
  const result: Found = {
    type: rule.type, sources, targets, cue: i, rule: rule.id, reciprocal, ...(mutual ? { mutual } : {}), ...(joint ? { joint } : {}),
    confidence: controller ? doc.lexicon.confidence.verbInsideAccusation : doc.lexicon.confidence.verb,
    claimant: controller?.claimant,
  };
  if (required >= 0) {
    result.requiredAt = required;
    const pledger = rule.type === 'SUPPORT' ? pledgedBy(doc, actors, required, targets) : undefined;
    if (pledger && targets.length) result.pledgedBy = unique(pledger).filter((k) => !sources.includes(k));
  }
  if (rule.complement && targets.length && sources.length) result.controls = { subject: targets[0], claimant: sources[0], from: i };
  return result;
}

// "Turkish troops", "Chinese military aircraft", "US-Truppen", "Bundeswehr-Soldaten": an actor naming forces.
// Peacekeepers arriving are protection, not force posture (the peacekeeper noun rules read them).
function namesForces(doc: Doc, a: Actor): boolean {
  const { militaryNouns, peacekeepingModifiers } = doc.lexicon.grammar;
  const own = doc.tokens[a.last].lower;
  if (a.mention?.kind === 'prefix' && militaryNouns.has(own.slice(own.lastIndexOf('-') + 1))) return true;
  const k = wordWithinTwo(doc, a.last, militaryNouns);
  return k !== undefined && !doc.tokens.slice(a.last + 1, a.last + k).some((t) => peacekeepingModifiers.has(t.lower));
}

// "der türkische Präsident Erdogan … vermittelt": a mediator's own state is not a party either.
function withOffices(keys: string[], mentions: Mention[]): string[] {
  const offices = mentions.filter((m) => keys.includes(m.key)).flatMap((m) => [m.office, m.represents]);
  return unique([...keys, ...offices.filter((k): k is string => !!k)]);
}

// "The sanctions imposed by Trump drew criticism from Germany", "In Deutschland stießen die von Trump verhängten
// Sanktionen auf Kritik": the party after the object preposition (anywhere in the clause, as German fronts it)
// criticises the subject, or the agent of the act the subject names.
function applyReversed(doc: Doc, rule: CueRule, i: number, actors: SentenceActors, mentions: Mention[], earlier: readonly Act[], found: Found[]): Found | undefined {
  const [from, to] = clauseOf(doc, i);
  const required = rule.requires ? requiredWordIn(doc, rule.requires, i + 1, to) : -1;
  if (rule.requires && required < 0) return undefined;
  const inClause = actorsIn(actors, from, to);
  // English names the critic after the verb; German may front it ("In Deutschland … stießen …").
  const critic = findPrepBefore(doc, rule.objectPreps ?? [], inClause.filter((a) => doc.language !== 'en' || a.first > i));
  if (!critic) return undefined;
  const critics = actorGroup(doc, actors, critic, to);
  const rest = inClause.filter((a) => !critics.includes(a) && eligibleSource(a));
  let targets: Actor[] = [];
  for (let k = from; k < to && !targets.length; k++) {
    if (k !== i && (doc.language === 'en' || startsUpper(doc.tokens[k].text)) && actNounAt(doc, k)) targets = actAgentObjects(doc, k, [], mentions, earlier, found);
  }
  if (!targets.length) {
    const subject = rest.find((a) => a.first < (doc.language === 'en' ? i : to) && !governedBy(doc, a.first, doc.lexicon.grammar.prepositions));
    targets = subject ? [subject] : [];
  }
  const sources = unique(critics.flatMap((a) => a.keys));
  const keys = unique(targets.flatMap((a) => a.keys)).filter((k) => !sources.includes(k));
  if (!sources.length || !keys.length) return undefined;
  return { type: rule.type, sources, targets: keys, cue: i, rule: rule.id, reciprocal: false, confidence: doc.lexicon.confidence.verb, requiredAt: required };
}

// "Teheran hatte gedroht, Israel zu bestrafen", "weigerte sich, die Erklärung der EU zu unterzeichnen": the
// clause after the comma is a zu-infinitive (its last word is an infinitive after "zu"); its first actor.
function infinitiveClauseObject(doc: Doc, actors: SentenceActors, to: number): Actor[] {
  if (doc.tokens[to]?.text !== ',') return [];
  const end = clauseOf(doc, to + 1)[1];
  let last = end - 1;
  while (last > to && !/[\p{L}]/u.test(doc.tokens[last].text)) last--;
  let marker = last - 1; // 'zu „bestrafen“': quotes may stand between
  while (marker > to && /^["„“”'»«]$/.test(doc.tokens[marker].text)) marker--;
  if (last <= to || !(isInfinitive(doc, last) || doc.lexicon.grammar.infinitiveMarkers.has(doc.tokens[marker].lower))) return [];
  const first = actorsIn(actors, to + 1, end).find((a) => eligibleSource(a));
  return first ? actorGroup(doc, actors, first, end) : [];
}

// How many day words ("today", "on Monday") follow the cue.
function dayWordsAfter(doc: Doc, i: number): number {
  if (DAY_WORDS.has(doc.tokens[i + 1]?.lower ?? '')) return 1;
  if (doc.tokens[i + 1]?.lower === 'on' && DAY_WORDS.has(doc.tokens[i + 2]?.lower ?? '')) return 2;
  return 0;
}

function meetingNounBetween(doc: Doc, i: number, end: number): boolean {
  for (let j = i + 1; j < end; j++) if (doc.lexicon.grammar.jointMeetingNouns.has(doc.tokens[j].lower)) return true;
  return false;
}

function isVenue(doc: Doc, a: Actor): boolean {
  const { insidePrepositions } = doc.lexicon.grammar;
  const j = wordBefore(doc, a.first, (w) => !insidePrepositions.has(w) && doc.lexicon.nounGap.has(w));
  return j >= 0 && insidePrepositions.has(doc.tokens[j].lower);
}

function reciprocalPronounIn(doc: Doc, i: number, to: number): boolean {
  const s = doc.sentences[doc.sentenceOf[i]];
  const phrases = [...doc.lexicon.grammar.reciprocalPronouns].map((p) => p.split(' '));
  // German puts the pronoun anywhere in the clause ("werfen sich gegenseitig vor"); English right after the verb.
  const [from] = clauseOf(doc, i);
  for (let j = doc.language === 'de' ? from : i + 1; j < Math.min(Math.max(to, i + 4), s.last); j++) {
    if (phrases.some((p) => phraseAt(doc, j, p))) return true;
  }
  return false;
}

function ownedByNearerVerb(doc: Doc, rule: CueRule, i: number, required: number): boolean {
  const noun = doc.tokens[required].lower;
  for (let j = i + 1; j < required; j++) {
    if (doc.lexicon.verbsFor(doc.tokens[j].lower).some((r) => r !== rule && r.requires?.includes(noun))) return true;
  }
  return false;
}

/** The token of the first required word in [from, to), or -1. */
function requiredWordIn(doc: Doc, words: string[], from: number, to: number): number {
  for (let j = from; j < to; j++) if (words.includes(doc.tokens[j].lower)) return j;
  return -1;
}

// "sicherte Griechenland die volle Solidarität Deutschlands zu", "assured Greece of Germany's full support": the
// speaker pledges the support of the party named with the noun, who is then the one that acts.
function pledgedBy(doc: Doc, actors: SentenceActors, k: number, targets: readonly string[]): string[] | undefined {
  const { genitiveArticles } = doc.lexicon.grammar;
  const { inflectedAdjective } = doc.lexicon.shapes;
  const ok = (a: Actor | undefined) => a && !a.inferred && a.types.some((t) => t === 'Country' || t === 'Organization') && !a.keys.some((key) => targets.includes(key));
  if (doc.language === 'de') {
    for (let j = k + 1; j <= k + 3 && j < doc.tokens.length; j++) {
      const a = actors.at.get(j)?.[0];
      if (a) return ok(a) && a.mention?.kind !== 'adjective' ? actorGroup(doc, actors, a, doc.sentences[doc.sentenceOf[k]].last).flatMap((x) => x.keys) : undefined;
      if (!genitiveArticles.has(doc.tokens[j].lower) && !inflectedAdjective.test(doc.tokens[j].lower)) return undefined;
    }
    return undefined;
  }
  for (let j = k - 1; j >= Math.max(0, k - 3); j--) {
    const a = actors.all.find((x) => x.last === j);
    if (a) return ok(a) && isPossessive(doc.tokens[j]) ? a.keys : undefined;
    if (!startsLower(doc.tokens[j].text)) return undefined;
  }
  return undefined;
}

// "summoned Niger's ambassador Brah Mohamane": the protest is addressed to Niger.
function targetKeys(a: Actor, rule: CueRule): string[] {
  return rule.targetRepresented && a.mention?.represents ? [a.mention.represents] : a.keys;
}


function pickObjects(doc: Doc, rule: CueRule, i: number, rest: Actor[], actors: SentenceActors, to: number, required = -1): Actor[] {
  const that = rule.thatClause ? thatClauseSubject(doc, i, actors) : undefined;
  if (that) return that;
  if (rule.objectPreps?.length) {
    const prepAt = rest.length ? findPrepBefore(doc, rule.objectPreps, rest) : undefined;
    return prepAt ? actorGroup(doc, actors, namedPlace(doc, prepAt, rest) ?? prepAt, to) : [];
  }
  // "allies will meet to tackle ...": a purpose infinitive after a meeting verb holds no party to the meeting.
  const { infinitiveMarkers, determiners } = doc.lexicon.grammar;
  // "threatened today to impose …", "threatened on Monday to break …": a day between the verb and "to".
  const k = dayWordsAfter(doc, i);
  const toInfinitive = infinitiveMarkers.has(doc.tokens[i + 1 + k]?.lower ?? '');
  if (rule.type === 'CONSULT' && doc.language === 'en' && toInfinitive && !determiners.has(doc.tokens[i + 2 + k]?.lower ?? '')) return [];
  // English objects follow the verb closely ("threatened Canada", "hosted Japanese Prime Minister X").
  // "threatened to cut off electricity to X": an infinitive carries the object further.
  // "approved the sale of F-16 jets to Turkey": after a required noun the object is counted from the noun.
  const reach = toInfinitive ? 14 : 6;
  const base = required > i ? required : i;
  const after = rest.filter((a) => a.first > i && !circumstance(doc, a) && !namesMediator(doc, a) && (doc.language !== 'en' || (a.first - base <= reach && !namesEvent(doc, a))));
  const first = after[0] ?? (doc.language === 'en' ? undefined : rest.find((a) => !circumstance(doc, a) && !namesMediator(doc, a)));
  return first ? actorGroup(doc, actors, possessedHead(doc, first, after) ?? namedPlace(doc, first, after) ?? first, to) : [];
}

// "from the Ethiopian region of Tigray", "in die äthiopische Region Tigray": a nationality before a place noun
// qualifies the place that follows, which is the object (place nouns: data/grammar, placeNouns).
function namedPlace(doc: Doc, a: Actor, after: Actor[]): Actor | undefined {
  if (a.mention?.kind !== 'adjective' || !doc.lexicon.grammar.placeNouns.has(doc.tokens[a.last + 1]?.lower ?? '')) return undefined;
  const at = doc.tokens[a.last + 2]?.lower === 'of' || doc.tokens[a.last + 2]?.lower === 'von' ? a.last + 3 : a.last + 2;
  return after.find((b) => b.first === at);
}

// "accusing Ms Suu Kyi's party NLD", "warned Russia's ally Belarus": a possessor before a relational noun and
// a name modifies the name, which is the object (the nouns: data/grammar/en.yaml, possessedHeadNouns).
function possessedHead(doc: Doc, a: Actor, after: Actor[]): Actor | undefined {
  if (doc.language !== 'en' || !isPossessive(doc.tokens[a.last])) return undefined;
  const next = after.find((b) => b.first > a.last);
  if (!next || next.first - a.last > 3 || !eligibleSource(next)) return undefined;
  const between = doc.tokens.slice(a.last + 1, next.first);
  const noun = between[between.length - 1];
  return noun && doc.lexicon.grammar.possessedHeadNouns.has(noun.lower) && between.every((t) => startsLower(t.text)) ? next : undefined;
}

// "demanded Friday that the United States ...", "forderte, dass Israel ...": the that-clause's
// subject (its first actor, before its verb) is the one asked. Only time words and commas may
// stand between the cue and "that".
function thatClauseSubject(doc: Doc, i: number, actors: SentenceActors): Actor[] | undefined {
  const s = doc.sentences[doc.sentenceOf[i]];
  for (let k = i + 1; k < Math.min(s.last, i + 5); k++) {
    if (actors.at.has(k)) return undefined;
    if (!doc.lexicon.grammar.complementizers.has(doc.tokens[k].lower)) continue;
    const end = clauseOf(doc, k + 1)[1];
    const first = actors.all.find((a) => a.first > k && a.last < end && a.first - k <= 6 && eligibleSource(a));
    return first ? actorGroup(doc, actors, first, end) : undefined;
  }
  return undefined;
}

// "agree to truce after Trump outreach", "trotz Bedenken Polens": an actor in a phrase of time or cause is no object.
function circumstance(doc: Doc, a: Actor): boolean {
  const { circumstancePrepositions } = doc.lexicon.grammar;
  const j = wordBefore(doc, a.first, (w) => !circumstancePrepositions.has(w) && articleOrAdjective(doc, w));
  return j >= 0 && circumstancePrepositions.has(doc.tokens[j].lower);
}

// "einigten sich unter Vermittlung Katars": the mediator after its noun is no party ("agreed to US mediation"
// accepts what the US offers, so a mediator before the noun stays the object).
function namesMediator(doc: Doc, a: Actor): boolean {
  const j = wordBefore(doc, a.first, (w) => doc.lexicon.grammar.genitiveArticles.has(w));
  const k = j >= 0 ? j : a.first - 1;
  return doc.lexicon.nounsFor(doc.tokens[k]?.lower ?? '').some((r) => r.mediates);
}

// "pledge deeper partnership during Moscow visit", "the Geneva talks": a name before an event noun says where, not who.
function namesEvent(doc: Doc, a: Actor): boolean {
  return a.mention?.kind === 'capital' && doc.lexicon.grammar.eventNouns.has(doc.tokens[a.last + 1]?.lower ?? '');
}

// The first actor that stands after one of the prepositions ("mit den Außenministern Chinas").
function findPrepBefore(doc: Doc, preps: string[], rest: Actor[]): Actor | undefined {
  return rest.find((a) => {
    for (let j = a.first - 1; j >= Math.max(0, a.first - 5); j--) {
      const w = doc.tokens[j].lower;
      if (preps.includes(w)) return true;
      if (/^[,;:.]$/.test(w)) return false;
    }
    return false;
  });
}

function findParticle(doc: Doc, particle: string, i: number, to: number): number {
  const s = doc.sentences[doc.sentenceOf[i]];
  for (let j = i + 1; j < s.last; j++) {
    if (doc.tokens[j].lower === particle && endsClause(doc, j)) return j;
    if (j >= to && /^[;:!?]$/.test(doc.tokens[j].text)) break;
  }
  return -1;
}

const unique = (xs: string[]) => [...new Set(xs)];
