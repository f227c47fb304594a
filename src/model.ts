// The values that flow through the pipeline: parse → extract → resolve → store → serve.
// Every stage speaks these types; nothing here knows about Neo4j, files or HTTP.

/** The languages geokg reads; each has its cue lexicon and grammar lists under data/. */
export const LANGUAGES = ['de', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export const ENTITY_TYPES = ['Country', 'Organization', 'Person', 'Location', 'Group'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/** Event types after the PLOVER ontology, plus the two structural ones. */
export const EVENT_TYPES = [
  'ACCUSE', 'SUPPORT', 'AGREE', 'COOPERATE', 'CONSULT', 'THREATEN',
  'SANCTION', 'MOBILIZE', 'ASSAULT', 'REJECT', 'REQUEST', 'PROTEST',
] as const;
export const STRUCTURAL_TYPES = ['MEMBER_OF', 'REPRESENTS'] as const;
export const RELATION_TYPES = [...EVENT_TYPES, ...STRUCTURAL_TYPES] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

export const POLARITIES = ['asserted', 'negated', 'hypothetical'] as const;
export type Polarity = (typeof POLARITIES)[number];

/** A parsed article, before extraction. `text` is the article body the offsets refer to. */
export interface Article {
  /** Content hash (sha256 of the normalised text, 16 hex chars) unless the record carries its own id. */
  id: string;
  title: string;
  /** Title, lead and body as one string; relation evidence offsets index into this. */
  text: string;
  language: Language;
  url?: string;
  /** ISO 8601 date or date-time. */
  publishedAt?: string;
  /** Publisher or outlet name. */
  source?: string;
  category?: string;
  causes?: string[];
  place?: string;
  /** Sources listed by the article itself (seed format `Quellen`). */
  sources?: string[];
}

/** One real-world actor, canonical within an extraction. */
export interface Entity {
  /** Wikidata id where known (Q7184), else a slug (`person:mark-rutte`). */
  id: string;
  /** Canonical English name. */
  name: string;
  type: EntityType;
  /** Every surface form seen in the article. */
  mentions: string[];
  wikidata?: string;
  iso2?: string;
  iso3?: string;
  /** Known names in other languages and spellings (from the gazetteer). */
  aliases?: string[];
  /** Office held on the article's date, for people ("Secretary General"). */
  role?: string;
  /** For people the gazetteer lists with an office: the one held now, else the last one held, whatever
   * the article's date. The stored entity shows this; `role` stays with the article's mention. */
  currentRole?: string;
}

export type DatePrecision = 'day' | 'month' | 'year';

export interface RelationDate {
  /** ISO 8601 prefix matching the precision: 2024, 2024-06, 2024-06-19. */
  value: string;
  precision: DatePrecision;
  /** The words the date came from ("im Juni"). */
  text: string;
}

export interface Relation {
  /** Canonical name of the source entity (the scorer matches on names). */
  source: string;
  target: string;
  sourceId: string;
  targetId: string;
  type: RelationType;
  polarity: Polarity;
  /** Canonical name of the claimant for reported speech, else null. */
  attributedTo: string | null;
  attributedToId: string | null;
  /** The evidence sentence. */
  evidence: string;
  /** Character offsets of the evidence sentence in `Article.text`. */
  start: number;
  end: number;
  date?: RelationDate;
  /** 0..1 */
  confidence: number;
  /** Id of the rule that produced this relation, so "why does this edge exist?" has an answer. */
  rule: string;
}

/** A sentence with two actors and an event cue that no rule coded: listed for review, never given a default type. */
export interface UncodedSentence {
  sentence: string;
  /** Canonical names of the sentence's actors, in text order. */
  actors: string[];
  /** The first cue word, as written. */
  cue: string;
}

export interface Extraction {
  article: Article;
  entities: Entity[];
  relations: Relation[];
  uncoded: UncodedSentence[];
}

/** A row read from the graph, driver values already converted. */
export type Row = Record<string, unknown>;

/** The whole graph, as export writers receive it. */
export interface GraphSnapshot {
  entities: Row[];
  aggregates: Row[];
  claims: Row[];
}
