// Dates a relation gets from its sentence: the value, its precision and the words it came from.
import { describe, it, expect } from 'vitest';
import { extractText } from './helpers.ts';

const DE_TAIL = ' Die Regierung hat das nicht bestätigt und die Lage ist weiter unklar.';
const EN_TAIL = ' The government did not say what it would do next and the talks are over.';
const dateOf = (sentence: string, publishedAt?: string) => {
  const tail = /^(Chile|In |On |Last |Yesterday)/.test(sentence) ? EN_TAIL : DE_TAIL;
  return extractText(`Titel\n\n${sentence}${tail}`, publishedAt).relations.find((r) => r.type === 'ACCUSE')?.date;
};

describe('written dates', () => {
  it('reads a German day, month and year', () => {
    expect(dateOf('Am 19. Juni 2024 kritisierte Polen Belarus.')).toEqual({ value: '2024-06-19', precision: 'day', text: '19. Juni 2024' });
    expect(dateOf('Am 3. Jänner 2021 kritisierte Polen Belarus.')).toEqual({ value: '2021-01-03', precision: 'day', text: '3. Jänner 2021' });
  });

  it('reads an English month, day and year', () => {
    expect(dateOf('Chile criticized Peru on June 9, 2023.')).toEqual({ value: '2023-06-09', precision: 'day', text: 'on June 9, 2023' });
    expect(dateOf('Chile criticized Peru on Dec 24 2022.')).toEqual({ value: '2022-12-24', precision: 'day', text: 'on Dec 24 2022' });
  });

  it('takes the publication year for a month alone, at month precision', () => {
    expect(dateOf('Ende September kritisierte Polen Belarus.', '2024-10-01')).toEqual({ value: '2024-09', precision: 'month', text: 'Ende September' });
    expect(dateOf('In March Chile criticized Peru.', '2023-05-01T08:00:00Z')).toEqual({ value: '2023-03', precision: 'month', text: 'In March' });
    expect(dateOf('Im Oktober 2019 kritisierte Polen Belarus.', '2024-10-01')).toEqual({ value: '2019-10', precision: 'month', text: 'Im Oktober 2019' });
  });

  it('gives no date to a month without a year when the publication date is unknown', () => {
    expect(dateOf('Im Juni kritisierte Polen Belarus.')).toBeUndefined();
    expect(dateOf('Im Juni kritisierte Polen Belarus.', '2022-07-01')).toMatchObject({ value: '2022-06', precision: 'month' });
  });

  it('reads a lowercase "may" as a verb, a capitalised "May" as the month', () => {
    expect(dateOf('Chile criticized Peru, and the talks may resume.', '2024-08-01')).toBeUndefined();
    expect(dateOf('Chile criticized Peru in May.', '2024-08-01')).toEqual({ value: '2024-05', precision: 'month', text: 'in May' });
  });
});

describe('relative dates', () => {
  const pub = '2024-03-05'; // a Tuesday
  it('counts back to the weekday named, also with a time of day', () => {
    expect(dateOf('Am Sonntagabend kritisierte Polen Belarus.', pub)).toEqual({ value: '2024-03-03', precision: 'day', text: 'Sonntagabend' });
    expect(dateOf('Am Dienstag kritisierte Polen Belarus.', pub)).toMatchObject({ value: '2024-03-05', precision: 'day' });
    expect(dateOf('Am Mittwoch kritisierte Polen Belarus.', pub)).toMatchObject({ value: '2024-02-28', precision: 'day' });
    expect(dateOf('Sonntags kritisiert Polen gern Belarus.', pub)).toBeUndefined();
  });

  it('reads "last week" across a month boundary and "last year" as the year before', () => {
    expect(dateOf('Vergangene Woche kritisierte Polen Belarus.', pub)).toEqual({ value: '2024-02', precision: 'month', text: 'Vergangene Woche' });
    expect(dateOf('Letztes Jahr kritisierte Polen Belarus.', pub)).toEqual({ value: '2023', precision: 'year', text: 'Letztes Jahr' });
    expect(dateOf('Last month Chile criticized Peru.', '2024-01-15')).toEqual({ value: '2023-12', precision: 'month', text: 'Last month' });
    // A period word without "last" is no date.
    expect(dateOf('Diese Woche kritisierte Polen Belarus.', pub)).toBeUndefined();
  });

  it('reads "yesterday" as the day before publication', () => {
    expect(dateOf('Yesterday Chile criticized Peru.', '2024-03-01')).toEqual({ value: '2024-02-29', precision: 'day', text: 'Yesterday' });
  });
});
