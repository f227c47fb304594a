// Every statement that writes articles, entities, claims and their aggregates. Values are always
// parameters; labels and most relationship types come from `$(...)` parameters that the writer has checked
// against the relation-type table and the entity types; ADD_TO_AGGREGATES spells the edge names out.
import { AGGREGATE_EDGES } from '../../relationTypes.ts';

/** Which stored article an incoming one replaces: the same content (unchanged) or the same url (updated). */
const EXISTING_VERSIONS = `
OPTIONAL MATCH (same:Article {id: $articleId})
OPTIONAL MATCH (older:Article {url: $url}) WHERE $url IS NOT NULL AND older.id <> $articleId
WITH same, collect(older.id) AS olderIds`;

export const FIND_EXISTING_ARTICLE = `${EXISTING_VERSIONS}
RETURN same.id AS sameId, olderIds`;

/** The aggregate keys and entities an article's claims touch, read before they are removed. */
export const ARTICLE_FOOTPRINT = `
MATCH (a:Article) WHERE a.id IN $articleIds
OPTIONAL MATCH (a)<-[:EVIDENCED_BY]-(c:Claim)
OPTIONAL MATCH (a)-[:MENTIONS]->(m:Entity)
RETURN collect(DISTINCT {sourceId: c.sourceId, targetId: c.targetId, type: c.type, edge: c.edge}) AS keys,
       collect(DISTINCT m.id) + collect(DISTINCT c.attributedToId) AS entityIds`;

export const DELETE_ARTICLES = `
MATCH (a:Article) WHERE a.id IN $articleIds
OPTIONAL MATCH (a)<-[:EVIDENCED_BY]-(c:Claim)
DETACH DELETE c
WITH DISTINCT a
DETACH DELETE a`;

/**
 * Entities are merged on their constrained id. A person's `role` is the current one, not the one of the
 * article's date (that one is on MENTIONS): the gazetteer's current office when it lists one (kept as
 * `gazetteerRole`, written on every load so a new term in the gazetteer shows), else SET_ROLES_FROM_ARTICLES. Names and codes are written only when something is new:
 * an unchanged entity costs no full-text index update. Every entity is still write-locked (the `_lock`
 * property is set and removed), so this transaction owns it until commit — ADD_TO_AGGREGATES relies on that.
 */
export const UPSERT_ENTITIES = `
UNWIND $entities AS row
MERGE (e:Entity {id: row.id})
  ON CREATE SET e.name = row.name, e.type = row.type, e.aliases = [], e:$(row.type)
SET e._lock = true
REMOVE e._lock
WITH e, row, [a IN row.aliases WHERE NOT a IN e.aliases] AS added
FOREACH (_ IN CASE WHEN size(added) > 0 THEN [1] ELSE [] END |
  SET e.aliases = e.aliases + added)
FOREACH (_ IN CASE WHEN size(added) > 0 THEN [1] ELSE [] END |
  SET e.aliasText = reduce(s = '', a IN e.aliases | s + ' ' + a),
      e.keys = [a IN e.aliases + [e.name] | toLower(a)])
FOREACH (_ IN CASE WHEN e.wikidata IS NULL AND row.wikidata IS NOT NULL THEN [1] ELSE [] END | SET e.wikidata = row.wikidata)
FOREACH (_ IN CASE WHEN e.iso2 IS NULL AND row.iso2 IS NOT NULL THEN [1] ELSE [] END | SET e.iso2 = row.iso2)
FOREACH (_ IN CASE WHEN e.iso3 IS NULL AND row.iso3 IS NOT NULL THEN [1] ELSE [] END | SET e.iso3 = row.iso3)
FOREACH (_ IN CASE WHEN row.currentRole IS NOT NULL AND NOT coalesce(e.gazetteerRole = row.currentRole AND e.role = row.currentRole, false) THEN [1] ELSE [] END |
  SET e.gazetteerRole = row.currentRole, e.role = row.currentRole)`;

export const CREATE_ARTICLE = `
CREATE (a:Article)
SET a = $article, a.loadedAt = datetime()`;

export const CREATE_MENTIONS = `
MATCH (a:Article {id: $articleId})
UNWIND $mentions AS row
MATCH (e:Entity {id: row.entityId})
CREATE (a)-[:MENTIONS {forms: row.forms, count: row.count, role: row.role}]->(e)`;

/**
 * The current role of people the gazetteer gives no office: the one of their newest article that names
 * one (by publishedAt; undated articles count as oldest, ties go to the lower article id, so the load
 * order never matters). Run for every entity an article added or took a role-bearing mention from, so
 * loads, replacements and deletes all leave it right; written only when it changes. Only people hold
 * offices: a country's thousands of mentions are never read here.
 */
export const SET_ROLES_FROM_ARTICLES = `
UNWIND $roleEntityIds AS id
MATCH (e:Entity {id: id})
WHERE e:Person AND e.gazetteerRole IS NULL
CALL (e) {
  OPTIONAL MATCH (a:Article)-[m:MENTIONS]->(e)
  WHERE m.role IS NOT NULL
  WITH m.role AS role, a
  ORDER BY a.publishedAt IS NULL, a.publishedAt DESC, a.id
  RETURN head(collect(role)) AS latest
}
WITH e, latest
WHERE NOT coalesce(e.role = latest, e.role IS NULL AND latest IS NULL)
SET e.role = latest`;

export const CREATE_CLAIMS = `
MATCH (a:Article {id: $articleId})
UNWIND $claims AS row
MATCH (s:Entity {id: row.sourceId}), (t:Entity {id: row.targetId})
CREATE (c:Claim)
SET c = row
CREATE (c)-[:SOURCE]->(s), (c)-[:TARGET]->(t), (c)-[:EVIDENCED_BY]->(a)
WITH c, row
MATCH (by:Entity {id: row.attributedToId})
CREATE (c)-[:CLAIMED_BY]->(by)`;

/** Aggregates are rebuilt from the claims that remain, so counts stay exact after updates and deletes. */
export const DROP_AGGREGATES = `
UNWIND $keys AS k
MATCH (:Entity {id: k.sourceId})-[r:$(k.edge)]->(:Entity {id: k.targetId})
DELETE r`;

export const BUILD_AGGREGATES = `
UNWIND $keys AS k
MATCH (c:Claim {sourceId: k.sourceId, targetId: k.targetId, type: k.type})
WITH k, collect(c) AS claims, count(DISTINCT c.articleId) AS articles
MATCH (s:Entity {id: k.sourceId}), (t:Entity {id: k.targetId})
CREATE (s)-[r:$(k.edge)]->(t)
SET r.type = k.type,
    r.count = size(claims),
    r.asserted = size([c IN claims WHERE c.polarity = 'asserted']),
    r.negated = size([c IN claims WHERE c.polarity = 'negated']),
    r.hypothetical = size([c IN claims WHERE c.polarity = 'hypothetical']),
    r.articles = articles,
    r.firstSeen = reduce(m = null, c IN claims | CASE WHEN m IS NULL OR c.date < m THEN c.date ELSE m END),
    r.lastSeen = reduce(m = null, c IN claims | CASE WHEN m IS NULL OR c.date > m THEN c.date ELSE m END),
    r.score = reduce(sum = 0.0, c IN claims | sum + c.weight)`;

/** An article named by its id or its url. */
export const FIND_ARTICLE_IDS = 'MATCH (a:Article) WHERE a.id = $ref OR a.url = $ref RETURN collect(a.id) AS ids';

export const COUNT_ARTICLE_CLAIMS = 'MATCH (c:Claim) WHERE c.articleId IN $ids RETURN count(c) AS n';

const AGGREGATE_SUMS = `
  ON CREATE SET r.type = d.type, r.count = 0, r.asserted = 0, r.negated = 0, r.hypothetical = 0, r.articles = 0, r.score = 0.0
  SET r.count = r.count + toInteger(d.count),
      r.asserted = r.asserted + toInteger(d.asserted),
      r.negated = r.negated + toInteger(d.negated),
      r.hypothetical = r.hypothetical + toInteger(d.hypothetical),
      r.articles = r.articles + 1,
      r.score = r.score + d.score,
      r.firstSeen = CASE WHEN d.firstSeen IS NOT NULL AND (r.firstSeen IS NULL OR d.firstSeen < r.firstSeen) THEN d.firstSeen ELSE r.firstSeen END,
      r.lastSeen = CASE WHEN d.lastSeen IS NOT NULL AND (r.lastSeen IS NULL OR d.lastSeen > r.lastSeen) THEN d.lastSeen ELSE r.lastSeen END`;

/** Edge names are identifiers from data/relation-types.json (checked when the table is read), never input. */
const edgeBranch = (edge: string) => `
CALL (d, s, t) {
  WITH * WHERE d.edge = '${edge}'
  MERGE (s)-[r:${edge}]->(t)${AGGREGATE_SUMS}
}`;

/**
 * A new article only adds to aggregates, so its claims are added as sums instead of recounting every claim
 * of the pair (which grows with the corpus). Safe under concurrent loads: each transaction has already
 * locked both entities (UPSERT_ENTITIES writes them), so no other writer can touch the pair meanwhile.
 *
 * One branch per edge name, each with its type written out: a MERGE with a literal type walks only that
 * type's relationships between two hub actors, where `$(d.edge)` has to read all of them (measured ~8×
 * fewer page reads). The writer runs it before the article's claims are created, because relationships
 * created earlier in the same transaction on the same hub make the typed MERGE slow again.
 */
export const ADD_TO_AGGREGATES = `
UNWIND $deltas AS d
MATCH (s:Entity {id: d.sourceId}), (t:Entity {id: d.targetId})${[...new Set(AGGREGATE_EDGES)].map(edgeBranch).join('')}`;

/** Entities nobody mentions or relates to any more go with the last article that named them. */
export const DELETE_ORPHAN_ENTITIES = `
UNWIND $entityIds AS id
MATCH (e:Entity {id: id})
WHERE NOT (e)--()
DELETE e`;

/** A statement's text as the body of a `CALL () { ... }` unit subquery. */
const asSubquery = (statement: string) => `CALL () {\n${statement.trim()}\n}`;

/**
 * A new article in one statement: the check of FIND_EXISTING_ARTICLE, then the writes of UPSERT_ENTITIES,
 * ADD_TO_AGGREGATES (before the claims, see there), CREATE_ARTICLE, CREATE_MENTIONS, SET_ROLES_FROM_ARTICLES and CREATE_CLAIMS. They
 * happen only when neither the same content nor an older version of its url is stored; the caller sees which
 * from `sameId` and `olderIds` and takes the replacement path for the latter. One statement instead of six:
 * a round trip and five statement executions less per article.
 */
export const WRITE_NEW_ARTICLE = `${EXISTING_VERSIONS}
CALL (same, olderIds) {
  WITH * WHERE same IS NULL AND size(olderIds) = 0
${[UPSERT_ENTITIES, ADD_TO_AGGREGATES, CREATE_ARTICLE, CREATE_MENTIONS, SET_ROLES_FROM_ARTICLES, CREATE_CLAIMS].map(asSubquery).join('\n')}
}
RETURN same.id AS sameId, olderIds`;
