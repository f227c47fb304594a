import { describe, it, expect } from 'vitest';
import { segment } from '../../src/extract/1-segment/segment.ts';

const texts = (t: string) => segment(t).map((s) => s.text);

describe('segment', () => {
  it.each([
    ['Dr. Weber kam am 7. Oktober 2023 an. Danach sprach er.', 2],
    ['Es kamen z.B. Minister aus 12 Staaten. Sie berieten.', 2],
    ['Über 10.000 Soldaten sind dort. Das ist neu.', 2],
    ['The U.S. Ambassador met him. They talked.', 2],
    ['She landed at Dulles near Washington, D.C. Her plane was late.', 2],
    ['Gen. Erik Muster reiste ab. Er kam nicht zurück.', 2],
  ])('%s → %i sentences', (text, n) => {
    expect(texts(text)).toHaveLength(n);
  });

  it('keeps offsets into the text', () => {
    const text = 'Erster Satz hier. Zweiter Satz dort.';
    for (const s of segment(text)) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('bridges a paragraph break inside a sentence but not after a heading', () => {
    const t = 'Titel der Meldung\n\nDie engen Beziehungen zwischen den beiden Staaten sind seit der langen\n\nKrise deutlich zu sehen.\n\nNeue Gespräche\n\nDie Minister trafen sich.';
    expect(texts(t)).toEqual(['Titel der Meldung', 'Die engen Beziehungen zwischen den beiden Staaten sind seit der langen Krise deutlich zu sehen.', 'Neue Gespräche', 'Die Minister trafen sich.']);
  });
});
