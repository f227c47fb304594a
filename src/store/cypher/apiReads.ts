// Read statements behind the GraphQL API. Batched statements take `$ids`/`$keys` and return one row
// per key, so a DataLoader turns N lookups into one round trip. Every value is a parameter; the only
// text assembled here comes from the constant tables below (aggregate edge names, sort orders).
import { AGGREGATE_EDGES, RELATION_TYPE_INFO } from '../../relationTypes.ts';
import { MAX_PATH_HOPS } from '../readLimits.ts';

const TYPE_EDGE = new Map([...RELATION_TYPE_INFO.values()].map((info) => [info.type as string, info.edge]));

/** An entity's fields as a map; rows that name entities carry them, so loaders need not ask again. */
const entityFields = (v: string) => `{id: ${v}.id, name: ${v}.name, type: ${v}.type, aliases: coalesce(${v}.aliases, []),
  wikidata: ${v}.wikidata, iso2: ${v}.iso2, iso3: ${v}.iso3, role: ${v}.role}`;

/** Article fields without the text, which is large and asked for rarely (ARTICLE_TEXTS). */
const articleFields = (v: string) => `{id: ${v}.id, title: ${v}.title, url: ${v}.url, publishedAt: ${v}.publishedAt,
  language: ${v}.language, source: ${v}.source, category: ${v}.category, causes: coalesce(${v}.causes, []),
  place: ${v}.place, sources: coalesce(${v}.sources, [])}`;

/** Writes `text` indented by `by` from its second line on, for text placed at that indentation inside a
 * subquery (its first line continues a line already indented). */
const indent = (text: string, by = '  ') => text.split('\n').join(`\n${by}`);

/** A relation row as a map; `extra` adds entries after the relation's own (claims read ahead with a page). */
const relationRow = (extra?: string) => `{source: ${entityFields('s')}, target: ${entityFields('t')}, sourceId: s.id, targetId: t.id, type: r.type, count: r.count, asserted: r.asserted,
  negated: r.negated, hypothetical: r.hypothetical, articles: r.articles, firstSeen: r.firstSeen,
  lastSeen: r.lastSeen, score: r.score${extra ? `, ${extra}` : ''}}`;

export const CLAIM_FIELDS = `{id: c.id, type: c.type, sourceId: c.sourceId, targetId: c.targetId, polarity: c.polarity,
  attributedToId: c.attributedToId, evidence: c.evidence, start: c.start, end: c.end, date: c.date,
  datePrecision: c.datePrecision, dateText: c.dateText, confidence: c.confidence, rule: c.rule, articleId: c.articleId}`;

/** A claim with its article and claimant, which every evidence listing shows. */
const CLAIM_WITH_CONTEXT = `OPTIONAL MATCH (c)-[:EVIDENCED_BY]->(a:Article)
  OPTIONAL MATCH (c)-[:CLAIMED_BY]->(by:Entity)
  RETURN collect({claim: ${CLAIM_FIELDS}, article: ${articleFields('a')},
    claimant: CASE WHEN by IS NULL THEN null ELSE ${entityFields('by')} END}) AS claims`;

/** The claim conditions on `c`, written with the given parameters: claims read along with a relation page
 * take their own (`$claim_since`, ...), since the page's `$since`/`$until`/`$polarity` filter the relations. */
const claimFilter = (names: { polarity: string; since: string; until: string }) => `(${names.polarity} IS NULL OR c.polarity IN ${names.polarity})
  AND (${names.since} IS NULL OR c.date >= ${names.since})
  AND (${names.until} IS NULL OR c.date <= ${names.until})`;

const CLAIM_FILTER = claimFilter({ polarity: '$polarity', since: '$since', until: '$until' });

/** What a relation listing is filtered by; the statement is assembled for exactly the conditions set. */
export interface RelationConditions {
  types: readonly string[];
  minEvidence: number;
  since: string | null;
  until: string | null;
  polarity: readonly string[] | null;
  sourceIds: readonly string[] | null;
  targetIds: readonly string[] | null;
  /** Either end; a listing that starts from a named source or target still has to honour it. */
  eitherIds?: readonly string[] | null;
}

/** What a listing's statement names the end-id lists by: `$sourceIds`/`$targetIds`/`$eitherIds` as
 * parameters, or variables of those names when the statement resolves the ends itself (relationPageByRefs). */
interface EndIds { sourceIds: string; targetIds: string; eitherIds: string }

const END_ID_PARAMS: EndIds = { sourceIds: '$sourceIds', targetIds: '$targetIds', eitherIds: '$eitherIds' };

const ALL_EDGES = [...new Set(AGGREGATE_EDGES)];

/**
 * The relationship-type pattern for the asked relation types. Edge names come from the relation-type
 * table, never from input. A type filter in the pattern skips other types' relationships outright, where
 * `r.type IN $types` reads a property of every relationship of a hub actor.
 */
export function edgePattern(types: readonly string[]): string {
  const edges = ALL_EDGES.filter((edge) => types.some((t) => TYPE_EDGE.get(t) === edge));
  if (edges.length === 0) throw new Error(`edgePattern: no known relation type in ${types.join(', ')}`);
  return edges.join('|');
}

/**
 * Only the conditions a listing actually sets become part of its WHERE; their values stay parameters.
 * A condition switched off with a null parameter would still cost a check per relation, and a hub actor
 * has thousands (measured: the unfiltered page of Russia's relations took half the server time).
 */
function relationWhere(c: RelationConditions, extra: string[] = [], ids: EndIds = END_ID_PARAMS): string {
  const conditions = [
    c.minEvidence > 1 ? 'r.count >= $minEvidence' : '',
    c.since ? 'r.lastSeen >= $since' : '',
    c.until ? 'r.firstSeen <= $until' : '',
    c.polarity ? 'any(p IN $polarity WHERE r[p] > 0)' : '',
    c.sourceIds ? `s.id IN ${ids.sourceIds}` : '',
    c.targetIds ? `t.id IN ${ids.targetIds}` : '',
    ...extra,
  ].filter(Boolean);
  return conditions.length ? `WHERE ${conditions.join('\n  AND ')}` : '';
}

export const RELATION_SORTS = {
  EVIDENCE_DESC: 'r.count DESC, r.lastSeen DESC, s.id, t.id, r.type',
  LAST_SEEN_DESC: 'r.lastSeen DESC, r.count DESC, s.id, t.id, r.type',
  FIRST_SEEN_ASC: 'r.firstSeen ASC, r.count DESC, s.id, t.id, r.type',
  SCORE_DESC: 'r.score DESC, r.count DESC, s.id, t.id, r.type',
  SCORE_ASC: 'r.score ASC, r.count DESC, s.id, t.id, r.type',
} as const;
export type RelationSortKey = keyof typeof RELATION_SORTS;

/** Where a listing starts matching: from the named ends when there are any, which keeps it an index seek. */
const RELATION_HEADS = {
  source: (edges: string, ids: EndIds) => `MATCH (s:Entity) WHERE s.id IN ${ids.sourceIds} MATCH (s)-[r:${edges}]->(t:Entity)`,
  target: (edges: string, ids: EndIds) => `MATCH (t:Entity) WHERE t.id IN ${ids.targetIds} MATCH (s:Entity)-[r:${edges}]->(t)`,
  // Only the either end is named when a listing starts here, so no other variable needs carrying.
  either: (edges: string, ids: EndIds) => `MATCH (x:Entity) WHERE x.id IN ${ids.eitherIds} MATCH (x)-[r:${edges}]-(:Entity) WITH DISTINCT r WITH r, startNode(r) AS s, endNode(r) AS t`,
  all: (edges: string) => `MATCH (s:Entity)-[r:${edges}]->(t:Entity)`,
} as const;
export type RelationHead = keyof typeof RELATION_HEADS;

/** Counts every match but builds result rows only for the page: a hub actor has thousands of relations.
 * With `withClaims`, each row of the page also brings its newest claims (CLAIMS_OF_ROW), which saves the
 * claims their own round trip when the query asks for them. */
const PAGE_OF_RELATIONS = (sort: RelationSortKey, withClaims = false) => `WITH collect(r) AS matched
CALL (matched) {
  UNWIND matched AS r
  WITH r, startNode(r) AS s, endNode(r) AS t
  ORDER BY ${RELATION_SORTS[sort]}
  SKIP $skip LIMIT $first${withClaims ? `
  CALL (r, s, t) {
    MATCH (c:Claim {sourceId: s.id, targetId: t.id, type: r.type})
    WHERE ${claimFilter({ polarity: '$claim_polarity', since: '$claim_since', until: '$claim_until' })}
    WITH c ORDER BY c.date DESC, c.id
    LIMIT $claim_first
    ${indent(CLAIM_WITH_CONTEXT)}
  }` : ''}
  RETURN collect(${relationRow(withClaims ? 'claims: claims' : undefined)}) AS page
}
RETURN size(matched) AS total, page`;

export function relationPage(head: RelationHead, sort: RelationSortKey, c: RelationConditions, withClaims = false): string {
  return relationPageWith(head, sort, c, withClaims, END_ID_PARAMS);
}

/** relationPage with the end-id lists named by `ids`. */
function relationPageWith(head: RelationHead, sort: RelationSortKey, c: RelationConditions, withClaims: boolean, ids: EndIds): string {
  // The head already restricts the end it starts from.
  const rest = { ...c, sourceIds: head === 'source' ? null : c.sourceIds, targetIds: head === 'target' ? null : c.targetIds };
  const eitherEnd = head !== 'either' && c.eitherIds ? [`(s.id IN ${ids.eitherIds} OR t.id IN ${ids.eitherIds})`] : [];
  return `${RELATION_HEADS[head](edgePattern(c.types), ids)}
${relationWhere(rest, eitherEnd, ids)}
${PAGE_OF_RELATIONS(sort, withClaims)}`;
}

export type RelationEnd = 'source' | 'target' | 'either';

/**
 * A relation page whose named ends arrive as references (`$sourceRef`, ... = {ref, phrase}) and are
 * resolved at the start of the statement, saving the lookup its own round trip. The resolved ends stand
 * in for the `$sourceIds`/`$targetIds`/`$eitherIds` lists of `relationPage`; an unknown name matches nothing.
 */
export function relationPageByRefs(head: RelationHead, sort: RelationSortKey, c: RelationConditions, withClaims: boolean, ends: readonly RelationEnd[]): string {
  const resolve = ends.map((end, i) => `WITH ${i === 0 ? '' : '*, '}$${end}Ref AS ${end}Item\n${resolveRef(`${end}Item`, `${end}End`)}`);
  const lists = ends.map((end) => `CASE WHEN ${end}End IS NULL THEN [] ELSE [${end}End.id] END AS ${end}Ids`);
  // A resolved end is the variable of that name; an end not given by reference stays a parameter.
  const ids: EndIds = { ...END_ID_PARAMS, ...Object.fromEntries(ends.map((end) => [`${end}Ids`, `${end}Ids`])) };
  const body = relationPageWith(head, sort, c, withClaims, ids);
  return `${resolve.join('\n')}\nWITH ${lists.join(', ')}\n${body}`;
}

const DIRECTION_PATTERNS: Record<string, (edges: string) => string> = {
  // Both directions can reach one relationship twice (a self-relation), hence DISTINCT.
  BOTH: (edges) => `MATCH (x)-[r:${edges}]-(:Entity)\n  WITH DISTINCT r`,
  OUTGOING: (edges) => `MATCH (x)-[r:${edges}]->(:Entity)`,
  INCOMING: (edges) => `MATCH (x)<-[r:${edges}]-(:Entity)`,
};

/** Where per-entity statements start: the entities in `$ids`, or the one entity `$ref` names (then its
 * fields come along, so a name lookup and what is asked of the entity are one round trip). */
const ENTITY_STARTS = {
  ids: () => 'UNWIND $ids AS id\nMATCH (x:Entity {id: id})',
  ref: () => `WITH $ref AS item\n${resolveRef('item', 'x')}\nWITH x, x.id AS id WHERE x IS NOT NULL`,
} as const;
export type EntityStart = keyof typeof ENTITY_STARTS;

/** One page of relations per entity; `direction` decides which end the entity must be. */
export function entityRelationPages(sort: RelationSortKey, direction: string, c: RelationConditions & { otherIds: readonly string[] | null }, start: EntityStart = 'ids'): string {
  const pattern = DIRECTION_PATTERNS[direction];
  if (!pattern) throw new Error(`entityRelationPages: unknown direction ${direction}`);
  const where = relationWhere(c, c.otherIds ? ['(s.id IN $otherIds OR t.id IN $otherIds)'] : []);
  return `${ENTITY_STARTS[start]()}
CALL (x) {
  ${pattern(edgePattern(c.types))}
  WITH r, startNode(r) AS s, endNode(r) AS t
  ${where}
  ${indent(PAGE_OF_RELATIONS(sort))}
}
RETURN id, total, page${start === 'ref' ? `, ${entityFields('x')} AS entity` : ''}`;
}

export const ENTITY_FIELDS = entityFields('e');

export const ENTITIES_BY_ID = `
UNWIND $ids AS id
MATCH (e:Entity {id: id})
RETURN id, ${ENTITY_FIELDS} AS entity`;

/**
 * Resolves the reference in variable `item` ({ref, phrase}) to the entity variable `as`, null when nothing
 * matches: an exact id first, then the canonical name, then any alias case-insensitively. Aliases are found
 * through the full-text index (a list property cannot be index-searched for membership) and then checked
 * exactly against the entity's keys, so no lookup scans all entities. Every variable in scope is carried
 * through, so statements can resolve several references and go on from them.
 * The full-text search only runs when neither the id nor the canonical name matched: most references are
 * one or the other, and a Lucene query costs more than both index seeks together.
 */
const resolveRef = (item: string, as: string) => `OPTIONAL MATCH (${as}Exact:Entity {id: ${item}.ref})
OPTIONAL CALL (${item}, ${as}Exact) {
  WITH * WHERE ${as}Exact IS NULL
  MATCH (e:Entity {name: ${item}.ref})
  RETURN e AS ${as}Named ORDER BY size(e.aliases) DESC LIMIT 1
}
OPTIONAL CALL (${item}, ${as}Exact, ${as}Named) {
  WITH * WHERE ${as}Exact IS NULL AND ${as}Named IS NULL
  CALL db.index.fulltext.queryNodes('entity_names', ${item}.phrase, {limit: 50}) YIELD node
  WITH node WHERE toLower(${item}.ref) IN node.keys
  RETURN node AS ${as}Aliased ORDER BY size(node.aliases) DESC LIMIT 1
}
WITH *, coalesce(${as}Exact, ${as}Named, ${as}Aliased) AS ${as}`;

export const ENTITY_IDS_BY_REF = `
UNWIND $refs AS item
${resolveRef('item', 'e')}
RETURN item.ref AS ref, e.id AS id, CASE WHEN e IS NULL THEN null ELSE ${ENTITY_FIELDS} END AS entity`;

export const SEARCH_ENTITIES = `
CALL db.index.fulltext.queryNodes('entity_names', $query, {limit: $first}) YIELD node, score
RETURN node.id AS id, score, ${entityFields('node')} AS entity`;

/** With a type filter the hits stream in score order until `first` of those types are found: a cap on the
 * hits read before filtering would miss the best hits of a type that ranks below other types. */
export const SEARCH_ENTITIES_OF_TYPES = `
CALL db.index.fulltext.queryNodes('entity_names', $query) YIELD node, score
WITH node, score WHERE node.type IN $types
RETURN node.id AS id, score, ${entityFields('node')} AS entity
LIMIT $first`;

export const CLAIMS_BY_RELATION = `
UNWIND $keys AS k
CALL (k) {
  MATCH (c:Claim {sourceId: k.sourceId, targetId: k.targetId, type: k.type})
  WHERE ${CLAIM_FILTER}
  WITH c ORDER BY c.date DESC, c.id
  LIMIT $first
  ${CLAIM_WITH_CONTEXT}
}
RETURN k.key AS key, claims`;

export const CLAIMS_BY_ARTICLE = `
UNWIND $ids AS id
CALL (id) {
  MATCH (c:Claim {articleId: id})
  WITH c ORDER BY c.start, c.type
  LIMIT $first
  ${CLAIM_WITH_CONTEXT}
}
RETURN id, claims`;

export const ARTICLE_FIELDS = articleFields('a');

export const ARTICLE_TEXTS = `
UNWIND $ids AS id
MATCH (a:Article {id: id})
RETURN id, a.text AS text`;

export const ARTICLES_BY_ID = `
UNWIND $ids AS id
MATCH (a:Article {id: id})
RETURN id, ${ARTICLE_FIELDS} AS article`;

export const ARTICLE_IDS_BY_URL = 'MATCH (a:Article {url: $url}) RETURN a.id AS id LIMIT 1';

export const ARTICLE_ENTITY_IDS = `
UNWIND $ids AS id
MATCH (a:Article {id: id})
OPTIONAL MATCH (a)-[m:MENTIONS]->(e:Entity)
WITH id, e, m ORDER BY m.count DESC, e.name
RETURN id, collect(e.id) AS entityIds`;

export const ARTICLE_PAGE = `
MATCH (a:Article)
WHERE ($mentionIds IS NULL OR EXISTS { (a)-[:MENTIONS]->(e:Entity) WHERE e.id IN $mentionIds })
  AND ($since IS NULL OR a.publishedAt >= $since)
  AND ($until IS NULL OR left(a.publishedAt, 10) <= $until)
  AND ($language IS NULL OR a.language = $language)
WITH a ORDER BY a.publishedAt DESC, a.id
WITH collect(a.id) AS ids
RETURN size(ids) AS total, ids[$skip..$skip + $first] AS page`;

export const ENTITY_ARTICLE_PAGES = `
UNWIND $ids AS id
MATCH (x:Entity {id: id})
CALL (x) {
  MATCH (x)<-[:MENTIONS]-(a:Article)
  WITH a ORDER BY a.publishedAt DESC, a.id
  WITH collect(a.id) AS ids
  RETURN size(ids) AS total, ids[$skip..$skip + $first] AS page
}
RETURN id, total, page`;

export const MENTION_COUNTS = `
UNWIND $ids AS id
MATCH (x:Entity {id: id})
OPTIONAL MATCH (x)<-[m:MENTIONS]-(:Article)
RETURN id, coalesce(sum(m.count), 0) AS count`;

/**
 * The role each article gave an entity, in the reverse of the order its current role is picked by
 * (SET_ROLES_FROM_ARTICLES): undated articles first, then oldest first, so the last one is the newest.
 */
export const ROLE_MENTIONS = `
UNWIND $ids AS id
MATCH (x:Entity {id: id})
CALL (x) {
  MATCH (x)<-[m:MENTIONS]-(a:Article)
  WHERE m.role IS NOT NULL
  WITH m.role AS role, a
  ORDER BY a.publishedAt IS NOT NULL, a.publishedAt, a.id DESC
  RETURN collect({role: role, publishedAt: a.publishedAt}) AS mentions
}
RETURN id, mentions`;

/** Each entity's main counterparts: evidence summed over both directions and the asked types. */
export function counterparts(c: RelationConditions, start: EntityStart = 'ids'): string {
  return `${ENTITY_STARTS[start]()}
CALL (x) {
  MATCH (x)-[r:${edgePattern(c.types)}]-(o:Entity)
  ${relationWhere({ ...c, sourceIds: null, targetIds: null }, ['o <> x'])}
  WITH o, sum(r.count) AS evidenceCount, sum(r.score) AS score, collect(DISTINCT r.type) AS types
  ORDER BY evidenceCount DESC, o.id
  LIMIT $first
  RETURN collect({entityId: o.id, entity: ${entityFields('o')}, evidenceCount: evidenceCount, score: score, types: types}) AS items
}
RETURN id, items${start === 'ref' ? `, ${entityFields('x')} AS entity` : ''}`;
}

export const TIMELINES = `
UNWIND $ids AS id
MATCH (x:Entity {id: id})
CALL (x) {
  MATCH (x)<-[:SOURCE|TARGET]-(c:Claim)
  WITH DISTINCT c
  WHERE c.date IS NOT NULL AND c.type IN $types AND ${CLAIM_FILTER}
    AND ($otherIds IS NULL OR c.sourceId IN $otherIds OR c.targetId IN $otherIds)
  WITH left(c.date, $bucketLength) AS bucket, c.type AS type, count(*) AS n, sum(c.weight) AS score
  ORDER BY bucket, type
  RETURN collect({bucket: bucket, type: type, count: n, score: score}) AS rows
}
RETURN id, rows`;

export const OFFICE_HOLDERS = `
UNWIND $ids AS id
MATCH (x:Entity {id: id})
OPTIONAL MATCH (p:Entity)-[:REPRESENTS]->(x)
WITH id, p ORDER BY p.name
RETURN id, collect(p.id) AS entityIds`;

export const AFFILIATIONS = `
UNWIND $ids AS id
MATCH (x:Entity {id: id})
OPTIONAL MATCH (x)-[:REPRESENTS|MEMBER_OF]->(o:Entity)
WITH id, o ORDER BY o.name
RETURN id, collect(DISTINCT o.id) AS entityIds`;

/**
 * The shortest chains of aggregated relations (never through articles or claims) between two actors, over
 * the asked types, at most `maxHops` long. Both are written into the pattern (edge names from the
 * relation-type table, maxHops a checked integer), so the search never expands past the hop limit or
 * follows a relationship of another type (a property test per relationship would read every relationship
 * of every hub on the way). Neither can be a parameter: Cypher accepts no parameter as the bound of a
 * variable-length pattern (`*..$maxHops` does not parse), and a type given as a parameter (`$any($types)`)
 * is resolved per relationship at run time rather than planned as a typed expansion. Hence the checks here.
 */
export function shortestPaths(types: readonly string[], maxHops: number): string {
  if (!Number.isInteger(maxHops) || maxHops < 1 || maxHops > MAX_PATH_HOPS) throw new Error(`shortestPaths: maxHops ${maxHops} outside 1..${MAX_PATH_HOPS}`);
  // Both ends are resolved here rather than in a lookup of their own: one round trip per question.
  return `
WITH $from AS fromRef, $to AS toRef
${resolveRef('fromRef', 'a')}
${resolveRef('toRef', 'b')}
WITH a, b WHERE a IS NOT NULL AND b IS NOT NULL AND a <> b
MATCH p = allShortestPaths((a)-[:${edgePattern(types)}*..${maxHops}]-(b))
WITH p LIMIT $first
RETURN [n IN nodes(p) | n.id] AS entityIds, [n IN nodes(p) | ${entityFields('n')}] AS entities,
       [r IN relationships(p) | {sourceId: startNode(r).id, targetId: endNode(r).id, type: r.type, count: r.count,
         asserted: r.asserted, negated: r.negated, hypothetical: r.hypothetical, articles: r.articles,
         firstSeen: r.firstSeen, lastSeen: r.lastSeen, score: r.score}] AS steps`;
}

/** Claims summed per unordered actor pair: the alliance map's edges. With `$foldPeople`, an office
 * holder's acts count for the country or organisation they represent, so blocs are made of actors. */
export const ALLIANCE_PAIRS = `
MATCH (c:Claim)
WHERE c.mode IN ['verbal', 'material'] AND c.type IN $types
  AND ($since IS NULL OR c.date >= $since) AND ($until IS NULL OR c.date <= $until)
  AND (NOT $assertedOnly OR c.polarity = 'asserted')
WITH c,
     CASE WHEN $foldPeople THEN coalesce(head([(:Person {id: c.sourceId})-[:REPRESENTS]->(o:Entity) | o.id]), c.sourceId) ELSE c.sourceId END AS s,
     CASE WHEN $foldPeople THEN coalesce(head([(:Person {id: c.targetId})-[:REPRESENTS]->(o:Entity) | o.id]), c.targetId) ELSE c.targetId END AS t
WHERE s <> t
WITH CASE WHEN s < t THEN s ELSE t END AS a, CASE WHEN s < t THEN t ELSE s END AS b, c
WITH a, b, count(*) AS evidenceCount, sum(c.weight) AS weight,
     sum(CASE WHEN c.weight > 0 THEN c.weight ELSE 0.0 END) AS cooperation,
     sum(CASE WHEN c.weight < 0 THEN -c.weight ELSE 0.0 END) AS conflict,
     sum(CASE WHEN c.mode = 'verbal' THEN 1 ELSE 0 END) AS verbal,
     collect(DISTINCT c.type) AS types, min(c.date) AS firstSeen, max(c.date) AS lastSeen
WHERE evidenceCount >= $minEvidence
RETURN a, b, evidenceCount, weight, cooperation, conflict, verbal, types, firstSeen, lastSeen
ORDER BY a, b`;

/** Structural edges (MEMBER_OF, REPRESENTS) stated in articles, for formal blocs. */
export const STATED_MEMBERSHIPS = `
MATCH (m:Entity)-[:MEMBER_OF]->(o:Entity)
RETURN o.id AS organizationId, collect(m.id) AS memberIds`;
