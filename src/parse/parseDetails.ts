// The `Details` block that closes seed-format articles: tab-separated label/value lines
// (German or English labels) holding category, causes, place, sources and date.
import type { ArticleParts } from './buildArticle.ts';

type DetailKey = 'category' | 'causes' | 'place' | 'sources' | 'publishedAt';

const LABELS: Record<string, DetailKey> = {
  vorfall: 'category', incident: 'category',
  ursache: 'causes', cause: 'causes', causes: 'causes',
  ort: 'place', place: 'place',
  quellen: 'sources', sources: 'sources',
  datum: 'publishedAt', date: 'publishedAt',
};

/** Matches the line that opens the block ("Details", possibly followed by a tab). */
export const DETAILS_HEADER = /^\s*Details\s*$/;

export function parseDetails(lines: string[]): Partial<ArticleParts> {
  const out: Partial<ArticleParts> = {};
  for (const line of lines) {
    const m = /^\s*([\p{L}]+)\s*[\t:]\s*(.*)$/u.exec(line);
    const key = m && LABELS[m[1].toLowerCase()];
    if (!key || !m[2].trim()) continue;
    const value = m[2].trim();
    if (key === 'causes') out.causes = value.split(',').map((s) => s.trim()).filter(Boolean);
    else if (key === 'sources') out.sources = splitSources(value);
    else if (key === 'publishedAt') out.publishedAt = /\d{4}-\d{2}-\d{2}(T[\d:.]+Z?)?/.exec(value)?.[0] ?? value;
    else out[key] = value;
  }
  return out;
}

// Sources come as an HTML-ish list: "<ul ...>• www.a.at• www.b.de".
function splitSources(value: string): string[] {
  return value
    .replace(/<[^>]*>/g, '•')
    .split('•')
    .map((s) => s.trim())
    .filter(Boolean);
}
