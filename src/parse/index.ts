// Parsing: raw files and records in, Articles out.
export { readArticles, type ReadResult } from './readArticles.ts';
export { buildArticle, type ArticleParts, type Origin } from './buildArticle.ts';
export { parsePlainText } from './parsePlainText.ts';
export { parseMarkdown } from './parseMarkdown.ts';
export { parseRecord } from './parseRecord.ts';
export { articleId } from './articleId.ts';
export { guessLanguage } from './detectLanguage.ts';

import type { Article } from '../model.ts';
import { buildArticle } from './buildArticle.ts';
import { parsePlainText } from './parsePlainText.ts';

/** Parses text already in memory (plain or seed format) into an Article. */
export function parseArticleText(text: string, name = '<text>'): Article {
  return buildArticle(parsePlainText(text), { file: name });
}
