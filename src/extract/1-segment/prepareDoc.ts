// Segmentation: sentences and their tokens, with the language's cue lexicon attached.
import type { Article } from '../../model.ts';
import { loadLexicon } from '../lexicon.ts';
import { segment } from './segment.ts';
import { tokenize } from '../../text/tokenize.ts';
import type { Doc, DocSentence } from '../types.ts';

export function prepareDoc(article: Article): Doc {
  const tokens = [];
  const sentences: DocSentence[] = [];
  const sentenceOf: number[] = [];
  for (const s of segment(article.text)) {
    const first = tokens.length;
    for (const t of tokenize(article.text.slice(s.start, s.end), s.start)) {
      tokens.push(t);
      sentenceOf.push(s.index);
    }
    sentences.push({ ...s, first, last: tokens.length });
  }
  return { article, language: article.language, lexicon: loadLexicon(article.language), tokens, sentences, sentenceOf };
}
