// Round 3 relation rules: one test per general rule; all sentences are our own.
import { describe, it, expect } from 'vitest';
import { extractText, find } from './helpers.ts';

describe('protest', () => {
  it('reads summoning an envoy as a protest against the envoy\'s country', () => {
    const x = extractText('Streit\n\nDas Außenministerium in Wien bestellte am Montag den ungarischen Botschafter ein. Dänemark bestellte den iranischen Botschafter ein.');
    expect(find(x, 'Denmark', 'PROTEST', 'Iran')?.rule).toBe('de.protest.einbestellen');
    const y = extractText('Row\n\nEstonia summoned the Russian ambassador on Friday. Norway lodged a formal protest with Iran.');
    expect(find(y, 'Estonia', 'PROTEST', 'Russia')?.rule).toBe('en.protest.summon');
    expect(find(y, 'Norway', 'PROTEST', 'Iran')?.rule).toBe('en.protest.lodge');
  });
});

describe('requests', () => {
  it('takes the subject of a that-clause as the one asked', () => {
    const x = extractText('Demand\n\nChile demanded on Monday that Peru release the fishermen.');
    expect(find(x, 'Chile', 'REQUEST', 'Peru')?.polarity).toBe('asserted');
    const y = extractText('Forderung\n\nSchweden forderte, dass Ungarn den Weg freimacht.');
    expect(find(y, 'Sweden', 'REQUEST', 'Hungary')).toBeDefined();
  });

  it('reads "called on Y" as a request and "called Y a friend" as nothing', () => {
    const x = extractText('Appeal\n\nKenya called on Ethiopia to withdraw its troops. Putin called Modi a trusted partner.');
    expect(find(x, 'Kenya', 'REQUEST', 'Ethiopia')?.rule).toBe('en.request.call-on');
    expect(x.relations.filter((r) => r.type === 'CONSULT')).toHaveLength(0);
    const y = extractText('Appeal\n\nKenya called on Ethiopia to withdraw its troops. Putin phoned Modi on Tuesday.');
    expect(find(y, 'Vladimir Putin', 'CONSULT', 'Narendra Modi')?.rule).toBe('en.consult.meet');
  });

  it('reads "Y must ..." in reported speech as the speaker\'s demand on Y', () => {
    const x = extractText('Forderung\n\nSerbien müsse die Grenze sofort öffnen, sagte Scholz am Rande des Treffens in der Hauptstadt.');
    const r = find(x, 'Olaf Scholz', 'REQUEST', 'Serbia');
    expect(r?.rule).toBe('de.request.obligation');
    expect(r?.attributedTo).toBeNull();
    const y = extractText('Demand\n\nTurkey said on Tuesday that Greece must not arm the islands.');
    expect(find(y, 'Turkey', 'REQUEST', 'Greece')?.polarity).toBe('asserted');
    const z = extractText('Duty\n\nGreece must decide soon whether the ferry line to the islands will be kept open for the winter.');
    expect(z.relations.filter((r) => r.type === 'REQUEST')).toHaveLength(0);
    const w = extractText('Duty\n\nTurkey said Greece must decide soon whether the ferry line to the islands will be kept open for the winter.');
    expect(find(w, 'Turkey', 'REQUEST', 'Greece')).toBeDefined();
  });
});

describe('visits', () => {
  it('reads travel to a capital as a visit to its country, and a meeting place as no party', () => {
    const x = extractText('Reise\n\nMacron reiste am Mittwoch nach Peking.');
    expect(find(x, 'Emmanuel Macron', 'CONSULT', 'China')?.rule).toBe('de.consult.reisen');
    const y = extractText('Trip\n\nBlinken traveled to Ankara. Scholz and Macron met in Paris.');
    expect(find(y, 'Antony Blinken', 'CONSULT', 'Turkey')?.rule).toBe('en.consult.travel');
    expect(find(y, 'Olaf Scholz', 'CONSULT', 'Emmanuel Macron')).toBeDefined();
    expect(y.relations.some((r) => r.target === 'Paris' || r.target === 'France')).toBe(false);
    const z = extractText('Trip\n\nScholz traveled to Paris.');
    expect(find(z, 'Olaf Scholz', 'CONSULT', 'France')?.rule).toBe('en.consult.travel');
  });

  it('reads "Besuch in Y" as consultation, a cancelled visit as negated, and troops arriving as no visit', () => {
    const x = extractText('Besuch\n\nModi hat seinen Besuch in Kanada abgesagt, wie die Regierung mitteilte.');
    expect(find(x, 'Narendra Modi', 'CONSULT', 'Canada')?.polarity).toBe('negated');
    const y = extractText('Troops\n\nIndian troops arrived in Sudan on Monday, the government said.');
    expect(find(y, 'India', 'CONSULT', 'Sudan')).toBeUndefined();
    const z = extractText('Troops\n\nModi arrived in Sudan on Monday, the government said.');
    expect(find(z, 'Narendra Modi', 'CONSULT', 'Sudan')?.rule).toBe('en.consult.travel');
  });
});

describe('assault', () => {
  it('reads a German passive with "von" as the agent acting on the subject', () => {
    const x = extractText('Angriff\n\nArmenien wurde in der Nacht von Aserbaidschan angegriffen.');
    expect(find(x, 'Azerbaijan', 'ASSAULT', 'Armenia')).toBeDefined();
    expect(find(x, 'Armenia', 'ASSAULT', 'Azerbaijan')).toBeUndefined();
  });

  it('reads a titled person in the genitive as the patient of a killing by an agent', () => {
    const x = extractText('Rache\n\nIrans Führung schwor Rache für die Tötung des Generals Ghassem Soleimani durch eine amerikanische Drohne im Irak.');
    expect(find(x, 'United States', 'ASSAULT', 'Qasem Soleimani')?.rule).toBe('de.noun.bombardierung');
    expect(x.relations.filter((r) => r.type === 'ASSAULT')).toHaveLength(1);
  });

  it('reads "from attacks by X" as a noun, not a verb of the clause subject', () => {
    const x = extractText('Escort\n\nFrance sent frigates to protect ships from attacks by the Houthis.');
    expect(find(x, 'France', 'ASSAULT', 'Houthis')).toBeUndefined();
    const y = extractText('Escort\n\nFrance sent frigates to protect ships and attacked the Houthis.');
    expect(find(y, 'France', 'ASSAULT', 'Houthis')?.rule).toBe('en.assault.attack');
  });
});

describe('actors', () => {
  it('drops relations between an office holder and what they represent', () => {
    const x = extractText('Visit\n\nErdogan and Putin pledged closer ties during a Moscow visit.');
    expect(x.relations.some((r) => r.source === 'Vladimir Putin' && r.target === 'Russia' && r.type !== 'REPRESENTS')).toBe(false);
    expect(x.relations.some((r) => [r.source, r.target].sort().join() === 'Recep Tayyip Erdoğan,Vladimir Putin')).toBe(true);
  });

  it('reads "I" and "we" in a quote as the speaker and the speaker\'s state, also with the title after the verb', () => {
    const x = extractText('Krieg\n\n«Ich verurteile den Angriff Russlands», sagte Scholz.');
    expect(find(x, 'Olaf Scholz', 'ACCUSE', 'Russia')).toBeDefined();
    const y = extractText('Pakt\n\n«Wir haben einen Pakt mit Libyen unterzeichnet», sagte der türkische Präsident Erdogan.');
    expect(find(y, 'Turkey', 'AGREE', 'Libya')?.attributedTo).toBe('Recep Tayyip Erdoğan');
    // With the state never named, "we" stands for no one the article lists.
    const z = extractText('Pakt\n\n«Wir haben einen Pakt mit Libyen unterzeichnet», sagte Erdogan.');
    expect(z.relations.filter((r) => r.type === 'AGREE')).toEqual([]);
  });

  it('reads a capital opening a paragraph before a relative clause as the government, not a dateline', () => {
    const x = extractText('Trade\n\nTokyo, which made the first move, defended it. Seoul called the move reckless.');
    expect(x.entities.find((e) => e.mentions.includes('Tokyo'))?.name).toBe('Japan');
    expect(find(x, 'South Korea', 'ACCUSE', 'Japan')).toBeDefined();
  });

  it('reads a dateline as where the story was filed, not as an actor', () => {
    const x = extractText('Sanctions\n\nNAIROBI, Kenya The United States on Monday imposed sanctions against Ethiopia.');
    expect(find(x, 'United States', 'SANCTION', 'Ethiopia')).toBeDefined();
    expect(x.relations.some((r) => r.source === 'Kenya')).toBe(false);
    expect(x.entities.some((e) => e.name === 'Kenya')).toBe(true);
    const y = extractText('Abkommen\n\nIstanbul/Kiew (Reuters) - Russland und die Ukraine haben ein Abkommen unterzeichnet.');
    expect(y.relations.map((r) => `${r.source} ${r.type} ${r.target}`)).toEqual(['Russia AGREE Ukraine']);
    // A name opening a sentence with a colon after it is a dateline only when it is shouted or a place.
    const z = extractText('Streit\n\nRussland: Die Ukraine hat Polen kritisiert.');
    expect(find(z, 'Ukraine', 'ACCUSE', 'Poland')).toBeDefined();
  });

  it('keeps a state coercing its own office holder (an arrest in a coup), not a state meeting them', () => {
    const x = extractText('Coup\n\nMyanmar detained Aung San Suu Kyi on Monday.');
    expect(find(x, 'Myanmar', 'SANCTION', 'Aung San Suu Kyi')).toBeDefined();
    const y = extractText('Talks\n\nRussia met Vladimir Putin on Monday.');
    expect(y.relations.filter((r) => r.type !== 'REPRESENTS')).toEqual([]);
  });

  it('reads a nationality before a group as describing the group', () => {
    const x = extractText('Angriff\n\nDie libanesische Hisbollah beschoss Israel.');
    expect(find(x, 'Hezbollah', 'ASSAULT', 'Israel')).toBeDefined();
    expect(x.entities.find((e) => e.name === 'Lebanon')).toBeUndefined();
    const y = extractText('Angriff\n\nDie libanesische Armee beschoss Israel.');
    expect(find(y, 'Lebanon', 'ASSAULT', 'Israel')).toBeDefined();
  });

  it('knows parties as groups and platforms as non-actors', () => {
    const x = extractText('Streit\n\nDie CDU kritisierte die SPD, schrieb Merz am Abend auf Twitter.');
    expect(find(x, 'CDU', 'ACCUSE', 'SPD')?.attributedTo).toBe('Friedrich Merz');
    expect(x.entities.find((e) => e.name === 'SPD')?.type).toBe('Group');
    expect(x.relations.some((r) => r.target === 'Twitter' || r.source === 'Twitter' || r.attributedTo === 'Twitter')).toBe(false);
    const y = extractText('Streit\n\nMerz kritisierte Twitter am Abend scharf, weil die Plattform nicht neutral sei. Merz kritisierte Polen am Abend scharf, weil die Regierung nicht handle.');
    expect(y.relations.map((r) => `${r.source} ${r.type} ${r.target}`)).toEqual(['Friedrich Merz ACCUSE Poland']);
  });

  it('reads "Washington, D.C." as one place', () => {
    const x = extractText('March\n\nHundreds of students marched through Washington, D.C. on Saturday.');
    expect(x.entities.find((e) => e.name === 'Washington')?.mentions).toContain('Washington, D.C');
  });
});

describe('future tense', () => {
  it('reads finite "werden" with an infinitive cue as hypothetical, with a participle as passive', () => {
    const tail = ' Die Regierung hat das nicht bestätigt und die Lage ist weiter unklar.';
    expect(find(extractText(`Titel\n\nChile wird Peru kommende Woche angreifen.${tail}`), 'Chile', 'ASSAULT', 'Peru')?.polarity).toBe('hypothetical');
    expect(find(extractText(`Titel\n\nPeru wird von Chile angegriffen.${tail}`), 'Chile', 'ASSAULT', 'Peru')?.polarity).toBe('asserted');
    expect(find(extractText(`Titel\n\nPeru wird von Chile unterstützt.${tail}`), 'Chile', 'SUPPORT', 'Peru')?.polarity).toBe('asserted');
  });
});

describe('relative dates', () => {
  const pub = '2024-03-14T09:00:00Z'; // a Thursday
  it('resolves weekdays and yesterday to the day, last week and last month to the month, last year to the year', () => {
    // A second sentence in the same language, so language detection has enough text.
    const filler = (text: string) => (/^(Chile|Yesterday|Last)/.test(text) ? ' The government did not say what it would do next and the talks are over.' : ' Die Regierung hat das nicht bestätigt und die Lage ist weiter unklar.');
    const d = (text: string) => extractText(`Titel\n\n${text}${filler(text)}`, pub).relations.find((r) => r.type !== 'REPRESENTS')?.date;
    expect(d('Russland griff am Montag die Ukraine an.')).toEqual({ value: '2024-03-11', precision: 'day', text: 'Montag' });
    expect(d('Gestern kritisierte Polen Belarus.')).toMatchObject({ value: '2024-03-13', precision: 'day' });
    expect(d('Am Donnerstagabend verurteilte Frankreich Russland.')).toMatchObject({ value: '2024-03-14', precision: 'day' });
    expect(d('Chile criticized Peru on Friday.')).toMatchObject({ value: '2024-03-08', precision: 'day' });
    expect(d('Yesterday Chile criticized Peru.')).toMatchObject({ value: '2024-03-13', precision: 'day' });
    expect(d('Last week Chile criticized Peru.')).toMatchObject({ value: '2024-03', precision: 'month', text: 'Last week' });
    expect(d('Vergangenen Monat kritisierte Polen Belarus.')).toMatchObject({ value: '2024-02', precision: 'month' });
    expect(d('Im vergangenen Jahr unterstützte Polen die Ukraine.')).toMatchObject({ value: '2023', precision: 'year' });
  });

  it('prefers a written date and leaves relative dates alone without a publication date', () => {
    const x = extractText('Titel\n\nAm 3. März 2022 kritisierte Polen am Montag Belarus. Die Regierung hat das nicht bestätigt.', pub);
    expect(x.relations[0].date?.value).toBe('2022-03-03');
    expect(extractText('Titel\n\nGestern kritisierte Polen Belarus. Die Regierung hat das nicht bestätigt und die Lage ist unklar.').relations[0].date).toBeUndefined();
  });

  // Regression: date words were looked up in plain objects, so "constructor" resolved to
  // Object's constructor and the extraction threw "Invalid time value".
  it('reads words named like object properties as words, not dates', () => {
    const x = extractText('Title\n\nChile criticized Peru, the constructor said. The government did not say what it would do next.', pub);
    const r = x.relations.find((c) => c.source === 'Chile' && c.target === 'Peru');
    expect(r).toBeDefined();
    expect(r?.date).toBeUndefined();
  });
});
