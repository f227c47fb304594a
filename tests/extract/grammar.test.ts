// The extraction grammar (src/extract/grammar): phrases, clause limits, infinitives, name shapes, the
// passive, and the actors of a sentence (anaphora, lists). Sentences are our own.
import { describe, expect, it } from 'vitest';
import { endsSourcePhrase, phraseAt } from '../../src/extract/grammar/phrases.ts';
import { clauseOf, endsClause, isBoundary } from '../../src/extract/grammar/clauses.ts';
import { controllerFor, isInfinitive, matrixSubject } from '../../src/extract/grammar/infinitives.ts';
import { isNameWord, nameSpan, slug, ORG_SUFFIXES, ROLE_PREFIXES } from '../../src/extract/grammar/names.ts';
import { isPassive, passiveArgs } from '../../src/extract/grammar/passive.ts';
import {
  actorGroup, actorsIn, demonstrativeActor, eligibleSource, militaryActor, withListBefore,
} from '../../src/extract/grammar/actors.ts';
import { tokenize } from '../../src/text/tokenize.ts';
import type { Found } from '../../src/extract/types.ts';
import { actorAt, analyse } from './stageHelpers.ts';

describe('phrases', () => {
  const a = analyse('Russia attacked Ukraine, according to Reuters.', 'en');
  it('matches a lexicon phrase word by word, lowercased, and not past the text', () => {
    expect(phraseAt(a.doc, a.token('according'), ['according', 'to'])).toBe(true);
    expect(phraseAt(a.doc, a.token('according'), ['according', 'from'])).toBe(false);
    expect(phraseAt(a.doc, a.token('Russia'), ['russia', 'attacked'])).toBe(true);
    expect(phraseAt(a.doc, a.token('.'), ['.', 'and'])).toBe(false);
  });

  it('ends a source phrase at its last word only', () => {
    expect(endsSourcePhrase(a.doc, a.token('to'))).toBe(true);
    expect(endsSourcePhrase(a.doc, a.token('according'))).toBe(false);
    expect(endsSourcePhrase(a.doc, a.token('attacked'))).toBe(false);
    const b = analyse('Laut Reuters griff Russland an.', 'de');
    expect(endsSourcePhrase(b.doc, b.token('Laut'))).toBe(true);
    expect(endsSourcePhrase(b.doc, b.token('griff'))).toBe(false);
  });
});

describe('clause limits', () => {
  it('counts clause punctuation as a boundary, not the full stop', () => {
    const a = analyse('Poland, Hungary; Austria: Italy – Spain — Malta! Greece? Cyprus.', 'en');
    for (const p of [',', ';', ':', '–', '—', '!', '?']) expect(isBoundary(a.doc, a.token(p)), p).toBe(true);
    expect(isBoundary(a.doc, a.token('.'))).toBe(false);
    expect(isBoundary(a.doc, a.token('Hungary'))).toBe(false);
  });

  it('counts subordinators and a free-standing dash, not a dash joined to the word before', () => {
    const a = analyse('Polen sagte, dass Ungarn - wie Österreich (EU)-Gelder blockiere.', 'de');
    expect(isBoundary(a.doc, a.token('dass'))).toBe(true);
    expect(isBoundary(a.doc, a.token('-'))).toBe(true);
    expect(isBoundary(a.doc, a.token('-', 1))).toBe(false);
    expect(isBoundary(a.doc, a.token('wie'))).toBe(false);
  });

  it('opens a clause at an English reporting verb followed by a capitalised word only', () => {
    const a = analyse('Iran said Russia attacked Ukraine. Iran said on Monday that it would wait.', 'en');
    expect(isBoundary(a.doc, a.token('said'))).toBe(true);
    expect(isBoundary(a.doc, a.token('said', 1))).toBe(false);
    const b = analyse('Polen sagte Russland sei schuld.', 'de');
    expect(isBoundary(b.doc, b.token('sagte'))).toBe(false);
    // A reporting verb ending the text opens nothing.
    const c = analyse('Russia lied, Poland said', 'en');
    expect(isBoundary(c.doc, c.token('said'))).toBe(false);
  });

  it('gives the token range between the boundaries around a token, within its sentence', () => {
    const a = analyse('Poland criticised Hungary, but Austria praised Slovakia. Italy met Spain.', 'en');
    const comma = a.token(',');
    expect(clauseOf(a.doc, a.token('criticised'))).toEqual([a.token('Poland'), comma]);
    expect(clauseOf(a.doc, a.token('praised'))).toEqual([comma + 1, a.token('.') + 1]);
    // The second sentence's clause starts at its own first word, not in the sentence before.
    expect(clauseOf(a.doc, a.token('met'))).toEqual([a.token('Italy'), a.token('.', 1) + 1]);
    expect(clauseOf(a.doc, a.token('Poland'))).toEqual([a.token('Poland'), comma]);
  });

  it('closes a clause before punctuation, a closing conjunction, a quote, or at the sentence end', () => {
    const a = analyse('Russland wirft Polen Spionage vor. Polen wirft Russland vor und droht. Er wirft ihm vor dem Treffen "vor" vor', 'de');
    expect(endsClause(a.doc, a.token('vor'))).toBe(true); // before "."
    expect(endsClause(a.doc, a.token('vor', 1))).toBe(true); // before "und"
    expect(endsClause(a.doc, a.token('vor', 2))).toBe(false); // before "dem"
    expect(endsClause(a.doc, a.token('Treffen'))).toBe(true); // before a quote
    expect(endsClause(a.doc, a.token('vor', 4))).toBe(true); // the last token of the text
    expect(endsClause(a.doc, a.token('Spionage'))).toBe(false);
    const b = analyse('Polen wirft Russland Spionage vor, sagte er.', 'de');
    expect(endsClause(b.doc, b.token('vor'))).toBe(true); // before ","
  });
});

describe('infinitives', () => {
  it('reads "zu", "to" and a gerund after "of"/"for" as an infinitive', () => {
    const de = analyse('Japan bestreitet, die Ukraine zu unterstützen.', 'de');
    expect(isInfinitive(de.doc, de.token('unterstützen'))).toBe(true);
    expect(isInfinitive(de.doc, de.token('bestreitet'))).toBe(false);
    const en = analyse('NATO accused Russia of supporting Iran and of support for Syria, and asked for helping Iraq to rebuild.', 'en');
    expect(isInfinitive(en.doc, en.token('supporting'))).toBe(true);
    expect(isInfinitive(en.doc, en.token('support'))).toBe(false);
    expect(isInfinitive(en.doc, en.token('helping'))).toBe(true);
    expect(isInfinitive(en.doc, en.token('rebuild'))).toBe(true);
    expect(isInfinitive(en.doc, 0)).toBe(false);
  });

  it('takes the first acting party of the sentence, before the infinitive clause, as its subject', () => {
    const a = analyse('In Kyiv Japan denied, Germany agreed to support Ukraine.', 'en');
    const actors = a.actors();
    // Kyiv is a place and does not act.
    expect(a.names([matrixSubject(a.doc, actors, a.token('to'))!])).toEqual(['Japan']);
    // An actor ending right before the clause start is not its subject; one ending two tokens before is.
    const b = analyse('Germany agreed to support Ukraine.', 'en');
    expect(matrixSubject(b.doc, b.actors(), b.token('Germany') + 1)).toBeUndefined();
    expect(a.names([matrixSubject(b.doc, b.actors(), b.token('Germany') + 2)!])).toEqual(['Germany']);
    // Actors of an earlier sentence are not the subject.
    const c = analyse('Germany met Italy. It agreed to support Ukraine.', 'en');
    expect(matrixSubject(c.doc, c.actors(c.sentence(1)), c.token('to'))).toBeUndefined();
  });

  it('gives an infinitive the object of the latest complement-taking cue before it in the sentence', () => {
    const a = analyse('NATO accused Russia of supporting Iran. Russia wanted to support Syria.', 'en');
    const control = (subject: string, cue: number): Found => ({
      type: 'ACCUSE', sources: ['NATO'], targets: [subject], cue, rule: 'r', reciprocal: false, confidence: 1,
      controls: { subject, claimant: 'NATO', from: cue },
    });
    const cue = a.token('accused');
    const found = [control('first', cue), control('second', cue + 1), { ...control('none', cue + 2), controls: undefined }];
    expect(controllerFor(a.doc, found, a.token('supporting'))?.subject).toBe('second');
    // Not for a word that is no infinitive, nor for a cue after it, nor across sentences.
    expect(controllerFor(a.doc, found, a.token('Iran'))).toBeUndefined();
    expect(controllerFor(a.doc, [control('later', a.token('Iran'))], a.token('supporting'))).toBeUndefined();
    expect(controllerFor(a.doc, found, a.token('support'))).toBeUndefined();
    expect(controllerFor(a.doc, [control('late', a.token('wanted'))], a.token('support'))?.subject).toBe('late');
    // The cue itself is not before the infinitive.
    expect(controllerFor(a.doc, [control('self', a.token('supporting'))], a.token('supporting'))).toBeUndefined();
  });

  it('reads "zu" joined to the German verb as an infinitive marker', () => {
    const a = analyse('Polen warf Ungarn vor, mit Russland zusammenzuarbeiten.', 'de');
    const f: Found = { type: 'ACCUSE', sources: ['p'], targets: ['u'], cue: a.token('warf'), rule: 'r', reciprocal: false, confidence: 1, controls: { subject: 'u', claimant: 'p', from: a.token('warf') } };
    expect(controllerFor(a.doc, [f], a.token('zusammenzuarbeiten'))?.subject).toBe('u');
    expect(controllerFor(a.doc, [f], a.token('Russland'))).toBeUndefined();
  });
});

describe('tokens', () => {
  it('keeps a number with commas whole, so it bounds no clause', () => {
    expect(tokenize('The Pentagon sent 3,000 soldiers, 1,5 Milliarden.').map((t) => t.text))
      .toEqual(['The', 'Pentagon', 'sent', '3,000', 'soldiers', ',', '1,5', 'Milliarden', '.']);
    const a = analyse('The Pentagon is deploying 3,000 soldiers to Poland.', 'en');
    expect(clauseOf(a.doc, a.token('deploying'))[1]).toBeGreaterThan(a.token('Poland'));
  });
});

describe('name shapes', () => {
  const toks = (text: string) => tokenize(text);
  it('takes capitalised words that are not function words as name words', () => {
    expect(isNameWord(toks('Berlin')[0])).toBe(true);
    expect(isNameWord(toks("O'Neill")[0])).toBe(true);
    expect(isNameWord(toks('berlin')[0])).toBe(false);
    expect(isNameWord(toks('Der')[0])).toBe(false);
    expect(isNameWord(toks('Montag')[0])).toBe(false);
    expect(isNameWord(undefined)).toBe(false);
  });

  it('spans a name over adjacent name words and particles, up to its maximum length', () => {
    expect(nameSpan(toks('Jean Yves Le Drian sagte'), 0)).toEqual([0, 3]);
    expect(nameSpan(toks('Jean Yves Le Drian sagte'), 0, 2)).toEqual([0, 1]);
    expect(nameSpan(toks('Osama bin Laden sagte'), 0)).toEqual([0, 2]);
    // A particle needs a name word after it.
    expect(nameSpan(toks('Anna von sagte'), 0)).toEqual([0, 0]);
    expect(nameSpan(toks('sagte Anna'), 0)).toBeNull();
    // A wide gap or a line break ends the name.
    expect(nameSpan(toks('Anna  Beispiel'), 0)).toEqual([0, 0]);
    expect(nameSpan(toks('Anna Beispiel'), 0)).toEqual([0, 1]);
    // Tokens already taken by another mention neither start nor continue it.
    expect(nameSpan(toks('Anna Beispiel Muster'), 0, 4, (i) => i === 2)).toEqual([0, 1]);
    expect(nameSpan(toks('Anna Beispiel'), 0, 4, (i) => i === 0)).toBeNull();
    expect(nameSpan(toks('Anna'), 0)).toEqual([0, 0]);
  });

  it('slugs a name to lowercase ASCII joined by single hyphens', () => {
    expect(slug('São Paulo')).toBe('sao-paulo');
    expect(slug(' Kim Jong-un! ')).toBe('kim-jong-un');
    expect(slug('Łódź Forum 2024')).toBe('odz-forum-2024');
  });

  it('reads the name lists', () => {
    expect(ROLE_PREFIXES.bundes).toBe('Q183');
    expect(ORG_SUFFIXES.has('party')).toBe(true);
    expect(ORG_SUFFIXES.has('Party')).toBe(false);
  });
});

describe('passive', () => {
  it('English: a form of "be" one or two words before the cue', () => {
    const a = analyse('Canada was threatened by Russia. Canada was again threatened. Canada was not really threatened. Canada threatened Mali.', 'en');
    expect(isPassive(a.doc, a.token('threatened'))).toBe(true);
    expect(isPassive(a.doc, a.token('threatened', 1))).toBe(true);
    expect(isPassive(a.doc, a.token('threatened', 2))).toBe(false);
    expect(isPassive(a.doc, a.token('threatened', 3))).toBe(false);
  });

  it('German: a form of "werden" anywhere in the cue\'s clause, not in the next', () => {
    const a = analyse('Die Ukraine wurde von Russland angegriffen. Polen kritisierte Russland, das wurde bekannt.', 'de');
    expect(isPassive(a.doc, a.token('angegriffen'))).toBe(true);
    expect(isPassive(a.doc, a.token('kritisierte'))).toBe(false);
  });

  it('English: the by-phrase after the cue is the agent and the subject the patient', () => {
    const a = analyse('Canada was threatened by the United States.', 'en');
    const acts = a.actors();
    const [canada] = acts.all;
    const [agents, patients] = passiveArgs(a.doc, a.token('threatened'), acts.all, [canada], []);
    expect(a.names(agents)).toEqual(['United States']);
    expect(a.names(patients)).toEqual(['Canada']);
  });

  it('English: a by-phrase before the cue is not its agent', () => {
    const a = analyse('Backed by Russia, Syria was attacked by Turkey.', 'en');
    const acts = a.actors();
    const syria = actorAt(a, 'Syria');
    const [agents, patients] = passiveArgs(a.doc, a.token('attacked'), acts.all, [syria], []);
    expect(a.names(agents)).toEqual(['Turkey']);
    expect(a.names(patients)).toEqual(['Syria']);
  });

  // BUG: only the first of coordinated patients is kept: "Canada and Mexico were threatened by the United
  // States" gives United States THREATEN Canada only (expected Mexico too).
  it.fails('keeps every coordinated patient of a passive', () => {
    const a = analyse('Canada and Mexico were threatened by the United States.', 'en');
    const acts = a.actors();
    const [canada, mexico] = acts.all;
    const [, patients] = passiveArgs(a.doc, a.token('threatened'), acts.all, [canada, mexico], []);
    expect(a.names(patients)).toEqual(['Canada', 'Mexico']);
  });

  it('English: no by-phrase after the cue, no act; German without one keeps subject and object', () => {
    const a = analyse('By Monday Canada was threatened.', 'en');
    const acts = a.actors();
    const canada = acts.all[0];
    expect(passiveArgs(a.doc, a.token('threatened'), acts.all, [canada], [])).toEqual([[], []]);
    const b = analyse('Die Ukraine wurde gestern angegriffen.', 'de');
    const ua = b.actors().all[0];
    expect(passiveArgs(b.doc, b.token('angegriffen'), b.actors().all, [ua], [])).toEqual([[ua], []]);
  });

  it('German: the agent phrase may stand before the participle, with an article', () => {
    const a = analyse('Die Ukraine wurde von der Türkei unterstützt.', 'de');
    const acts = a.actors();
    const [ua, tr] = acts.all;
    const [agents, patients] = passiveArgs(a.doc, a.token('unterstützt'), acts.all, [ua], [tr]);
    expect(a.names(agents)).toEqual(['Turkey']);
    expect(a.names(patients)).toEqual(['Ukraine']);
  });

  it('a place after "by" is no agent', () => {
    const a = analyse('Canada was threatened by the Sahel.', 'en');
    const acts = a.actors();
    expect(a.names(acts.all)).toEqual(['Canada', 'Sahel']);
    expect(passiveArgs(a.doc, a.token('threatened'), acts.all, [acts.all[0]], [])).toEqual([[], []]);
    const b = analyse('Die Ukraine wurde im Sahel von Russland angegriffen.', 'de');
    const ba = b.actors();
    expect(b.names(passiveArgs(b.doc, b.token('angegriffen'), ba.all, [ba.all[0]], [])[0])).toEqual(['Russia']);
  });

  it('the agent is no patient, also under another mention of the same party', () => {
    const a = analyse('Russia was attacked by Russia and Ukraine.', 'en');
    const acts = a.actors();
    const [agents, patients] = passiveArgs(a.doc, a.token('attacked'), acts.all, [acts.all[0]], [acts.all[2]]);
    expect(a.names(agents)).toEqual(['Russia']);
    expect(a.names(patients)).toEqual(['Ukraine']);
  });
});

describe('the actors of a sentence', () => {
  it('leaves out a name read in a title, a platform, a source and a parenthesised aside', () => {
    const a = analyse('NATO Secretary General Mark Rutte criticised Russia on Twitter.', 'en');
    expect(a.actorNames()).toEqual(['Mark Rutte', 'Russia']);
    const b = analyse('According to Reuters, Russia attacked Ukraine.', 'en');
    expect(b.actorNames()).toEqual(['Russia', 'Ukraine']);
    const c = analyse('Heiko Maas (SPD) criticised Russia.', 'en');
    expect(c.actorNames()).toEqual(['Heiko Maas', 'Russia']);
    // Only a name closed by both parentheses is an aside.
    const d = analyse('Heiko Maas (SPD and Greens) criticised Russia.', 'en');
    expect(d.actorNames()).toContain('SPD');
  });

  it('reads "both countries" as the coordinated pair named before', () => {
    const a = analyse('Italy and Spain met. Russia criticised Ukraine. Both countries protested.', 'en');
    expect(a.actorNames(a.sentence(2))).toEqual(['Italy+Spain']);
    const pair = a.actors(a.sentence(2)).all[0];
    expect(pair.inferred).toBe(true);
    expect([pair.first, pair.last]).toEqual([a.token('Both'), a.token('countries')]);
    const de = analyse('Frankreich und Deutschland trafen sich. Beide Länder kritisierten Russland.', 'de');
    expect(de.actorNames(de.sentence(1))).toEqual(['France+Germany', 'Russia']);
  });

  it('reads "both countries" without a coordinated pair as the last two parties, in text order', () => {
    const a = analyse('France criticised Germany. Both countries protested.', 'en');
    expect(a.actorNames(a.sentence(1))).toEqual(['France+Germany']);
    // A source named for a claim is no side.
    const b = analyse('Russia criticised China, according to Xinhua. Both sides protested.', 'en');
    expect(b.actorNames(b.sentence(1))).toEqual(['Russia+China']);
    // One party alone makes no pair.
    const c = analyse('France protested. Both countries protested.', 'en');
    expect(c.actorNames(c.sentence(1))).toEqual([]);
  });

  it('joins a pair over at most two words with "and"/"und", and only parties of the phrase\'s kind', () => {
    const a = analyse('Italy and then Spain met. Russia criticised Ukraine. Both countries protested.', 'en');
    expect(a.actorNames(a.sentence(2))).toEqual(['Italy+Spain']);
    const de = analyse('Frankreich und Deutschland trafen sich. Russland kritisierte die Ukraine. Beide Länder protestierten.', 'de');
    expect(de.actorNames(de.sentence(2))).toEqual(['France+Germany']);
    // A state named only in its leader's title is one of the sides.
    const titled = analyse('Chinas Staatschef Xi und Russlands Präsident Putin trafen sich. Beide Länder kritisierten die USA.', 'de');
    expect(titled.actorNames(titled.sentence(1))).toEqual(['China+Russia', 'United States']);
    // A source phrase before a comma does not make the name after the comma a source.
    const src = analyse('According to Reuters, Russia criticised China. Both sides protested.', 'en');
    expect(src.actorNames(src.sentence(1))).toEqual(['Russia+China']);
    const people = analyse('Emmanuel Macron met Olaf Scholz. Both countries protested.', 'en');
    expect(people.actorNames(people.sentence(1))).toEqual([]);
    // A capital and its own country joined by "and" are one side, not a pair.
    const same = analyse('Italy and Spain met. Kyiv and Ukraine\'s allies protested. Both countries protested.', 'en');
    expect(same.actorNames(same.sentence(2))).toEqual(['Italy+Spain']);
  });

  it('reads "both sides" as the article\'s parties, not a pair of bystanders named last', () => {
    const a = analyse('Thailand and Cambodia fought. Thailand shelled Cambodia. Washington and Beijing sent envoys. Both sides protested.', 'en');
    expect(a.actorNames(a.sentence(3))).toEqual(['Thailand+Cambodia']);
    // Named as often as the earlier pair, the pair just named is meant.
    const b = analyse('Thailand and Cambodia fought. Washington and Beijing sent envoys. Both sides protested.', 'en');
    expect(b.actorNames(b.sentence(2))).toEqual(['United States+China']);
  });

  it('reads a pair phrase only with the parties of the three sentences before', () => {
    const near = analyse('France met Germany. It rained. It rained again. Both countries protested.', 'en');
    expect(near.actorNames(near.sentence(3))).toEqual(['France+Germany']);
    const far = analyse('France met Germany. It rained. It rained again. It snowed. Both countries protested.', 'en');
    expect(far.actorNames(far.sentence(4))).toEqual([]);
  });

  it('reads "both leaders" as the two people named before', () => {
    const a = analyse('Emmanuel Macron met Olaf Scholz. Both leaders criticised Russia.', 'en');
    expect(a.actorNames(a.sentence(1))).toEqual(['Emmanuel Macron+Olaf Scholz', 'Russia']);
  });

  it('reads "the countries" as the last list named, within two sentences before', () => {
    const a = analyse('Poland and Lithuania met. Spain and Italy met too. The countries protested.', 'en');
    expect(a.actorNames(a.sentence(2))).toEqual(['Spain+Italy']);
    const b = analyse('Poland, Lithuania and Latvia met. Spain met Italy. The three countries protested.', 'en');
    expect(b.actorNames(b.sentence(2))).toEqual(['Poland+Lithuania+Latvia']);
    const far = analyse('Poland and Lithuania met. It rained. It snowed. The countries protested.', 'en');
    expect(far.actorNames(far.sentence(3))).toEqual([]);
    // Two parties not joined as a list are no group.
    const c = analyse('Poland met Lithuania. The countries protested.', 'en');
    expect(c.actorNames(c.sentence(1))).toEqual([]);
    // A name right after the phrase is the one meant.
    const d = analyse('Spain and Italy met. The countries Poland and Lithuania protested.', 'en');
    expect(d.actorNames(d.sentence(1))).toEqual(['Poland', 'Lithuania']);
  });

  it('joins a list over up to four list words with a conjunction among them', () => {
    const a = analyse('Spain, as well as Italy met. The countries protested.', 'en');
    expect(a.actorNames(a.sentence(1))).toEqual(['Spain+Italy']);
    const b = analyse('Spain, and also as well as Italy met. The countries protested.', 'en');
    expect(b.actorNames(b.sentence(1))).toEqual([]);
    // A word in parentheses is an aside inside the list; outside them it breaks the list.
    const c = analyse('Spain (host) and Italy met. The countries protested.', 'en');
    expect(c.actorNames(c.sentence(1))).toEqual(['Spain+Italy']);
    const d = analyse('Spain host and Italy met. The countries protested.', 'en');
    expect(d.actorNames(d.sentence(1))).toEqual([]);
  });

  it('reads a German group phrase over a list joined by commas and "und"', () => {
    const a = analyse('Saudi-Arabien, Bahrain und Ägypten brachen die Beziehungen ab. Die Länder werfen Katar Terrorismus vor.', 'de');
    expect(a.actorNames(a.sentence(1))).toEqual(['Saudi Arabia+Bahrain+Egypt', 'Qatar']);
  });

  it('reads "the president" as the last office holder named, in subject position only', () => {
    const a = analyse('Emmanuel Macron met Olaf Scholz. The president criticised Russia.', 'en');
    expect(a.actorNames(a.sentence(1))).toEqual(['Olaf Scholz', 'Russia']);
    const far = analyse('Emmanuel Macron met Olaf Scholz. It rained. It snowed. The president criticised Russia.', 'en');
    expect(far.actorNames(far.sentence(3))).toEqual(['Russia']);
    const near = analyse('Emmanuel Macron met Olaf Scholz. It rained. The president criticised Russia.', 'en');
    expect(near.actorNames(near.sentence(2))).toEqual(['Olaf Scholz', 'Russia']);
    const named = analyse('Hungary criticised Austria. The president, Emmanuel Macron, praised Italy.', 'en');
    expect(named.actorNames(named.sentence(1))).toEqual(['Emmanuel Macron', 'Italy']);
    const people = analyse('Father John Example met Hungary. Emmanuel Macron left. The president criticised Russia.', 'en');
    expect(people.actorNames(people.sentence(2))).toEqual(['Emmanuel Macron', 'Russia']);
    const object = analyse('Ungarn traf Österreich. Russland kritisierte die Regierung.', 'de');
    expect(object.actorNames(object.sentence(1))).toEqual(['Russia']);
  });

  // BUG: a person named with an honorific only counts as an office holder: in "Father John Example met Hungary.
  // The president criticised Russia." the president is taken to be John Example.
  it.fails('"the president" is no person named with an honorific only', () => {
    const a = analyse('Father John Example met Hungary. The president criticised Russia.', 'en');
    expect(a.actorNames(a.sentence(1))).toEqual(['Russia']);
  });

  it('reads "the alliance" and "the country" as the last organisation and state', () => {
    const a = analyse('NATO met. The alliance criticised Russia.', 'en');
    expect(a.actorNames(a.sentence(1))).toEqual(['NATO', 'Russia']);
    const b = analyse('Hungary met Austria. The country criticised Brussels.', 'en');
    expect(b.actorNames(b.sentence(1))).toEqual(['Austria', 'European Union']);
    const c = analyse('Ungarn traf Österreich. Das Land kritisierte Polen.', 'de');
    expect(c.actorNames(c.sentence(1))).toEqual(['Austria', 'Poland']);
  });

  it('reads "his country" as the country of the office holder who speaks', () => {
    const a = analyse('Macron said his country supports Ukraine.', 'en');
    expect(a.actorNames()).toEqual(['Emmanuel Macron', 'France', 'Ukraine']);
    const b = analyse('Polen sagte, sein Land unterstütze die Ukraine.', 'de');
    expect(b.actorNames()).toEqual(['Poland', 'Poland', 'Ukraine']);
    // Nobody before it in the sentence: no one.
    const c = analyse('Macron met Scholz. His country supports Ukraine.', 'en');
    expect(c.actorNames(c.sentence(1))).toEqual(['Ukraine']);
  });

  it('reads "we" in reported speech as the speaker\'s state', () => {
    const a = analyse('"We stand with Ukraine," Germany\'s chancellor Olaf Scholz said.', 'en');
    expect(a.actorNames()).toEqual(['Germany', 'Ukraine', 'Olaf Scholz']);
    // A state the article never names has no entity, so "we" then names no one.
    const unnamed = analyse('"We stand with Ukraine," Scholz said.', 'en');
    expect(unnamed.actorNames()).toEqual(['Ukraine', 'Olaf Scholz']);
    const org = analyse('"We stand with Ukraine," NATO said.', 'en');
    expect(org.actorNames()[0]).toBe('NATO');
    // Content after the verb starts at "we".
    const after = analyse('Scholz said we stand with Ukraine, as Germany always has.', 'en');
    expect(after.actorNames()).toEqual(['Olaf Scholz', 'Germany', 'Ukraine', 'Germany']);
    // Outside reported speech "we" names no one.
    const b = analyse('We stand with Ukraine.', 'en');
    expect(b.actorNames()).toEqual(['Ukraine']);
  });

  it('reads "he" as the last person named before, not one named after', () => {
    const a = analyse('President Emmanuel Macron visited Berlin. He praised Germany.', 'en');
    expect(a.actorNames(a.sentence(1))).toEqual(['Emmanuel Macron', 'Germany']);
    const b = analyse('He praised Germany. Macron left.', 'en');
    expect(b.actorNames()).toEqual(['Germany']);
  });
});

describe('lists of actors', () => {
  it('joins actors over commas and conjunctions within the clause', () => {
    const a = analyse('Poland, Lithuania and Latvia condemned Belarus.', 'en');
    const start = actorAt(a, 'Poland');
    expect(a.names(actorGroup(a.doc, a.actors(), start, a.token('condemned')))).toEqual(['Poland', 'Lithuania', 'Latvia']);
    // A list closed by a conjunction runs past the limit; one joined by commas only is cut there.
    expect(a.names(actorGroup(a.doc, a.actors(), start, a.token('Lithuania')))).toEqual(['Poland', 'Lithuania', 'Latvia']);
    const b = analyse('Poland, Lithuania, Latvia condemned Belarus.', 'en');
    expect(b.names(actorGroup(b.doc, b.actors(), actorAt(b, 'Poland'), b.token('Lithuania')))).toEqual(['Poland']);
    expect(b.names(actorGroup(b.doc, b.actors(), actorAt(b, 'Poland'), b.token('Latvia') + 1))).toEqual(['Poland', 'Lithuania', 'Latvia']);
  });

  it('runs a list past the clause limit only when a conjunction closes it', () => {
    const a = analyse('Germany met the ministers of China, Turkey and Saudi Arabia.', 'en');
    const china = actorAt(a, 'China');
    expect(a.names(actorGroup(a.doc, a.actors(), china, a.token('China') + 1))).toEqual(['China', 'Turkey', 'Saudi Arabia']);
    const b = analyse('Germany met China, Turkey said.', 'en');
    expect(b.names(actorGroup(b.doc, b.actors(), actorAt(b, 'China'), b.token('China') + 1))).toEqual(['China']);
  });

  it('joins over a word of wholeness ("und der gesamten EU", "and the entire EU")', () => {
    const a = analyse('Die Solidarität Deutschlands und der gesamten EU gilt Griechenland.', 'de');
    expect(a.names(actorGroup(a.doc, a.actors(), actorAt(a, 'Deutschlands'), a.token('gilt')))).toEqual(['Germany', 'European Union']);
  });

  it('joins over a word in parentheses', () => {
    const a = analyse('Spain (host) and Italy condemned Belarus.', 'en');
    expect(a.names(actorGroup(a.doc, a.actors(), actorAt(a, 'Spain'), a.token('condemned')))).toEqual(['Spain', 'Italy']);
  });

  it('does not join actors without list words between them', () => {
    const a = analyse('Germany criticised China in Turkey.', 'en');
    expect(a.names(actorGroup(a.doc, a.actors(), actorAt(a, 'China'), a.token('.')))).toEqual(['China']);
  });

  it('joins a person introduced by a title after the conjunction', () => {
    const a = analyse('Heiko Maas und sein französischer Kollege Jean-Yves Le Drian kritisierten Russland.', 'de');
    const group = actorGroup(a.doc, a.actors(), actorAt(a, 'Heiko'), a.token('kritisierten'));
    expect(a.names(group)).toEqual(['Heiko Maas', 'Jean-Yves Le Drian']);
    // Up to three words between the conjunction and the title, and six before the name.
    const far = analyse('Heiko Maas und sein neuer französischer Kollege Dr. Jean-Yves Le Drian kritisierten Russland.', 'de');
    expect(far.names(actorGroup(far.doc, far.actors(), actorAt(far, 'Heiko'), far.token('kritisierten')))).toEqual(['Heiko Maas', 'Jean-Yves Le Drian']);
    const tooFar = analyse('Heiko Maas und sein neuer französischer Kollege Prof. Dr. Jean-Yves Le Drian kritisierten Russland.', 'de');
    expect(tooFar.names(actorGroup(tooFar.doc, tooFar.actors(), actorAt(tooFar, 'Heiko'), tooFar.token('kritisierten')))).toEqual(['Heiko Maas']);
    const title = analyse('Heiko Maas und sein neuer junger französischer Kollege Jean-Yves Le Drian kritisierten Russland.', 'de');
    expect(title.names(actorGroup(title.doc, title.actors(), actorAt(title, 'Heiko'), title.token('kritisierten')))).toEqual(['Heiko Maas']);
    // Without the conjunction the titled person is no member.
    const b = analyse('Heiko Maas traf seinen französischen Kollegen Jean-Yves Le Drian.', 'de');
    expect(b.names(actorGroup(b.doc, b.actors(), actorAt(b, 'Heiko'), b.token('.')))).toEqual(['Heiko Maas']);
  });

  it('finds the start of a list that opens before the verb\'s clause', () => {
    const a = analyse('Poland, Lithuania, Latvia and Estonia condemned Belarus.', 'en');
    const acts = a.actors();
    const sub = [actorAt(a, 'Latvia'), actorAt(a, 'Estonia')];
    expect(a.names(withListBefore(a.doc, acts, sub))).toEqual(['Poland', 'Lithuania', 'Latvia', 'Estonia']);
    // Only commas extend the list backwards: "and" before the group was read by the group itself.
    const and = analyse('Poland and Lithuania and Latvia condemned Belarus.', 'en');
    expect(and.names(withListBefore(and.doc, and.actors(), [actorAt(and, 'Lithuania')]))).toEqual(['Lithuania']);
    // A comma after the group does not close it.
    const open = analyse('Poland, Lithuania, Latvia condemned Belarus.', 'en');
    expect(open.names(withListBefore(open.doc, open.actors(), [actorAt(open, 'Lithuania')]))).toEqual(['Lithuania']);
    // Without a closing conjunction the comma-joined names before are not the same list.
    const b = analyse('Poland, Lithuania, Latvia condemned Belarus.', 'en');
    const only = [actorAt(b, 'Latvia')];
    expect(b.names(withListBefore(b.doc, b.actors(), only))).toEqual(['Latvia']);
  });

  it('reads a list before the verb\'s clause over an aside in parentheses', () => {
    const a = analyse('Saudi Arabia, the United Arab Emirates (UAE), Bahrain and Egypt condemned Qatar.', 'en');
    const group = [actorAt(a, 'Bahrain'), actorAt(a, 'Egypt')];
    expect(a.names(withListBefore(a.doc, a.actors(), group))).toEqual(['Saudi Arabia', 'United Arab Emirates', 'Bahrain', 'Egypt']);
  });

  it('closes a list before it with "and others", also after an aside in parentheses', () => {
    const a = analyse('Saudi Arabia, the United Arab Emirates (UAE) and others condemned Qatar.', 'en');
    const uae = a.actors().all.find((x) => a.name(x.keys[0]) === 'United Arab Emirates')!;
    expect(a.names(withListBefore(a.doc, a.actors(), [uae]))).toEqual(['Saudi Arabia', 'United Arab Emirates']);
  });

  it('does not take a place before the list as a member', () => {
    const a = analyse('In Kyiv, Poland and Lithuania condemned Belarus.', 'en');
    const pl = actorAt(a, 'Poland');
    const group = actorGroup(a.doc, a.actors(), pl, a.token('condemned'));
    expect(a.names(withListBefore(a.doc, a.actors(), group))).toEqual(['Poland', 'Lithuania']);
  });

  it('lets places not act, and selects actors inside a token range', () => {
    const a = analyse('Poland met Lithuania in Kyiv.', 'en');
    const all = a.actors().all;
    const kyiv = all.find((x) => x.types.every((t) => t === 'Location'));
    expect(kyiv).toBeDefined();
    expect(eligibleSource(kyiv!)).toBe(false);
    expect(eligibleSource(all[0])).toBe(true);
    expect(eligibleSource({ ...kyiv!, types: ['Location', 'Country'] })).toBe(true);
    expect(a.names(actorsIn(a.actors(), a.token('Poland'), a.token('Lithuania')))).toEqual(['Poland']);
    expect(a.names(actorsIn(a.actors(), a.token('Poland') + 1, a.token('Lithuania') + 1))).toEqual(['Lithuania']);
  });
});

describe('implicit actors', () => {
  it('reads a nationality before a military noun as the force', () => {
    const a = analyse('Yesterday North Korean troops attacked Ukraine.', 'en');
    expect(a.names([militaryActor(a.doc, a.actors(), a.token('attacked'))!])).toEqual(['North Korea']);
    expect(militaryActor(a.doc, a.actors(), a.token('North'))).toBeUndefined();
    expect(militaryActor(a.doc, a.actors(), a.token('Korean'))).toBeUndefined();
    const b = analyse('Yesterday North Korean diplomats attacked Ukraine.', 'en');
    expect(militaryActor(b.doc, b.actors(), b.token('attacked'))).toBeUndefined();
    const c = analyse('Yesterday North Korea troops attacked Ukraine.', 'en');
    expect(militaryActor(c.doc, c.actors(), c.token('attacked'))).toBeUndefined();
  });

  it('reads "this" as the last state or organisation of the sentence before, not a person or place', () => {
    const a = analyse('Iran criticised Israel in Gaza, Macron said. This angered Washington.', 'en');
    const s = a.sentence(1);
    const at = a.token('This');
    const demo = demonstrativeActor(a.doc, at, a.mentions);
    expect(a.names([demo!])).toEqual(['Israel']);
    expect([demo!.first, demo!.last, demo!.inferred]).toEqual([at, at, true]);
    expect(demonstrativeActor(a.doc, a.token('angered'), a.mentions)).toBeUndefined();
    expect(s).toBe(2);
    // A name read in an office title is not what "this" stands for.
    const role = analyse('Iran criticised NATO Secretary General Mark Rutte. This angered Washington.', 'en');
    expect(role.names([demonstrativeActor(role.doc, role.token('This'), role.mentions)!])).toEqual(['Iran']);
    const b = analyse('It rained. This angered Washington.', 'en');
    expect(demonstrativeActor(b.doc, b.token('This'), b.mentions)).toBeUndefined();
  });
});

