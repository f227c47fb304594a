// Whole-graph reads: statistics and the snapshot that exports are written from.

/** Each part aggregates, so an empty graph still answers one row of zeros. */
export const GRAPH_STATS = `
CALL () { MATCH (a:Article) RETURN count(a) AS articles }
CALL () { MATCH (e:Entity) RETURN count(e) AS entities }
CALL () { MATCH (c:Claim) RETURN count(c) AS claims }
CALL () { MATCH (:Entity)-[r]->(:Entity) RETURN count(r) AS relations }
CALL () { MATCH (e:Entity) WITH e.type AS type, count(*) AS n ORDER BY type RETURN collect({type: type, count: n}) AS entityTypes }
CALL () { MATCH (c:Claim) WITH c.type AS type, count(*) AS n ORDER BY type RETURN collect({type: type, count: n}) AS claimTypes }
RETURN articles, entities, claims, relations, entityTypes, claimTypes`;

export const EXPORT_ENTITIES = `
MATCH (e:Entity)
OPTIONAL MATCH (e)<-[m:MENTIONS]-(:Article)
RETURN e.id AS id, e.name AS name, e.type AS type, e.wikidata AS wikidata, e.iso2 AS iso2, e.iso3 AS iso3,
       e.role AS role, e.aliases AS aliases, coalesce(sum(m.count), 0) AS mentions
ORDER BY id`;

export const EXPORT_AGGREGATES = `
MATCH (s:Entity)-[r]->(t:Entity)
RETURN s.id AS source, t.id AS target, type(r) AS edge, r.type AS type, r.count AS count, r.asserted AS asserted,
       r.negated AS negated, r.hypothetical AS hypothetical, r.articles AS articles, r.firstSeen AS firstSeen,
       r.lastSeen AS lastSeen, r.score AS score
ORDER BY source, target, edge`;

export const EXPORT_CLAIMS = `
MATCH (c:Claim)-[:EVIDENCED_BY]->(a:Article)
RETURN c.id AS id, c.type AS type, c.sourceId AS source, c.targetId AS target, c.polarity AS polarity,
       c.attributedToId AS attributedTo, c.date AS date, c.confidence AS confidence, c.rule AS rule,
       c.evidence AS evidence, c.start AS start, c.end AS end, a.id AS articleId, a.title AS articleTitle, a.url AS articleUrl
ORDER BY id`;
