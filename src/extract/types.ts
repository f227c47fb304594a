// Values passed between the extraction steps. Token indices are global (into Doc.tokens).
import type { Article, EntityType, Language, RelationDate, RelationType, Polarity } from '../model.ts';
import type { Lexicon } from './lexicon.ts';
import type { Sentence } from './1-segment/segment.ts';
import type { Token } from '../text/tokenize.ts';
import type { Mention } from '../text/mention.ts';

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

/** One act a relation rule found in a sentence, before it is qualified (polarity, claimant, date). */
export interface Found {
  type: RelationType;
  sources: string[];
  targets: string[];
  cue: number;
  rule: string;
  reciprocal: boolean;
  /** "sicherte Y die Solidarität Deutschlands zu": the parties whose support the subject pledges. */
  pledgedBy?: string[];
  /** The noun a verb cue requires ("sagte Unterstützung zu"): read with the verb, not again as a noun cue. */
  requiredAt?: number;
  /** "accused each other", "clashes between X and Y": a directed act that runs both ways between every two sources,
   *  and back from every target ("clashed with Y"). */
  mutual?: boolean;
  /** "a summit with Japan and South Korea": one meeting of all its parties, so the targets meet each other too. */
  joint?: boolean;
  /** Set for acts inside an accusation or demand: who accuses. */
  claimant?: string;
  /** Set by complement-taking cues: the actor whose act the following infinitive describes. */
  controls?: { subject: string; claimant: string; from: number };
  confidence: number;
  /** Set when the rule itself fixes the polarity ("X must not ..." is still a demand). */
  polarity?: Polarity;
}

/** The acts of one sentence with the speakers it reports (sentence null: structural edges of the whole article). */
export interface Act {
  sentence: number | null;
  found: Found[];
  speakers: Speaker[];
}

/** Who makes a claim, and the token range of what they are reported to say. */
export interface Speaker {
  key: string;
  mention?: Mention;
  /** Token range of the reported content. */
  from: number;
  to: number;
  /** Named in a source phrase ("laut X", "according to X"), so not an actor of the sentence. */
  byPhrase?: boolean;
}
