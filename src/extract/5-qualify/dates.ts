// Dates in a sentence: "am 19. Juni 2024" (day), "im Juni" / "Ende September" (month, year of
// publication), "June 19, 2024", "in June"; else a relative date ("am Montag", "yesterday").
// Month names come from the lexicon file.
import type { RelationDate } from '../../model.ts';
import { readDates } from '../../data/lexiconFiles.ts';
import { relativeDate } from './relativeDates.ts';
import type { Doc } from '../types.ts';
import { startsUpper } from '../../text/tokenize.ts';

// A Map, not an object: every token is looked up, and "constructor" must not be a month.
const MONTHS = new Map<string, number>(Object.entries(readDates().months));

export function dateOf(doc: Doc, s: number): RelationDate | undefined {
  const sent = doc.sentences[s];
  const pubYear = /^\d{4}/.exec(doc.article.publishedAt ?? '')?.[0];
  for (let i = sent.first; i < sent.last; i++) {
    const month = MONTHS.get(doc.tokens[i].lower);
    if (!month || !startsUpper(doc.tokens[i].text)) continue;
    const t = doc.tokens;
    const dayBefore = /^\d{1,2}$/.test(t[i - 2]?.text ?? '') && t[i - 1]?.text === '.' ? t[i - 2].text : undefined;
    const dayAfter = /^\d{1,2}$/.test(t[i + 1]?.text ?? '') ? t[i + 1].text : undefined;
    const yearAt = dayAfter ? (t[i + 2]?.text === ',' ? i + 3 : i + 2) : i + 1;
    const year = /^\d{4}$/.test(t[yearAt]?.text ?? '') ? t[yearAt].text : pubYear;
    if (!year) continue;
    const day = dayBefore ?? dayAfter;
    const mm = String(month).padStart(2, '0');
    const first = dayBefore ? i - 2 : Math.max(sent.first, i - 1);
    const last = year === t[yearAt]?.text ? yearAt : dayAfter ? i + 1 : i;
    const text = doc.article.text.slice(t[first].start, t[last].end);
    return day ? { value: `${year}-${mm}-${day.padStart(2, '0')}`, precision: 'day', text } : { value: `${year}-${mm}`, precision: 'month', text };
  }
  return relativeDate(doc, sent.first, sent.last);
}
