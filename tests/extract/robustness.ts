// Shared by the robustness tables (tests/fixtures/robustness): read a TSV, extract one sentence in a
// declared language, and render its event relations as comparable strings.
import { readFileSync } from 'node:fs';
import { EVENT_TYPES, type Language } from '../../src/model.ts';
import { buildArticle } from '../../src/parse/index.ts';
import { extractArticle } from '../../src/ingest/pipeline.ts';

const EVENTS = new Set<string>(EVENT_TYPES);

/** Rows of a TSV with a header line; `#` lines are comments. */
export function readTable(name: string): Array<Record<string, string>> {
  const text = readFileSync(new URL(`../fixtures/robustness/${name}`, import.meta.url), 'utf8');
  const [header, ...rows] = text.split('\n').filter((l) => l.trim() && !l.startsWith('#')).map((l) => l.split('\t'));
  return rows.map((cells) => Object.fromEntries(header.map((h, i) => [h, cells[i]?.trim() ?? ''])));
}

/** The sentence's event relations as sorted `source|TYPE|target|polarity` strings (REPRESENTS, MEMBER_OF left out). */
export function events(language: Language, sentence: string): string[] {
  // Declared language: one sentence is too short for the language guess.
  const x = extractArticle(buildArticle({ title: '', body: sentence, language }, { file: 'robustness' }));
  return x.relations.filter((r) => EVENTS.has(r.type)).map((r) => `${r.source}|${r.type}|${r.target}|${r.polarity}`).sort();
}

/** `a|T|b|p; c|T|d|p` as a sorted list. */
export function parseExpect(cell: string): string[] {
  return cell.split(';').map((s) => s.trim()).filter(Boolean).sort();
}
