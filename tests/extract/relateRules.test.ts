// Relation rules (src/extract/4-relate): who is source and who is target of a verb cue, a noun cue, a
// demand stated with "must"/"muss", and the structural edges. Each stage is called on one sentence;
// sentences are our own.
import { describe, expect, it } from 'vitest';
import { relate } from '../../src/extract/4-relate/relate.ts';
import { relateVerbs } from '../../src/extract/4-relate/relateVerbs.ts';
import { relateNouns } from '../../src/extract/4-relate/relateNouns.ts';
import { relateObligation } from '../../src/extract/4-relate/relateObligation.ts';
import { relateStructural } from '../../src/extract/4-relate/relateStructural.ts';
import type { Found } from '../../src/extract/types.ts';
import type { Language } from '../../src/model.ts';
import { extractText, find } from './helpers.ts';
import { analyse } from './stageHelpers.ts';

/** The acts of body sentence n, stage by stage, as "Source+Source TYPE Target" strings. */
function stage(text: string, language: Language, n = 0) {
  const a = analyse(text, language);
  const s = a.sentence(n);
  const actors = a.actors(s);
  const verbs = relateVerbs(a.doc, s, actors, a.mentions);
  const nouns = relateNouns(a.doc, s, actors, a.mentions, verbs);
  const obligation = relateObligation(a.doc, s, actors, a.speakers(s), [...verbs, ...nouns]);
  return { a, s, actors, verbs, nouns, obligation, v: a.acts(verbs), n: a.acts(nouns), o: a.acts(obligation) };
}

const conf = (text: string, language: Language) => analyse(text, language).doc.lexicon.confidence;

describe('verb cues: source and target', () => {
  it('the subject before the verb acts on the actor after it', () => {
    const { v, verbs, a } = stage('Russia threatened Canada.', 'en');
    expect(v).toEqual(['Russia THREATEN Canada']);
    expect(verbs[0]).toMatchObject({ rule: 'en.threaten.threaten', cue: a.token('threatened'), reciprocal: false, confidence: conf('x', 'en').verb });
    expect(verbs[0].claimant).toBeUndefined();
    expect(verbs[0].mutual).toBeUndefined();
    expect(stage('Polen kritisierte Ungarn scharf.', 'de').v).toEqual(['Poland ACCUSE Hungary']);
  });

  it('a passive swaps them: the by-phrase acts on the subject', () => {
    expect(stage('Canada was threatened by Russia.', 'en').v).toEqual(['Russia THREATEN Canada']);
    expect(stage('Canada was threatened.', 'en').v).toEqual([]);
    expect(stage('Die Ukraine wurde von Russland angegriffen.', 'de').v).toEqual(['Russia ASSAULT Ukraine']);
  });

  it('English: a participle the by-phrase follows at once is passive; with no patient before the agent, the one after it', () => {
    expect(stage('The sanctions imposed by the EU on Russia remain.', 'en').v).toEqual(['European Union SANCTION Russia']);
    expect(stage('The sanctions were imposed by the EU on Russia.', 'en').v).toEqual(['European Union SANCTION Russia']);
    expect(stage('Ukraine attacked by Russia overnight.', 'en').v).toEqual(['Russia ASSAULT Ukraine']);
    // "by" and no name after it is a manner, not an agent: the active reading stays.
    expect(stage('Israel attacked by striking Iran.', 'en').v).toEqual(['Israel ASSAULT Iran']);
  });

  it('German: a capitalised cue word is a verb only at the start of the sentence', () => {
    expect(stage('Unterstützt wird die Ukraine von Polen.', 'de').v).toEqual(['Poland SUPPORT Ukraine']);
    expect(stage('Die Unterstützung Russlands für Nordkorea wächst.', 'de').v).toEqual([]);
  });

  it('English: after an article, "amid" or a possessive the cue word is a noun', () => {
    expect(stage('Amid attacks Russia criticised Ukraine.', 'en').v).toEqual(['Russia ACCUSE Ukraine']);
    expect(stage('Poland condemned Belarus\'s brutal and unprovoked attack on Lithuania.', 'en').v).toEqual(['Poland ACCUSE Belarus']);
    expect(stage('Poland condemned its brutal attack on Lithuania.', 'en').verbs.map((f) => f.type)).not.toContain('ASSAULT');
    expect(stage('Poland condemned the brutal attack on Lithuania.', 'en').verbs.map((f) => f.type)).not.toContain('ASSAULT');
    // A noun between the possessive and the cue ends the noun phrase: "Russia's troops attacked" is a verb.
    expect(stage('Russia\'s troops attacked Ukraine.', 'en').v).toEqual(['Russia ASSAULT Ukraine']);
  });

  it('"denied attacking Y" is no rejection of its own; "denied Y" is', () => {
    const { v } = stage('Iran denied attacking Israel.', 'en');
    expect(v).toEqual(['Iran ASSAULT Israel']);
    expect(stage('Iran rejected Israel.', 'en').v).toEqual(['Iran REJECT Israel']);
  });

  it('a separable verb needs its particle closing the clause', () => {
    expect(stage('Russland wirft Polen Spionage vor.', 'de').v).toEqual(['Russia ACCUSE Poland']);
    expect(stage('Russland wirft Polen Spionage.', 'de').v).toEqual([]);
    // "vor dem Treffen" is a preposition; the particle is the last "vor".
    expect(stage('Russland wirft Polen vor dem Treffen Spionage vor.', 'de').v).toEqual(['Russia ACCUSE Poland']);
    expect(stage('Russland wirft vor dem Treffen Polen Spionage vor.', 'de').v).toEqual(['Russia ACCUSE Poland']);
    // The object stands before the particle.
    expect(stage('Russland wirft Polen Spionage vor und droht Ungarn.', 'de').v[0]).toBe('Russia ACCUSE Poland');
    // Actors after the particle are outside the accusation.
    expect(stage('Polen wirft Spionage vor und Ungarn schweigt.', 'de').v).toEqual([]);
    // A particle after a semicolon closes another clause.
    expect(stage('Russland wirft Polen Spionage; Ungarn tritt vor.', 'de').v).toEqual([]);
  });

  it('a rule with required words applies only when one stands in the clause', () => {
    expect(stage('Russia sent troops to Belarus.', 'en').verbs.map((f) => f.rule)).toEqual(['en.mobilize.send-forces']);
    expect(stage('Russia sent letters to Belarus.', 'en').verbs.map((f) => f.rule)).toEqual(['en.support.aid']);
  });

  it('an accusation hands its infinitive to the accused, with the accuser as claimant', () => {
    const { verbs, a } = stage('Polen wirft Ungarn vor, Russland zu unterstützen.', 'de');
    expect(a.acts(verbs)).toEqual(['Poland ACCUSE Hungary', 'Hungary SUPPORT Russia']);
    expect(verbs[0].controls).toEqual({ subject: 'Q28', claimant: 'Q36', from: a.token('wirft') });
    expect(verbs[1].claimant).toBe('Q36');
    expect(verbs[1].confidence).toBe(conf('x', 'de').verbInsideAccusation);
    // A verb without a complement controls nothing.
    expect(stage('Polen kritisierte Ungarn.', 'de').verbs[0].controls).toBeUndefined();
  });

  it('an infinitive without an accusation takes the main clause\'s subject', () => {
    expect(stage('Japan bestreitet, die Ukraine zu unterstützen.', 'de').v).toEqual(['Japan SUPPORT Ukraine']);
  });

  it('a subject list opening before the verb\'s clause is read whole', () => {
    expect(stage('Poland, Lithuania, Latvia and Estonia condemned Belarus.', 'en').v).toEqual(['Poland+Lithuania+Latvia+Estonia ACCUSE Belarus']);
    expect(stage('Russia threatened Canada and Mexico.', 'en').v).toEqual(['Russia THREATEN Canada+Mexico']);
  });

  it('"they" opening a clause stands for the last party of the sentence before', () => {
    const { v } = stage('Iran met Israel. They criticised Egypt.', 'en', 1);
    expect(v).toEqual(['Israel ACCUSE Egypt']);
  });

  it('German inversion: with nothing before the verb, the first actor after it is the subject', () => {
    expect(stage('Als Reaktion beschoss Israel Ziele im Libanon.', 'de').v).toEqual(['Israel ASSAULT Lebanon']);
    expect(stage('Gestern kritisierte Polen Ungarn.', 'de').v).toEqual(['Poland ACCUSE Hungary']);
    // A place before the verb is no subject.
    expect(stage('In Kiew kritisierte Polen Ungarn.', 'de').v).toEqual(['Poland ACCUSE Hungary']);
    // English has no inversion.
    expect(stage('Then threatened Russia Canada.', 'en').v).toEqual([]);
    // A German object may stand before a verb closing the clause.
    expect(stage('Polen hat Ungarn kritisiert.', 'de').v).toEqual(['Poland ACCUSE Hungary']);
  });

  it('an actor acting on itself is no act', () => {
    expect(stage('Russland kritisierte Moskau.', 'de').v).toEqual([]);
  });

  it('a joint act needs two coordinated subjects and has no object', () => {
    const { verbs, a } = stage('Washington und Paris hatten Berlin einen Vorschlag vorgelegt.', 'de');
    expect(a.acts(verbs)).toEqual(['United States+France COOPERATE ']);
    expect(verbs[0].reciprocal).toBe(true);
    expect(stage('Paris hatte einen Vorschlag vorgelegt.', 'de').v).toEqual([]);
    // "beide Länder" is a coordinated subject of its own.
    expect(stage('Frankreich und Deutschland trafen sich. Beide Länder hatten einen Vorschlag vorgelegt.', 'de', 1).v).toEqual(['France+Germany COOPERATE ']);
  });

  it('only a person travels on a visit', () => {
    expect(stage('Scholz reiste nach Polen.', 'de').v).toEqual(['Olaf Scholz CONSULT Poland']);
    expect(stage('Deutschland reiste nach Polen.', 'de').v).toEqual([]);
  });

  it('"accused each other" runs both ways between the subjects', () => {
    const { verbs } = stage('France and Germany accused each other.', 'en');
    expect(verbs).toHaveLength(1);
    expect(verbs[0]).toMatchObject({ sources: ['Q142', 'Q183'], targets: [], reciprocal: true, mutual: true });
    const de = stage('Frankreich und Deutschland werfen sich gegenseitig Spionage vor.', 'de').verbs[0];
    expect(de).toMatchObject({ sources: ['Q142', 'Q183'], targets: [], mutual: true });
    // German puts the pronoun anywhere in the clause, also before the verb.
    expect(stage('Frankreich und Deutschland haben einander kritisiert.', 'de').verbs[0]).toMatchObject({ targets: [], mutual: true });
    // Without the pronoun two subjects and no object give no act.
    expect(stage('France and Germany accused.', 'en').v).toEqual([]);
    // A reciprocal rule is not marked mutual.
    expect(stage('France and Germany met.', 'en').verbs[0].mutual).toBeUndefined();
  });

  it('an actor after a preposition of time or cause is no object', () => {
    expect(stage('Thailand and Cambodia agreed to a truce after Trump intervened.', 'en').v).toEqual(['Thailand+Cambodia AGREE ']);
    expect(stage('Thailand and Cambodia agreed with Trump on a truce.', 'en').v).toEqual(['Thailand+Cambodia AGREE Donald Trump']);
    expect(stage('Polen kritisierte trotz Bedenken Ungarns die Regierung.', 'de').v).toEqual([]);
    expect(stage('Polen kritisierte Ungarn.', 'de').v).toEqual(['Poland ACCUSE Hungary']);
  });

  it('a meeting place is no party to the meeting', () => {
    const { verbs, a } = stage('Scholz and Macron met in Paris.', 'en');
    expect(a.acts(verbs)).toEqual(['Olaf Scholz+Emmanuel Macron CONSULT ']);
    expect(stage('Scholz met Macron.', 'en').v).toEqual(['Olaf Scholz CONSULT Emmanuel Macron']);
    expect(stage('Scholz met in Paris.', 'en').v).toEqual([]);
    // A country after "in" is the venue too; the same country as object is a party.
    expect(stage('Thailand and Cambodia met in Malaysia.', 'en').v).toEqual(['Thailand+Cambodia CONSULT ']);
    expect(stage('Thailand and Cambodia met Malaysia.', 'en').v).toEqual(['Thailand+Cambodia CONSULT Malaysia']);
  });

  it('a pledge of a party\'s support: the pledger acts, and the party as the pledger states it', () => {
    const { verbs, a } = stage('Scholz sicherte Griechenland die Solidarität Deutschlands zu.', 'de');
    expect(a.acts(verbs)).toEqual(['Olaf Scholz SUPPORT Greece', 'Germany SUPPORT Greece']);
    expect(verbs[1].claimant).toBe(verbs[0].sources[0]);
    // The required noun is read with the verb, not again as a noun cue.
    expect(verbs[0].requiredAt).toBe(a.token('Solidarität'));
    expect(stage('Scholz sicherte Griechenland die Solidarität Deutschlands zu.', 'de').n).toEqual([]);
    // Without a party named with the noun there is the pledger only.
    expect(stage('Scholz sicherte Griechenland volle Solidarität zu.', 'de').v).toEqual(['Olaf Scholz SUPPORT Greece']);
    expect(stage("Blinken assured Greece of America's support.", 'en').v).toEqual(['Antony Blinken SUPPORT Greece', 'United States SUPPORT Greece']);
  });

  it('a mutual cue runs both ways without a reciprocal pronoun, and back from its object', () => {
    const both = stage('Thailand and Cambodia clashed.', 'en').verbs[0];
    expect(both).toMatchObject({ sources: ['Q869', 'Q424'], targets: [], mutual: true });
    expect(stage('India clashed with China.', 'en').verbs[0]).toMatchObject({ sources: ['Q668'], targets: ['Q148'], mutual: true });
    // One side alone clashes with no one.
    expect(stage('India clashed.', 'en').v).toEqual([]);
    // "each other's" is the reciprocal pronoun too.
    expect(stage("Japan and South Korea revoked each other's trade privileges.", 'en').verbs[0]).toMatchObject({ targets: [], mutual: true });
    expect(stage("Japan and South Korea revoked their trade privileges.", 'en').v).toEqual([]);
  });

  it('summoning an envoy protests against the envoy\'s country', () => {
    expect(stage('Poland summoned Niger\'s ambassador Brah Mohamane.', 'en').v).toEqual(['Poland PROTEST Niger']);
    expect(stage('Dänemark bestellte den iranischen Botschafter ein.', 'de').v).toEqual(['Denmark PROTEST Iran']);
    // Other cues act on the envoy.
    expect(stage('Poland criticised Niger\'s ambassador Brah Mohamane.', 'en').v).toEqual(['Poland ACCUSE Brah Mohamane']);
  });

  it('a that-clause\'s subject is the one asked, with time words before "that" only', () => {
    expect(stage('Chile demanded on Monday that Peru release the fishermen.', 'en').v).toEqual(['Chile REQUEST Peru']);
    expect(stage('Schweden forderte, dass Ungarn den Weg freimacht.', 'de').v).toEqual(['Sweden REQUEST Hungary']);
    // Too far from the cue, "that" opens no object; nor does an actor before it.
    expect(stage('Chile demanded on Monday evening once again that Peru release the fishermen.', 'en').v).toEqual([]);
    expect(stage('Chile asked Bolivia that Peru release the fishermen.', 'en').v).toEqual(['Chile REQUEST Bolivia']);
    // The one asked opens the that-clause; a party deep inside it is not asked.
    expect(stage('Chile demanded that the fishermen held for seven long weeks by Peru be freed.', 'en').v).toEqual([]);
  });

  it('a rule with object prepositions takes only an actor after one of them', () => {
    expect(stage('Kenya called on Ethiopia to withdraw.', 'en').v).toEqual(['Kenya REQUEST Ethiopia']);
    expect(stage('Putin called Modi a partner.', 'en').v).toEqual([]);
    expect(stage('Polen verlangte von Ungarn eine Erklärung.', 'de').v).toEqual(['Poland REQUEST Hungary']);
    // The preposition may stand up to five words before the actor.
    expect(stage('Kenya called on the new government of Ethiopia to withdraw.', 'en').v).toEqual(['Kenya REQUEST Ethiopia']);
    expect(stage('Kenya called on the new interim government of Ethiopia to withdraw.', 'en').v).toEqual([]);
    // A comma between the preposition and the actor ends the search.
    expect(stage('Kenya called on Monday, Ethiopia said.', 'en').v).toEqual([]);
  });

  it('a purpose infinitive after a meeting verb names no party', () => {
    expect(stage('NATO ministers will meet to discuss Russia.', 'en').v).toEqual([]);
    expect(stage('NATO ministers agreed to meet the Russian envoys.', 'en').v).toContain('NATO CONSULT Russia');
    // "to" before a determiner is a preposition: "talked to the Russian president" names the partner.
    expect(stage('Scholz talked to the Russian president.', 'en').v).toEqual(['Olaf Scholz CONSULT Russia']);
  });

  it('English objects follow the verb within six words, or fourteen after "to"', () => {
    expect(stage('Russia threatened yesterday in a long speech Canada.', 'en').v).toEqual(['Russia THREATEN Canada']);
    expect(stage('Russia threatened yesterday in a long angry speech Canada.', 'en').v).toEqual([]);
    expect(stage('Russia threatened to cut off all of the electricity to Canada.', 'en').v).toEqual(['Russia THREATEN Canada']);
    // German objects may stand anywhere in the clause.
    expect(stage('Russland kritisierte gestern in einer langen und sehr wütenden Rede Polen.', 'de').v).toEqual(['Russia ACCUSE Poland']);
  });

  it('a capital before an event noun says where, not who', () => {
    expect(stage('Xi praised the Moscow talks.', 'en').v).toEqual([]);
    expect(stage('Xi praised Moscow.', 'en').v).toEqual(['Xi Jinping SUPPORT Russia']);
  });

  // The party an act was done to is not the one condemned: the act's agent is, named with the noun or before it.
  it('condemning an act accuses its agent, never the party it was done to', () => {
    expect(stage('Poland condemned the attack on Lithuania.', 'en').v).toEqual([]);
    expect(stage('Polen verurteilte den Angriff auf Litauen.', 'de').v).toEqual([]);
    expect(stage('Poland condemned the attack on Lithuania by Belarus.', 'en').v).toEqual(['Poland ACCUSE Belarus']);
    expect(stage("Belarus's attack on Lithuania shocked Europe. Poland condemned the attack.", 'en', 1).v).toEqual(['Poland ACCUSE Belarus']);
    expect(stage('Polen verurteilte den Angriff Russlands auf Litauen.', 'de').v).toEqual(['Poland ACCUSE Russia']);
    // A possessor before the noun stays the object, as before.
    expect(stage("Poland condemned Russia's attack on Lithuania.", 'en').v).toEqual(['Poland ACCUSE Russia']);
  });

  it('a participle after a comma has the main clause\'s subject', () => {
    expect(stage('Iran fired missiles at Israel, threatening Canada with more strikes.', 'en').v).toContain('Iran THREATEN Canada');
    expect(stage('Myanmar detained Aung San Suu Kyi, accusing the NLD of fraud.', 'en').v).toContain('Myanmar ACCUSE National League for Democracy');
    // With a subject of its own the clause keeps it.
    expect(stage('Iran fired missiles at Israel, and Canada condemned Iran.', 'en').v).toContain('Canada ACCUSE Iran');
  });

  it('a relative pronoun after a comma has the actor before it as subject, and so has the clause it interrupts', () => {
    const en = stage('China, which supports Russia, met India.', 'en').v;
    expect(en).toEqual(['China SUPPORT Russia', 'China CONSULT India']);
    const de = stage('Guterres und Erdogan, die in Istanbul mit Russland verhandelt hatten, trafen Selenskyj.', 'de').v;
    expect(de).toContain('António Guterres+Recep Tayyip Erdoğan CONSULT Russia');
    // "which Russia supports": the pronoun is the object, so China is not the one supporting.
    expect(stage('China, which Russia supports, met India.', 'en').v).not.toContain('China SUPPORT Russia');
  });

  it('a participle after a comma with a by-agent qualifies the main clause subject, over the agent\'s title', () => {
    const { v } = stage('Thailand and Cambodia held talks in Malaysia, hosted by Prime Minister Anwar Ibrahim.', 'en');
    expect(v).toContain('Anwar Ibrahim CONSULT Thailand+Cambodia');
    // An actor the agent phrase goes on to name is no patient.
    expect(stage('Diplomats met at a lunch hosted by the Ambassador of Morocco.', 'en').v).toEqual([]);
  });

  it('an English infinitive after a subordinator takes the subject opening its own clause', () => {
    const { v } = stage('Egypt said that the US must be ready to mediate between Israel and Hamas.', 'en');
    expect(v).toContain('United States CONSULT Israel+Hamas');
    expect(v.some((x) => x.startsWith('Egypt CONSULT'))).toBe(false);
  });

  it('a pronoun opening what a state reports is that state', () => {
    expect(stage('China said it would impose sanctions on Japan.', 'en').v).toContain('China SANCTION Japan');
    expect(stage('Japan said on Tuesday it had halted economic aid to Serbia.', 'en').v).toEqual(['Japan SANCTION Serbia']);
    expect(stage('Russland erklärte, es werde die Ukraine angreifen.', 'de').v).toEqual(['Russia ASSAULT Ukraine']);
    // An "it" that opens no reported content stands for no one.
    expect(stage('It is unclear whether Russia will help Iran.', 'en').v).toEqual(['Russia SUPPORT Iran']);
  });

  it('a noun an earlier verb required is not read as a verb of its own', () => {
    expect(stage('The United States said it would prohibit all aid to Albania.', 'en').v).toEqual(['United States SANCTION Albania']);
  });

  it('a nationality before an office noun with no name is the office holder named before', () => {
    expect(stage('Emmanuel Macron flew to Beijing. The French president urged China to restrain Russia.', 'en', 1).v).toContain('Emmanuel Macron REQUEST China');
    expect(stage('Emmanuel Macron reiste nach Peking. Der französische Präsident kritisierte China.', 'de', 1).v).toEqual(['Emmanuel Macron ACCUSE China']);
    // With no such person before, the state itself.
    expect(stage('The French president urged China to restrain Russia.', 'en').v).toContain('France REQUEST China');
  });

  it('a German infinitive with "zu" joined takes the main clause\'s subject', () => {
    expect(stage('Frankreich und Italien haben vereinbart, enger zusammenzuarbeiten.', 'de').v).toContain('France+Italy COOPERATE ');
  });

  it('an infinitive after a listed subject takes the whole list', () => {
    const { v } = stage('Macron, Scholz and Draghi traveled to Kyiv to meet Zelensky.', 'en');
    expect(v.filter((x) => x.endsWith('CONSULT Volodymyr Zelensky'))).toEqual(['Emmanuel Macron+Olaf Scholz+Mario Draghi CONSULT Volodymyr Zelensky']);
  });

  it('one meeting noun before the parties makes one meeting of all of them', () => {
    expect(stage('Biden hosted a summit with Japan and South Korea.', 'en').verbs[0].joint).toBe(true);
    // "met X and Y" may be two meetings.
    expect(stage('Biden met Japan and South Korea.', 'en').verbs[0].joint).toBeUndefined();
  });

  it('a plural pronoun opening a clause is the list just named', () => {
    expect(stage('Japan and South Korea held talks. They agreed to share intelligence.', 'en', 1).v).toEqual(['Japan+South Korea AGREE ']);
    expect(stage('Japan und Südkorea führten Gespräche. Sie einigten sich auf einen Austausch.', 'de', 1).v).toEqual(['Japan+South Korea AGREE ']);
  });

  it('an office between commas leaves the main clause its subject', () => {
    const { v } = stage('Jens Stoltenberg, heute norwegischer Finanzminister, kritisierte Russland.', 'de');
    expect(v).toEqual(['Jens Stoltenberg ACCUSE Russia']);
    expect(stage("Yván Gil, Venezuela's foreign minister, criticised Guyana.", 'en').v).toEqual(['Yván Gil ACCUSE Guyana']);
  });

  it('a possessor before a relational noun and a name qualifies the name, which is the object', () => {
    expect(stage("Poland accused Russia's ally Belarus.", 'en').v).toEqual(['Poland ACCUSE Belarus']);
    // Before any other noun the possessor stays the object.
    expect(stage("Poland accused Russia's army of Ukraine's suffering.", 'en').v).toContain('Poland ACCUSE Russia');
  });

  it('an act carried by a light verb earlier has that verb\'s subject as agent', () => {
    expect(stage('Russia launched an offensive on Monday. Poland condemned the offensive.', 'en', 1).v).toEqual(['Poland ACCUSE Russia']);
    expect(stage('Japan, which made the first move, waited. Seoul criticised the move.', 'en', 1).v).toEqual(['South Korea ACCUSE Japan']);
    // A subject further away carries nothing: "Biden warned after the army staged a coup".
    expect(stage('Joe Biden spoke after the army staged a coup. Britain condemned the coup.', 'en', 1).v).toEqual([]);
  });

  it('a participle with "by" after a noun qualifies the noun: the clause subject is no patient', () => {
    const { v } = stage('The EU criticised the sanctions imposed by the United States on Iran.', 'en');
    expect(v).toContain('United States SANCTION Iran');
    expect(v).toContain('European Union ACCUSE United States');
    expect(v).not.toContain('United States SANCTION European Union');
  });
});

describe('noun cues: source and target', () => {
  it('a possessor, a compound prefix or a genitive is the agent; the preposition names the target', () => {
    expect(stage('Russlands Unterstützung für Nordkorea wächst.', 'de').n).toEqual(['Russia SUPPORT North Korea']);
    expect(stage('Die Unterstützung Russlands für Nordkorea wächst.', 'de').n).toEqual(['Russia SUPPORT North Korea']);
    expect(stage('Die EU-Sanktionen gegen den Iran bleiben.', 'de').n).toEqual(['European Union SANCTION Iran']);
    expect(stage('Die EU-Sanktionen gegen Iran und Syrien bleiben.', 'de').n).toEqual(['European Union SANCTION Iran+Syria']);
    expect(stage('Der Großangriff der Hamas auf Israel begann.', 'de').n).toEqual(['Hamas ASSAULT Israel']);
    const { nouns } = stage('Russia\'s attack on Ukraine continued.', 'en');
    expect(nouns[0]).toMatchObject({ type: 'ASSAULT', rule: 'en.noun.attack', confidence: conf('x', 'en').nounWithAgent });
  });

  it('a place before the noun is no possessor, nor a clause subject', () => {
    expect(stage('Die im Sahel verübten Angriffe auf Mali nahmen zu.', 'de').n).toEqual([]);
    expect(stage('In Kiew sprach man sich für Sanktionen gegen Russland aus.', 'de').n).toEqual([]);
  });

  it('a possessor in another clause is none: "bestreitet dass Angriffe ..." is no attack by the one denying', () => {
    expect(stage('Russland bestreitet dass Angriffe auf die Ukraine stattfanden.', 'de').n).toEqual([]);
  });

  it('an actor acting on itself is no noun act', () => {
    expect(stage('Russlands Angriff auf Moskau überraschte.', 'de').n).toEqual([]);
  });

  it('German: a lowercase word is no noun cue', () => {
    expect(stage('Polen äußerte kritik an Ungarn.', 'de').n).toEqual([]);
    expect(stage('Polen äußerte Kritik an Ungarn.', 'de').n).toEqual(['Poland ACCUSE Hungary']);
  });

  it('nouns between the preposition and the target do not end the search', () => {
    expect(stage('Nordkoreas Drohungen gegen die neuen regionalen Partner wie Südkorea nehmen zu.', 'de').n).toEqual(['North Korea THREATEN South Korea']);
  });

  it('a genitive list gives the sides of a reciprocal noun that needs a target', () => {
    expect(stage('Die guten Beziehungen Polens und Ungarns sind bekannt.', 'de').n).toEqual(['Poland+Hungary COOPERATE ']);
  });

  it('a genitive is the patient for "Bombardierung", with the agent after "durch"', () => {
    expect(stage('Die Bombardierung der Ukraine durch Russland dauert an.', 'de').n).toEqual(['Russia ASSAULT Ukraine']);
    expect(stage('Die Tötung des iranischen Generals Soleimani durch die USA empörte Iran.', 'de').n).toEqual(['United States ASSAULT Qasem Soleimani']);
  });

  it('an agent or a genitive alone, with no target, gives no act', () => {
    expect(stage('Die Unterstützung Russlands wächst.', 'de').n).toEqual([]);
    expect(stage('Der Angriff der Hamas begann.', 'de').n).toEqual([]);
  });

  it('"zwischen X und Y" gives both sides', () => {
    const { nouns, a } = stage('Die Kooperation zwischen Russland und Nordkorea wächst.', 'de');
    expect(a.acts(nouns)).toEqual(['Russia COOPERATE North Korea']);
    expect(nouns[0]).toMatchObject({ reciprocal: true, confidence: conf('x', 'de').nounBetween });
    expect(stage('The agreement between Russia and China holds.', 'en').n).toEqual(['Russia AGREE China']);
  });

  it('a mutual noun between two sides runs both ways; a reciprocal one is one joint act', () => {
    const { nouns } = stage('Die Kämpfe zwischen Armenien und Aserbaidschan dauern an.', 'de');
    expect(nouns).toHaveLength(1);
    expect(nouns[0]).toMatchObject({ mutual: true, targets: [] });
    expect(nouns[0].sources).toHaveLength(2);
    // The same words without a second side give nothing: clashes are never one-sided by inference.
    expect(stage('Die Kämpfe in Armenien dauern an.', 'de').n).toEqual([]);
    expect(stage('Fighting between Armenia and Azerbaijan went on.', 'en').nouns[0]).toMatchObject({ mutual: true });
    expect(stage('The agreement between Russia and China holds.', 'en').nouns[0].mutual).toBeUndefined();
  });

  it('after a verb of receiving, the giver after "von"/"from" acts and the subject receives', () => {
    expect(stage('Dodik erhält Unterstützung von Ungarn und Slowenien.', 'de').n).toEqual(['Hungary+Slovenia SUPPORT Milorad Dodik']);
    expect(stage('Haftar hatte Unterstützung von Ägypten erhalten.', 'de').n).toEqual(['Egypt SUPPORT Khalifa Haftar']);
    expect(stage('Haftar received military support from Egypt.', 'en').n).toEqual(['Egypt SUPPORT Khalifa Haftar']);
    // The received word is no verb cue of its own ("support" after "received military").
    expect(stage('Haftar received military support from Egypt.', 'en').v).toEqual([]);
    // Without a verb of receiving "Unterstützung von Y" is support for Y, and "from" names no one.
    expect(stage('Russland verstärkt die Unterstützung von Haftar.', 'de').n).toEqual(['Russia SUPPORT Khalifa Haftar']);
    expect(stage('Russia offered support from Egypt.', 'en').n).toEqual([]);
  });

  it('a meeting in a phrase opening the sentence is held by the subject of the clause after it', () => {
    expect(stage('At a meeting with Macron, Scholz said the war must end.', 'en').n).toEqual(['Olaf Scholz CONSULT Emmanuel Macron']);
    expect(stage('After separate calls with Thailand and Cambodia, Trump voiced concern.', 'en').n).toEqual(['Donald Trump CONSULT Thailand+Cambodia']);
    expect(stage('Bei einem Treffen mit Macron sagte Scholz, der Krieg müsse enden.', 'de').n).toEqual(['Olaf Scholz CONSULT Emmanuel Macron']);
    expect(stage('Nach einem Telefonat mit Erdoğan in Ankara erklärte Putin, er sei zufrieden.', 'de').n).toEqual(['Vladimir Putin CONSULT Recep Tayyip Erdoğan']);
    // Not opening the sentence, the phrase has no such subject; nor without a comma in English.
    expect(stage('Scholz spoke, and at a meeting with Macron voiced concern.', 'en').n).toEqual([]);
    expect(stage('At a meeting with Macron Scholz voiced concern.', 'en').n).toEqual([]);
  });

  it('an actor inside a prepositional phrase is not the subject a noun falls back to', () => {
    expect(stage('Inmitten der Spannungen zwischen Griechenland und der Türkei hält Frankreich ein Manöver im Mittelmeer ab.', 'de').n).toEqual(['France MOBILIZE Mediterranean']);
    expect(stage('Frankreich hält ein Manöver im Mittelmeer ab.', 'de').n).toEqual(['France MOBILIZE Mediterranean']);
  });

  it('"Beziehungen" needs a modifier, and "militärische Beziehungen" a "zwischen"', () => {
    expect(stage('Die militärischen Beziehungen zwischen Russland und Nordkorea wachsen.', 'de').n).toEqual(['Russia COOPERATE North Korea']);
    expect(stage('Die Beziehungen zwischen Russland und Nordkorea wachsen.', 'de').n).toEqual([]);
    expect(stage('Polen pflegt gute Beziehungen zu Ungarn.', 'de').n).toEqual(['Poland COOPERATE Hungary']);
    expect(stage('Polen pflegt gute alte Beziehungen zu Ungarn.', 'de').n).toEqual(['Poland COOPERATE Hungary']);
    expect(stage('Polen pflegt gute, alte Beziehungen zu Ungarn.', 'de').n).toEqual([]);
    expect(stage('Polen pflegt Beziehungen zu Ungarn.', 'de').n).toEqual([]);
  });

  it('"unter Sanktionen stehen" makes the subject the one sanctioned', () => {
    expect(stage('Nordkorea steht unter UN-Sanktionen.', 'de').n).toEqual(['United Nations SANCTION North Korea']);
  });

  it('inside an accusation the accused is the agent of the noun, the accuser its claimant', () => {
    const de = stage('Die EU warf Russland die Unterstützung für Nordkorea vor.', 'de');
    expect(de.n).toEqual(['Russia SUPPORT North Korea']);
    expect(de.nouns[0].claimant).toBe('Q458');
    // German puts the verb last: the cue may follow the noun.
    const warn = stage('Die EU hat Serbien vor einem Angriff auf das Kosovo gewarnt.', 'de');
    expect(warn.n).toEqual(['Serbia ASSAULT Kosovo']);
    // A noun with its own possessor inside the accusation keeps it.
    const own = stage('NATO accused Russia of Iran\'s attack on Israel.', 'en');
    expect(own.n).toEqual(['Iran ASSAULT Israel']);
    expect(own.nouns[0].claimant).toBeUndefined();
    const en = stage('NATO accused Russia of an attack on Ukraine.', 'en');
    expect(en.n).toEqual(['Russia ASSAULT Ukraine']);
    expect(en.nouns[0].claimant).toBe('Q7184');
  });

  it('without an agent the clause subject acts, except for attacks', () => {
    const { nouns, a } = stage('Die EU sprach sich für Sanktionen gegen Iran aus.', 'de');
    expect(a.acts(nouns)).toEqual(['European Union SANCTION Iran']);
    expect(nouns[0].confidence).toBe(conf('x', 'de').nounWithoutAgent);
    // An actor before the noun over lowercase words only is its possessor, with an agent's confidence.
    expect(stage('Die EU beschloss Sanktionen gegen Iran.', 'de').nouns[0].confidence).toBe(conf('x', 'de').nounWithAgent);
    expect(stage('Die EU beschloss sofort neue Sanktionen gegen Iran.', 'de').nouns[0].confidence).toBe(conf('x', 'de').nounWithAgent);
    // Beyond five words the actor before is no possessor, only the clause subject.
    expect(stage('Die EU beschloss gestern sofort wieder ganz neue harte Sanktionen gegen Iran.', 'de').nouns[0].confidence).toBe(conf('x', 'de').nounWithoutAgent);
    expect(stage('Russland sprach über den Angriff auf Litauen.', 'de').n).toEqual([]);
  });

  it('a reciprocal noun without a target takes the coordinated subjects', () => {
    expect(stage('Nordkorea und Russland vertiefen die Zusammenarbeit.', 'de').n).toEqual(['North Korea+Russia COOPERATE ']);
    expect(stage('Russland vertieft die Zusammenarbeit.', 'de').n).toEqual([]);
    // "Dies" opening the clause stands for the last party of the sentence before.
    expect(stage('Iran traf Israel. Dies verstärkte die Zusammenarbeit mit Ägypten.', 'de', 1).n).toEqual(['Israel COOPERATE Egypt']);
    expect(stage('Russland verstärkt die Zusammenarbeit mit Nordkorea.', 'de').n).toEqual(['Russia COOPERATE North Korea']);
  });

  it('"in" names a target only when it is a country, or where the rule takes places as targets', () => {
    expect(stage('Russlands Offensive in der Ukraine geht weiter.', 'de').n).toEqual(['Russia ASSAULT Ukraine']);
    expect(stage('Russlands Luftangriff in Bagdad tötete zehn.', 'de').n).toEqual([]);
    expect(stage('Russian troops in Belarus stayed.', 'en').n).toEqual(['Russia MOBILIZE Belarus']);
    expect(stage('Russian troops in Africa stayed.', 'en').n).toEqual(['Russia MOBILIZE Africa']);
    expect(stage('Russian talks in Africa ended.', 'en').n).toEqual([]);
  });

  it('the act a noun of ending governs has no agent in the clause subject', () => {
    expect(stage('Erdoğan forderte ein Ende der Sanktionen gegen Katar.', 'de').n).toEqual([]);
    expect(stage('Turkey called for the lifting of sanctions on Qatar.', 'en').n).toEqual([]);
  });

  it('the act a verb of demand asks for has not happened, and the one demanding is not its agent', () => {
    expect(stage('Erdoğan forderte Sanktionen gegen Katar.', 'de').n).toEqual([]);
    expect(stage('Turkey called for sanctions on Qatar.', 'en').n).toEqual([]);
    // An agent named with the noun keeps it, as what is demanded of that agent.
    const { nouns } = stage('Turkey called for EU sanctions on Qatar.', 'en');
    expect(nouns.map((f) => [f.sources, f.targets, f.polarity])).toEqual([[['Q458'], ['Q846'], 'hypothetical']]);
  });

  it('forces take their target only right after them', () => {
    expect(stage('Russian troops now in Belarus stayed.', 'en').n).toEqual(['Russia MOBILIZE Belarus']);
    expect(stage('Israeli soldiers routinely beat detainees on the West Bank.', 'en').n).toEqual([]);
    expect(stage('Israeli soldiers on the West Bank beat detainees.', 'en').n).toEqual(['Israel MOBILIZE West Bank']);
  });

  it('a visit goes to a country, a person or an organisation, not a region', () => {
    expect(stage('Scholz\' Reise nach China war kurz.', 'de').n).toEqual(['Olaf Scholz CONSULT China']);
    expect(stage('Scholz\' Reise nach Afrika war kurz.', 'de').n).toEqual([]);
  });

  it('a rule requiring a target gives nothing without one', () => {
    expect(stage('Russlands Lieferung an Kiew war pünktlich.', 'de').n).toEqual(['Russia SUPPORT Ukraine']);
    expect(stage('Russlands Lieferung war pünktlich.', 'de').n).toEqual([]);
    expect(stage('Russia\'s support continued.', 'en').n).toEqual([]);
    expect(stage('Russia\'s support for Syria continued.', 'en').n).toEqual(['Russia SUPPORT Syria']);
  });

  it('a noun cue already read as a verb is not read again, and a lowercase German word is no noun', () => {
    const en = stage('Russia attacks Ukraine.', 'en');
    expect(en.v).toEqual(['Russia ASSAULT Ukraine']);
    expect(en.n).toEqual([]);
    const { verbs, nouns } = stage('Russland kritisierte die unterstützung für Kiew.', 'de');
    expect(verbs.map((f) => f.rule)).toContain('de.support.unterstuetzen');
    expect(nouns).toEqual([]);
  });

  it('a capitalised word far after the noun ends the search for the target', () => {
    expect(stage('Russlands Unterstützung bleibt Thema in den Gesprächen von Polen.', 'de').n).toEqual([]);
  });

  it('a comma or a full stop ends the search for the target', () => {
    expect(stage('Russlands Unterstützung, sagte Polen, gilt Nordkorea.', 'de').n).toEqual([]);
  });

  // BUG: a by-phrase after the target is never read: "The attack on Ukraine by Russia continued" gives no
  // act (the scan stops at the target). Expected: Russia ASSAULT Ukraine.
  it.fails('reads the agent after the target', () => {
    expect(stage('The attack on Ukraine by Russia continued.', 'en').n).toEqual(['Russia ASSAULT Ukraine']);
  });
});

describe('demands stated with "must" / "muss"', () => {
  it('a speaker saying that Y must act demands it of Y', () => {
    const { obligation, o } = stage('Serbien müsse die Grenze sofort öffnen, sagte Scholz.', 'de');
    expect(o).toEqual(['Olaf Scholz REQUEST Serbia']);
    expect(obligation[0]).toMatchObject({ rule: 'de.request.obligation', polarity: 'asserted', reciprocal: false, confidence: conf('x', 'de').obligation });
    expect(stage('Turkey said that Greece must not arm the islands.', 'en').o).toEqual(['Turkey REQUEST Greece']);
    expect(stage('Turkey said the Greek government must decide.', 'en').o).toEqual(['Turkey REQUEST Greece']);
  });

  it('German inversion: the party right after the modal', () => {
    expect(stage('Dann müsse Israel einlenken, sagte Scholz.', 'de').o).toEqual(['Olaf Scholz REQUEST Israel']);
    expect(stage('Dann müsse auch Israel einlenken, sagte Scholz.', 'de').o).toEqual(['Olaf Scholz REQUEST Israel']);
    expect(stage('Dann müsse nun auch Israel einlenken, sagte Scholz.', 'de').o).toEqual([]);
    // English takes no subject after the modal.
    expect(stage('Turkey said that then must Greece decide.', 'en').o).toEqual([]);
  });

  it('without a speaker, or with the subject as its own speaker, a "must" is no demand', () => {
    expect(stage('Greece must decide soon.', 'en').o).toEqual([]);
    expect(stage('Greece said Greece must decide.', 'en').o).toEqual([]);
    // A comma between the party and the modal: it is not the subject.
    expect(stage('Turkey said Greece, Italy said, must decide.', 'en').o).toEqual([]);
  });

  it('the subject ends at most three words before the modal', () => {
    expect(stage('Turkey said that Greece alone must decide.', 'en').o).toEqual(['Turkey REQUEST Greece']);
    expect(stage('Turkey said that Greece alone really must decide.', 'en').o).toEqual(['Turkey REQUEST Greece']);
    expect(stage('Turkey said that Greece now alone really must decide.', 'en').o).toEqual([]);
  });

  it('a modal already read as a cue is not read again', () => {
    const a = analyse('Turkey said that Greece must decide.', 'en');
    const s = a.sentence();
    const k = a.token('must');
    const earlier: Found[] = [{ type: 'REQUEST', sources: ['x'], targets: ['y'], cue: k, rule: 'r', reciprocal: false, confidence: 1 }];
    expect(relateObligation(a.doc, s, a.actors(s), a.speakers(s), earlier)).toEqual([]);
    expect(relateObligation(a.doc, s, a.actors(s), a.speakers(s), [])).toHaveLength(1);
  });
});

describe('structural edges', () => {
  it('a person named with an office represents its holder, not a short form', () => {
    const a = analyse('NATO Secretary General Mark Rutte met Scholz. Rutte praised Germany.', 'en');
    const edges = relateStructural(a.doc, a.mentions);
    expect(a.acts(edges.filter((f) => f.type === 'REPRESENTS'))).toEqual(['Mark Rutte REPRESENTS NATO']);
    expect(edges[0]).toMatchObject({ rule: 'structural.role-title', cue: a.token('Mark'), reciprocal: false, confidence: a.doc.lexicon.confidence.roleTitle });
  });

  it('"NATO-Mitglied Türkei" and "EU member Poland" state a membership', () => {
    const de = analyse('Das NATO-Mitglied Türkei kritisierte Schweden.', 'de');
    const f = relateStructural(de.doc, de.mentions).filter((x) => x.type === 'MEMBER_OF');
    expect(de.acts(f)).toEqual(['Turkey MEMBER_OF NATO']);
    expect(f[0]).toMatchObject({ rule: 'structural.member-compound', confidence: de.doc.lexicon.confidence.memberCompound });
    const none = analyse('Die NATO-Erklärung kritisierte die Türkei.', 'de');
    expect(relateStructural(none.doc, none.mentions).filter((x) => x.type === 'MEMBER_OF')).toEqual([]);
  });

  it('relate gives the acts per sentence with speakers, the structural edges last without either', () => {
    const a = analyse('Poland said that Russia attacked Ukraine. It rained. President Emmanuel Macron left.', 'en');
    const acts = relate(a.doc, a.mentions);
    expect(acts.map((x) => x.sentence)).toEqual([1, null]);
    expect(a.acts(acts[0].found)).toEqual(['Russia ASSAULT Ukraine']);
    expect(acts[0].speakers.map((sp) => a.name(sp.key))).toEqual(['Poland']);
    expect(a.acts(acts[1].found)).toEqual(['Emmanuel Macron REPRESENTS France']);
    expect(acts[1].speakers).toEqual([]);
    const b = analyse('It rained.', 'en');
    expect(relate(b.doc, b.mentions)).toEqual([]);
  });

  it('a speaker of a reporting verb stays a party of the sentence; a source named in a phrase does not', () => {
    const a = analyse('Scholz met Macron and said that Russia lied.', 'en');
    expect(a.acts(relate(a.doc, a.mentions)[0].found)).toEqual(['Olaf Scholz CONSULT Emmanuel Macron']);
    const b = analyse('According to Poland, Russia met Hungary.', 'en');
    expect(b.acts(relate(b.doc, b.mentions)[0].found)).toEqual(['Russia CONSULT Hungary']);
  });
});

describe('whole articles', () => {
  // BUG: a time phrase after a closing reporting verb is read as the reported content: in "Russia attacked
  // Ukraine, Poland said on Monday." the attack is not attributed to Poland (attributedTo null).
  it.fails('attributes the content before "X said on Monday"', () => {
    const x = extractText('News\n\nRussia attacked Ukraine, Poland said on Monday.');
    expect(find(x, 'Russia', 'ASSAULT', 'Ukraine')?.attributedTo).toBe('Poland');
  });

  // BUG: "his country" is the last state or office holder named before, so after "X accused Russia of ..."
  // it stands for Russia, not for X's own country: no Russia ASSAULT France is found.
  it.fails('"his country" after an accusation is the accuser\'s country', () => {
    const x = extractText('News\n\nMacron accused Russia of an attack on his country.');
    expect(find(x, 'Russia', 'ASSAULT', 'France')).toBeDefined();
  });
});
