// Swapping the two actors' names must swap source and target and change nothing else: the rules read roles
// from the sentence, not from which actor usually does what. Templates: tests/fixtures/robustness/swap.tsv,
// filled with each pair of actors both ways round. Templates marked `known-gap` are expected to fail.
import { describe, it, expect } from 'vitest';
import type { Language } from '../../src/model.ts';
import { events, readTable } from './robustness.ts';

// Countries named without an article in German, so one template fits every case but the genitive ({A:gen}).
const PAIRS: Array<[Actor, Actor]> = [
  [{ de: 'Frankreich', gen: 'Frankreichs', en: 'France', name: 'France' }, { de: 'Polen', gen: 'Polens', en: 'Poland', name: 'Poland' }],
  [{ de: 'Japan', gen: 'Japans', en: 'Japan', name: 'Japan' }, { de: 'China', gen: 'Chinas', en: 'China', name: 'China' }],
  [{ de: 'Indien', gen: 'Indiens', en: 'India', name: 'India' }, { de: 'Brasilien', gen: 'Brasiliens', en: 'Brazil', name: 'Brazil' }],
  [{ de: 'Kanada', gen: 'Kanadas', en: 'Canada', name: 'Canada' }, { de: 'Mexiko', gen: 'Mexikos', en: 'Mexico', name: 'Mexico' }],
  [{ de: 'Spanien', gen: 'Spaniens', en: 'Spain', name: 'Spain' }, { de: 'Ägypten', gen: 'Ägyptens', en: 'Egypt', name: 'Egypt' }],
];

interface Actor { de: string; gen: string; en: string; name: string }

const templates = readTable('swap.tsv');
const fill = (template: string, lang: Language, a: Actor, b: Actor) => template
  .replaceAll('{A:gen}', a.gen).replaceAll('{B:gen}', b.gen).replaceAll('{A}', a[lang]).replaceAll('{B}', b[lang]);

describe('actor swap (tests/fixtures/robustness/swap.tsv)', () => {
  it('has 60 cases or more, in both languages', () => {
    expect(templates.length * PAIRS.length).toBeGreaterThanOrEqual(60);
    expect(new Set(templates.map((t) => t.lang))).toEqual(new Set(['de', 'en']));
  });

  for (const t of templates) {
    const lang = t.lang as Language;
    for (const [a, b] of PAIRS) {
      const forward = fill(t.template, lang, a, b);
      const swapped = fill(t.template, lang, b, a);
      const check = () => {
        expect({ forward: events(lang, forward), swapped: events(lang, swapped) }).toEqual({
          forward: [`${a.name}|${t.type}|${b.name}|${t.polarity}`],
          swapped: [`${b.name}|${t.type}|${a.name}|${t.polarity}`],
        });
      };
      const name = `${lang} ${t.feature}: ${forward} ⇄ ${swapped}`;
      if (t['known-gap']) it.fails(`[known gap: ${t['known-gap']}] ${name}`, check);
      else it(name, check);
    }
  }
});
