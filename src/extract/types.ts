// Values passed between the extraction steps. Token indices are global (into Doc.tokens).
import type { Article, EntityType, Language, RelationDate, RelationType, Polarity } from '../model.ts';
import type { Lexicon } from './lexicon.ts';
import type { Sentence } from './segment.ts';
import type { Token } from './tokenize.ts';

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

export type MentionKind = 'name' | 'adjective' | 'prefix' | 'capital' | 'pattern' | 'shortform';

export interface Mention {
  sentence: number;
  /** Token span, `last` inclusive. */
  first: number;
  last: number;
  start: number;
  end: number;
  surface: string;
  /** Entity key: gazetteer id, or a slug for actors found by pattern. */
  key: string;
  name: string;
  type: EntityType;
  kind: MentionKind;
  /** Set on a person named with an office: the key of what they represent. */
  represents?: string;
  role?: string;
  /** The mention only names what a role holder represents ("NATO" in "NATO-Generalsekretär Rutte"). */
  inRole?: boolean;
  /** A publishing platform ("auf Twitter"): listed as an entity, never an actor. */
  platform?: boolean;
  /** What a known person holds office for (gazetteer), even when named without a title. */
  office?: string;
  /** Inferred, not written in the text (the office of a known person): not listed among mentions. */
  implicit?: boolean;
  /** Index of the role-title token in front of a person. */
  roleToken?: number;
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
