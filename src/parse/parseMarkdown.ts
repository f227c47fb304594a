// Markdown articles: the first `#` heading is the title; markup is stripped so that
// evidence offsets refer to readable text.
import type { ArticleParts } from './buildArticle.ts';
import { parseDetails, DETAILS_HEADER } from './parseDetails.ts';

export function parseMarkdown(raw: string): ArticleParts {
  const lines = raw.replace(/\r\n?/g, '\n').split('\n');
  const headingAt = lines.findIndex((l) => /^#\s+/.test(l));
  const detailsAt = lines.findIndex((l) => DETAILS_HEADER.test(l.replace(/^#+\s*/, '')));
  const end = detailsAt >= 0 ? detailsAt : lines.length;
  let title = '';
  const body: string[] = [];
  let inFence = false;
  lines.slice(0, end).forEach((line, i) => {
    if (/^\s*```/.test(line)) { inFence = !inFence; return; }
    if (inFence) return;
    if (i === headingAt) { title = stripInline(line.replace(/^#\s+/, '')); return; }
    body.push(stripLine(line));
  });
  if (!title) {
    const first = body.findIndex((l) => l.trim() !== '');
    if (first >= 0) title = body.splice(first, 1)[0];
  }
  const details = detailsAt >= 0 ? parseDetails(lines.slice(detailsAt + 1)) : {};
  return { ...details, title: title.trim(), body: body.join('\n').replace(/\n{3,}/g, '\n\n').trim() };
}

function stripLine(line: string): string {
  return stripInline(
    line
      .replace(/^\s{0,3}#{1,6}\s+/, '')
      .replace(/^\s{0,3}>\s?/, '')
      .replace(/^\s*([-*+]|\d+\.)\s+/, '')
      .replace(/^\s*([-*_]\s*){3,}$/, ''),
  ).replace(/\s+$/, '');
}

function stripInline(text: string): string {
  return text
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/`([^`]+)`/g, '$1')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|[^\p{L}\p{N}])[*_]([^*_]+)[*_](?=[^\p{L}\p{N}]|$)/gu, '$1$2')
    .replace(/<[^>]+>/g, '');
}
