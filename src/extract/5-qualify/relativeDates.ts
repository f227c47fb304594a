// Relative dates ("am Montag", "on Tuesday", "gestern", "yesterday", "last week", "vergangenes
// Jahr") resolved against the article's publication date. Words come from data/lexicon/dates.yaml.
import type { RelationDate } from '../../model.ts';
import type { Doc } from '../types.ts';
import { readDates } from '../../data/lexiconFiles.ts';

const WORDS = readDates();
const PREVIOUS = new Set(WORDS.previous);
// Maps, not objects: every token is looked up, and "constructor" must not be a day.
const DAYS = new Map(Object.entries(WORDS.days));
const WEEKDAYS = Object.entries(WORDS.weekdays);
const PERIODS = new Map(Object.entries(WORDS.periods));
const DAY = 86_400_000;

/** The first relative date in tokens [first, last), or undefined without a publication date. */
export function relativeDate(doc: Doc, first: number, last: number): RelationDate | undefined {
  const pub = publicationDay(doc.article.publishedAt);
  if (pub === undefined) return undefined;
  for (let i = first; i < last; i++) {
    const offset = dayOffset(doc.tokens[i].lower, pub);
    if (offset !== undefined) return { value: iso(pub + offset * DAY).slice(0, 10), precision: 'day', text: textOf(doc, i, i) };
    const period = previousPeriod(doc, i, pub);
    if (period) return { ...period, text: textOf(doc, i - 1, i) };
  }
  return undefined;
}

const textOf = (doc: Doc, from: number, to: number) => doc.article.text.slice(doc.tokens[from].start, doc.tokens[to].end);

// "Montag", "Montagabend", "on Tuesday": the latest such day on or before publication; "gestern": one day before.
function dayOffset(word: string, pub: number): number | undefined {
  const days = DAYS.get(word);
  if (days !== undefined) return days;
  const weekday = weekdayOf(word);
  return weekday === null ? undefined : -((new Date(pub).getUTCDay() - weekday + 7) % 7);
}

const WEEKDAY_MEMO = new Map<string, number | null>();

function weekdayOf(word: string): number | null {
  let day = WEEKDAY_MEMO.get(word);
  if (day === undefined) {
    day = WEEKDAYS.find(([d]) => word === d || (word.startsWith(d) && DAYTIME.has(word.slice(d.length))))?.[1] ?? null;
    if (WEEKDAY_MEMO.size < 200_000) WEEKDAY_MEMO.set(word, day);
  }
  return day;
}

const DAYTIME = new Set(WORDS.daytimes);

// "last week", "vergangenen Monat", "letztes Jahr": the period before the one of publication.
function previousPeriod(doc: Doc, i: number, pub: number): Omit<RelationDate, 'text'> | undefined {
  const word = doc.tokens[i].lower;
  const precision = PERIODS.get(word);
  if (!precision || !PREVIOUS.has(doc.tokens[i - 1]?.lower ?? '')) return undefined;
  const d = new Date(pub);
  if (word.startsWith('w')) d.setUTCDate(d.getUTCDate() - 7);
  else if (precision === 'month') d.setUTCMonth(d.getUTCMonth() - 1, 1);
  else d.setUTCFullYear(d.getUTCFullYear() - 1);
  return { value: iso(d.getTime()).slice(0, precision === 'month' ? 7 : 4), precision };
}

function publicationDay(publishedAt: string | undefined): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(publishedAt ?? '');
  return m ? Date.UTC(+m[1], +m[2] - 1, +m[3]) : undefined;
}

const iso = (ms: number) => new Date(ms).toISOString();
