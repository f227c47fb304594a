// Plain text and the seed format: first non-empty line is the title, the rest is the body,
// an optional `Details` block carries metadata, and a "visit us" footer is dropped.
import type { ArticleParts } from './buildArticle.ts';
import { DETAILS_HEADER, parseDetails } from './parseDetails.ts';

// Site footers are boilerplate, not article text.
const FOOTER = /^\s*(Besuchen Sie uns auf|Visit us at)\s*:/i;

export function parsePlainText(raw: string): ArticleParts {
  const lines = raw.replace(/\r\n?/g, '\n').split('\n').filter((l) => !FOOTER.test(l));
  const detailsAt = lines.findIndex((l) => DETAILS_HEADER.test(l));
  const content = detailsAt >= 0 ? lines.slice(0, detailsAt) : lines;
  const details = detailsAt >= 0 ? parseDetails(lines.slice(detailsAt + 1)) : {};
  const first = content.findIndex((l) => l.trim() !== '');
  const title = first >= 0 ? stripEmphasis(content[first]).trim() : '';
  const body = content
    .slice(first + 1)
    .map((l) => stripEmphasis(l).replace(/\s+$/, ''))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n');
  return { ...details, title, body };
}

// Seed articles mark outlet names in Markdown bold ("**Heute.at**"); the stars are not text.
export function stripEmphasis(line: string): string {
  return line.replace(/\*\*([^*]+)\*\*/g, '$1').replace(/__([^_]+)__/g, '$1');
}
