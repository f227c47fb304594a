// Values passed between the extraction steps. Token indices are global (into Doc.tokens).
import type { Article, EntityType, Language, RelationDate, RelationType, Polarity } from '../model.ts';
import type { Lexicon } from './lexicon.ts';
import type { Sentence } from './segment.ts';
import type { Token } from '../text/tokenize.ts';

export interface DocSentence extends Sentence {
  /** First token index and one past the last. */
  first: number;
  last: number;
}

export interface Doc {
  article: Article;
  language: Language;
  lexicon: Lexicon;
  tokens: Token[];
  sentences: DocSentence[];
  /** Sentence index of every token. */
  sentenceOf: number[];
}

export interface Candidate {
  type: RelationType;
  source: string;
  target: string;
  sentence: number;
  /** Token index of the cue, for scoping negation, modality and attribution. */
  cue: number;
  rule: string;
  polarity: Polarity;
  attributedTo: string | null;
  date?: RelationDate;
  confidence: number;
}
