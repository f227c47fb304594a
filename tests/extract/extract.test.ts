import { describe, it, expect } from 'vitest';
import { extractFile, extractText, find, fixture, lazy, seedPath } from './helpers.ts';

describe('seed article', () => {
  const seed = lazy(() => extractFile(seedPath));
  const entity = (name: string) => seed().entities.find((e) => e.name === name);

  it('resolves every actor into one entity with its surface forms', () => {
    expect(entity('Russia')!.mentions).toEqual(expect.arrayContaining(['Russland', 'Russlands', 'russischen', 'Moskau']));
    expect(entity('North Korea')!.mentions).toEqual(expect.arrayContaining(['Nordkorea', 'Nordkoreas', 'Pjöngjang']));
    expect(entity('Mark Rutte')!.mentions).toEqual(expect.arrayContaining(['Mark Rutte', 'Rutte']));
    expect(entity('United States')!.iso3).toBe('USA');
    expect(entity('United Nations')!.mentions).toContain('UN');
    expect(entity('Brussels')!.type).toBe('Location');
    expect(seed().entities.filter((e) => e.name === 'Russia')).toHaveLength(1);
  });

  it('finds the accusation (separable verb) and the support it describes', () => {
    const x = seed();
    expect(find(x, 'NATO', 'ACCUSE', 'Russia')?.rule).toBe('de.accuse.vorwerfen');
    const supports = x.relations.filter((r) => r.source === 'Russia' && r.type === 'SUPPORT' && r.target === 'North Korea');
    expect(supports.map((r) => r.attributedTo)).toEqual(expect.arrayContaining(['NATO', 'Mark Rutte']));
  });

  it('marks threats under "könnte" and "Risiko" as hypothetical', () => {
    const x = seed();
    for (const target of ['United States', 'South Korea', 'Japan', 'Europe']) {
      expect(find(x, 'North Korea', 'THREATEN', target)?.polarity).toBe('hypothetical');
    }
  });

  it('resolves "beide Länder" to the pair just named, with attribution and date precision', () => {
    const x = seed();
    const agree = find(x, 'Russia', 'AGREE', 'North Korea');
    expect(agree?.attributedTo).toBe('Berliner Zeitung');
    expect(agree?.rule).toBe('de.agree.unterzeichnen');
    // The seed file carries no publication date, so "im Juni" has no year to go with.
    expect(agree?.date).toBeUndefined();
    const dated = find(extractFile(seedPath, '2024-07-01'), 'Russia', 'AGREE', 'North Korea');
    expect(dated?.date).toEqual({ value: '2024-06', precision: 'month', text: 'im Juni' });
    expect(find(x, 'United Nations', 'SANCTION', 'Russia')).toBeDefined();
    expect(find(x, 'United Nations', 'SANCTION', 'North Korea')).toBeDefined();
  });

  it('derives REPRESENTS from role titles', () => {
    const x = seed();
    expect(find(x, 'Mark Rutte', 'REPRESENTS', 'NATO')).toBeDefined();
    expect(find(x, 'Lloyd Austin', 'REPRESENTS', 'United States')).toBeDefined();
  });

  it('records a rule, offsets and confidence on every relation', () => {
    const x = seed();
    expect(x.relations).toHaveLength(21);
    // "nordkoreanischen Soldaten an der russischen Grenze ... stationiert": the soldiers' posture is read too.
    expect(find(x, 'North Korea', 'MOBILIZE', 'Russia')?.rule).toBe('de.noun.truppen');
    for (const r of x.relations) {
      expect(r.rule).toBeTruthy();
      expect(x.article.text.slice(r.start, r.end).replace(/\s*\n\s*/g, ' ')).toBe(r.evidence);
      expect(r.confidence).toBeGreaterThan(0);
      expect(r.confidence).toBeLessThanOrEqual(1);
    }
  });
});

describe('German rules on our own fixture', () => {
  const details = lazy(() => extractFile(fixture('de_details.txt')));

  it('handles "beschuldigt, ... zu unterstützen" (verb-final infinitive)', () => {
    const x = details();
    expect(find(x, 'France', 'ACCUSE', 'Belarus')).toBeDefined();
    const r = x.relations.find((r) => r.source === 'Belarus' && r.type === 'SUPPORT' && r.attributedTo === 'France');
    expect(r?.rule).toBe('de.support.unterstuetzen');
  });

  it('handles "erklärte, dass ... beiträgt" with attribution to the speaker', () => {
    const x = details();
    const r = x.relations.find((r) => r.source === 'Belarus' && r.type === 'SUPPORT' && r.attributedTo === 'Jean-Noël Barrot');
    expect(r).toBeDefined();
  });

  it('dates "im März" with the publication year at month precision', () => {
    const x = details();
    const r = find(x, 'Poland', 'AGREE', 'Lithuania');
    expect(r?.date).toEqual({ value: '2024-03', precision: 'month', text: 'im März' });
  });

  it('resolves "beide Länder" and "laut Agentur X"', () => {
    const x = details();
    const r = x.relations.find((r) => r.type === 'CONSULT' && [r.source, r.target].sort().join() === 'Lithuania,Poland');
    expect(r).toBeDefined();
  });

  it('marks negated acts', () => {
    const x = details();
    expect(find(x, 'Japan', 'SUPPORT', 'Ukraine')?.polarity).toBe('negated');
  });
});

describe('English rules', () => {
  it('finds verbs, attribution and hypotheticals', () => {
    const x = extractText('Canada condemns Iran\n\nCanada strongly condemned Iran and urged Tehran to stop the deliveries. According to Reuters, Britain could impose sanctions on Iran. The Netherlands did not attack Syria. Iran said Russia attacked Ukraine.');
    expect(find(x, 'Canada', 'ACCUSE', 'Iran')).toBeDefined();
    expect(find(x, 'Britain', 'SANCTION', 'Iran') ?? find(x, 'United Kingdom', 'SANCTION', 'Iran')).toMatchObject({ polarity: 'hypothetical' });
    expect(find(x, 'Netherlands', 'ASSAULT', 'Syria')?.polarity).toBe('negated');
    expect(find(x, 'Russia', 'ASSAULT', 'Ukraine')?.attributedTo).toBe('Iran');
  });

  it('handles possessives and noun cues', () => {
    const x = extractText("Talks\n\nFrance's support for Moldova grew. Poland's attack on nobody was a joke.");
    expect(find(x, 'France', 'SUPPORT', 'Moldova')).toBeDefined();
  });

  it('reads role titles for unknown people', () => {
    const x = extractText('Visit\n\nItalian Foreign Minister Marco Beispiel met Greek Prime Minister Anna Muster in Rome.');
    expect(find(x, 'Marco Beispiel', 'REPRESENTS', 'Italy')).toBeDefined();
    expect(find(x, 'Anna Muster', 'REPRESENTS', 'Greece')).toBeDefined();
    expect(find(x, 'Marco Beispiel', 'CONSULT', 'Anna Muster')).toBeDefined();
  });
});

describe('polarity', () => {
  it('reads a denied act as negated and a feared one as hypothetical; without either cue it is asserted', () => {
    const x = extractText('Dementi\n\nRussland bestritt am Montag, Nordkorea zu unterstützen. Befürchtet wird, Russland könnte Nordkorea heimlich unterstützen.');
    const polarities = x.relations.filter((r) => r.source === 'Russia' && r.type === 'SUPPORT' && r.target === 'North Korea').map((r) => r.polarity);
    expect(polarities).toEqual(['negated', 'hypothetical']);
    const y = extractText('Dementi\n\nRussland begann am Montag, Nordkorea zu unterstützen. Berichtet wird, Russland habe Nordkorea heimlich unterstützt.');
    expect(y.relations.filter((r) => r.type === 'SUPPORT').map((r) => r.polarity)).toEqual(['asserted', 'asserted']);
  });

  it('reads "not" as negation and "could" as hypothetical in English', () => {
    const polarity = (sentence: string) => find(extractText(`Title\n\n${sentence} The ministry gave no further details about the plans today.`), 'Chile', 'ASSAULT', 'Peru')?.polarity;
    expect(polarity('Chile attacked Peru.')).toBe('asserted');
    expect(polarity('Chile did not attack Peru.')).toBe('negated');
    expect(polarity('Chile could attack Peru.')).toBe('hypothetical');
    expect(polarity('Chile denied attacking Peru.')).toBe('negated');
  });
});
