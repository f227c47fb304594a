// One test per general rule added to the recogniser and relation finder; all sentences are our own.
import { describe, it, expect } from 'vitest';
import { extractText, find } from './helpers.ts';

const entity = (x: ReturnType<typeof extractText>, name: string) => x.entities.find((e) => e.name === name);

describe('capitals, seats and state bodies', () => {
  it('reads a capital after "in" as a place and an acting capital as its country', () => {
    const x = extractText('Gipfel\n\nDie Außenminister trafen sich in Peking. Peking kritisierte Washington scharf.');
    expect(entity(x, 'Beijing')?.type).toBe('Location');
    expect(find(x, 'China', 'ACCUSE', 'United States')).toBeDefined();
  });

  it('reads Brussels as the EU when it acts', () => {
    const x = extractText('Streit\n\nBrüssel wirft Minsk vor, Migranten an die Grenze zu schicken.');
    expect(find(x, 'European Union', 'ACCUSE', 'Belarus')).toBeDefined();
  });

  it('reads a state body and an administration as their country (PLOVER actor convention)', () => {
    const x = extractText('Row\n\nThe State Department criticized Venezuela. The Biden administration praised Chile.');
    expect(find(x, 'United States', 'ACCUSE', 'Venezuela')).toBeDefined();
    expect(find(x, 'United States', 'SUPPORT', 'Chile')).toBeDefined();
  });

  it('keeps a subject opening the last line out of the dateline reading', () => {
    const x = extractText('Drohung\n\nTeheran kündigte erneut an, jede weitere Provokation an der Grenze mit Härte zu beantworten, und der Sprecher sagte, dass man nicht lange zögern werde.');
    expect(entity(x, 'Iran')?.mentions).toContain('Teheran');
    expect(entity(x, 'Tehran')).toBeUndefined();
  });
});

describe('titles', () => {
  it('reads "Kollege" as an office held for the country named before it', () => {
    const x = extractText('Besuch\n\nDer polnische Präsident Jan Beispiel empfing seinen litauischen Kollegen Tomas Muster in Warschau.');
    expect(find(x, 'Tomas Muster', 'REPRESENTS', 'Lithuania')?.rule).toBe('structural.role-title');
    expect(find(x, 'Jan Beispiel', 'REPRESENTS', 'Poland')?.rule).toBe('structural.role-title');
    expect(find(x, 'Jan Beispiel', 'CONSULT', 'Lithuania')).toBeUndefined();
    // The same office without "Kollege" names a person of the other country, not Poland's.
    const y = extractText('Besuch\n\nDer polnische Präsident Jan Beispiel empfing den litauischen Präsidenten Tomas Muster in Warschau.');
    expect(find(y, 'Tomas Muster', 'REPRESENTS', 'Lithuania')).toBeDefined();
    expect(find(y, 'Tomas Muster', 'REPRESENTS', 'Poland')).toBeUndefined();
  });

  it('uses the country a title implies and joins "X und sein Kollege Y" as one subject', () => {
    const x = extractText('Appell\n\nBundesaußenminister Max Beispiel und sein spanischer Kollege Juan Ejemplo forderten Serbien zur Mäßigung auf.');
    expect(find(x, 'Max Beispiel', 'REPRESENTS', 'Germany')).toBeDefined();
    expect(find(x, 'Max Beispiel', 'REQUEST', 'Serbia')).toBeDefined();
    expect(find(x, 'Juan Ejemplo', 'REQUEST', 'Serbia')).toBeDefined();
  });

  it('reads "Father" as an honorific without an office', () => {
    const tail = ' John Example criticized Hungary for its treatment of the refugees and said that the government was wrong.';
    const x = extractText(`Church\n\nFather${tail}`);
    expect(find(x, 'John Example', 'ACCUSE', 'Hungary')).toBeDefined();
    expect(x.relations.filter((r) => r.type === 'REPRESENTS')).toHaveLength(0);
    // An office in the same place is one.
    const y = extractText(`Church\n\nAustrian Ambassador${tail}`);
    expect(find(y, 'John Example', 'ACCUSE', 'Hungary')).toBeDefined();
    expect(find(y, 'John Example', 'REPRESENTS', 'Austria')?.rule).toBe('structural.role-title');
  });
});

describe('relation rules', () => {
  it('reads a cue after a possessive as a noun with the possessor as agent', () => {
    const x = extractText('Attack\n\nPoland condemned Belarus\'s "brutal and unprovoked attack" on Lithuania.');
    expect(find(x, 'Belarus', 'ASSAULT', 'Lithuania')).toBeDefined();
    expect(find(x, 'Poland', 'ASSAULT', 'Lithuania')).toBeUndefined();
    expect(find(x, 'Poland', 'ACCUSE', 'Belarus')).toBeDefined();
  });

  it('makes the warned party the agent of the act warned of, attributed to the warner', () => {
    const x = extractText('Warnung\n\nDie EU hat Serbien vor einem Angriff auf das Kosovo gewarnt.');
    expect(find(x, 'European Union', 'REQUEST', 'Serbia')).toBeDefined();
    expect(find(x, 'Serbia', 'ASSAULT', 'Kosovo')?.attributedTo).toBe('European Union');
  });

  it('finds no meeting partner in a purpose infinitive', () => {
    const x = extractText('Ministers\n\nNATO ministers will meet to discuss the consequences of Russia\'s missile tests.');
    expect(find(x, 'NATO', 'CONSULT', 'Russia')).toBeUndefined();
    const y = extractText('Ministers\n\nNATO ministers will meet Russia\'s envoys to discuss the consequences of the missile tests.');
    expect(find(y, 'NATO', 'CONSULT', 'Russia')?.polarity).toBe('hypothetical');
  });

  it('keeps a joint proposal between its coordinated subjects', () => {
    const x = extractText('Vorschlag\n\nNorwegen und Schweden haben am Freitag einen gemeinsamen Vorschlag zur Beilegung der Kämpfe im Sudan vorgelegt.');
    const r = x.relations.find((r) => r.type === 'COOPERATE');
    expect([r?.source, r?.target].sort()).toEqual(['Norway', 'Sweden']);
    expect(x.relations.some((r) => r.type === 'COOPERATE' && r.target === 'Sudan')).toBe(false);
  });

  it('reads "have seen protests" as a noun, not a protest by the subject', () => {
    const x = extractText('Towns\n\nPoland has seen protests ever since the border with Belarus was closed.');
    expect(find(x, 'Poland', 'PROTEST', 'Belarus')).toBeUndefined();
    const y = extractText('Towns\n\nPoland has protested ever since the border with Belarus was closed.');
    expect(find(y, 'Poland', 'PROTEST', 'Belarus')?.rule).toBe('en.protest.protest');
  });

  it('takes no possessor across a preposition', () => {
    const x = extractText('Gespräch\n\nDie Regierungschefs Spaniens und Portugals redeten beim Abendessen über den Krieg im Jemen.');
    expect(x.relations.some((r) => r.type === 'ASSAULT')).toBe(false);
    // A possessor right after the noun is its agent.
    const y = extractText('Gespräch\n\nDie Regierungschefs Spaniens und Portugals redeten beim Abendessen über den Krieg Marokkos gegen Algerien.');
    expect(y.relations.filter((r) => r.type === 'ASSAULT').map((r) => `${r.source}>${r.target}`)).toEqual(['Morocco>Algeria']);
  });
});
