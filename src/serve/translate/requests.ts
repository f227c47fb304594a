// The typed requests the translate step hands to the repository and the loaders: GraphQL arguments
// validated and defaulted, entity references resolved or left for the statement, and what the query
// asks further down (read ahead) written out. Types only, so loaders and translators can share them.
import type { ClaimFilter, RelationFilter } from '../../store/apiQueries.ts';
import type { RelationSortKey } from '../../store/cypher/apiReads.ts';

/** One page of an entity's relations (Entity.relations; the entityRelations loader is keyed by it). */
export interface RelationArgs { filter: RelationFilter; direction: string; sort: RelationSortKey; first: number; skip: number }

/** An entity's main counterparts (Entity.counterparts; the counterparts loader is keyed by it). */
export interface CounterpartArgs { filter: RelationFilter; first: number }

/** The claims of a relation (Relation.claims; the relationClaims loader is keyed by it). */
export type ClaimArgs = ClaimFilter;

/** Query.entity: by id, or by reference with at most one of its listings read ahead. */
export type EntityRequest =
  | { id: string }
  | { ref: string; relations?: RelationArgs; counterparts?: CounterpartArgs };

/** Query.relations: one page over the whole graph; `claims` set when the page brings them along. */
export interface RelationPageRequest { filter: RelationFilter; sort: RelationSortKey; first: number; skip: number; claims?: ClaimArgs }

/** Query.searchEntities: the words to match (see src/store/luceneQueries.ts). */
export interface SearchRequest { terms: string[]; types: string[] | null; first: number }

/** Query.path: both ends as references, resolved by the statement. */
export interface PathRequest { from: string; to: string; maxHops: number; types: string[]; first: number }

/** Query.articles: mentioned entities already resolved to ids (null: no such condition). */
export interface ArticlePageRequest { where: { mentionIds: string[] | null; since: string | null; until: string | null; language: string | null }; first: number; skip: number }

/** Entity.timeline: the timeline loader is keyed by it. */
export interface TimelineArgs { filter: RelationFilter; bucketLength: number }

/** Entity.articles: the entityArticles loader is keyed by it. */
export interface ArticleListArgs { first: number; skip: number }

/** Query.alliances: the pair sums the map is drawn from. */
export interface AlliancesRequest {
  pairs: { types: string[]; since: string | null; until: string | null; assertedOnly: boolean; minEvidence: number; foldPeople: boolean };
  layout: boolean;
}
