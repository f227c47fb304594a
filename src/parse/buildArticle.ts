// Assembles an Article from parsed parts: joins title and body, settles the language and the id.
import type { Article } from '../model.ts';
import { InputError } from '../errors.ts';
import { articleId } from './articleId.ts';
import { guessLanguage, isSupportedLanguage } from './detectLanguage.ts';

export interface ArticleParts {
  title: string;
  body: string;
  id?: string;
  language?: string;
  url?: string;
  publishedAt?: string;
  source?: string;
  category?: string;
  causes?: string[];
  place?: string;
  sources?: string[];
}

export interface Origin {
  file: string;
  record?: number;
}

export function buildArticle(parts: ArticleParts, origin: Origin): Article {
  const title = parts.title.trim();
  const body = parts.body.trim();
  const text = title && body ? `${title}\n\n${body}` : title || body;
  if (!text) throw new InputError('EMPTY_INPUT', 'the article has no text', origin.file, origin.record);
  const language = settleLanguage(parts.language, text, origin);
  const article: Article = { id: parts.id?.trim() || articleId(text), title, text, language };
  for (const key of ['url', 'publishedAt', 'source', 'category', 'place'] as const) {
    if (parts[key]) article[key] = parts[key];
  }
  if (parts.causes?.length) article.causes = parts.causes;
  if (parts.sources?.length) article.sources = parts.sources;
  return article;
}

// A declared language wins; otherwise guess. Either way only de/en pass.
function settleLanguage(declared: string | undefined, text: string, origin: Origin) {
  const lang = declared?.trim().toLowerCase().slice(0, 2) || guessLanguage(text);
  if (lang && isSupportedLanguage(lang)) return lang;
  throw new InputError(
    'UNSUPPORTED_LANGUAGE',
    `unsupported language: expected German (de) or English (en), but the text looks like ${lang ?? 'none of the known languages'}`,
    origin.file,
    origin.record,
  );
}
