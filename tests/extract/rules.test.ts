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
    const x = extractText('Drohung\n\nTeheran hatte erneut gedroht, Israel für den Anschlag auf die Botschaft zu bestrafen, und die Regierung sagte, dass sie nicht warten werde.');
    expect(entity(x, 'Iran')?.mentions).toContain('Teheran');
    expect(entity(x, 'Tehran')).toBeUndefined();
  });
});

describe('titles', () => {
  it('reads "Kollege" as an office held for the country named before it', () => {
    const x = extractText('Besuch\n\nDer polnische Präsident Jan Beispiel empfing seinen litauischen Kollegen Tomas Muster in Warschau.');
    expect(find(x, 'Tomas Muster', 'REPRESENTS', 'Lithuania')).toBeDefined();
    expect(find(x, 'Jan Beispiel', 'CONSULT', 'Lithuania')).toBeUndefined();
  });

  it('uses the country a title implies and joins "X und sein Kollege Y" as one subject', () => {
    const x = extractText('Appell\n\nBundesaußenminister Max Beispiel und sein spanischer Kollege Juan Ejemplo forderten Serbien zur Mäßigung auf.');
    expect(find(x, 'Max Beispiel', 'REPRESENTS', 'Germany')).toBeDefined();
    expect(find(x, 'Max Beispiel', 'REQUEST', 'Serbia')).toBeDefined();
    expect(find(x, 'Juan Ejemplo', 'REQUEST', 'Serbia')).toBeDefined();
  });

  it('reads "Father" as an honorific without an office', () => {
    const x = extractText('Church\n\nFather John Example criticized Hungary for its treatment of the refugees and said that the government was wrong.');
    expect(find(x, 'John Example', 'ACCUSE', 'Hungary')).toBeDefined();
    expect(x.relations.filter((r) => r.type === 'REPRESENTS')).toHaveLength(0);
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
  });

  it('keeps a joint proposal between its coordinated subjects', () => {
    const x = extractText('Vorschlag\n\nNorwegen und Schweden haben einen Vorschlag für eine Waffenruhe im Sudan vorgelegt.');
    const r = x.relations.find((r) => r.type === 'COOPERATE');
    expect([r?.source, r?.target].sort()).toEqual(['Norway', 'Sweden']);
    expect(x.relations.some((r) => r.type === 'COOPERATE' && r.target === 'Sudan')).toBe(false);
  });

  it('reads "have seen protests" as a noun, not a protest by the subject', () => {
    const x = extractText('Cities\n\nSeveral Russian cities have seen protests since the invasion of Georgia.');
    expect(find(x, 'Russia', 'PROTEST', 'Georgia')).toBeUndefined();
  });

  it('takes no possessor across a preposition', () => {
    const x = extractText('Gespräch\n\nDie Präsidenten Frankreichs und Italiens sprachen über den Krieg in Syrien.');
    expect(x.relations.some((r) => r.type === 'ASSAULT')).toBe(false);
  });
});
