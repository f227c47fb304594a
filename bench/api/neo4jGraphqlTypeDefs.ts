// Type definitions for @neo4j/graphql over geokg's graph model, the comparison server of the API bench:
// Entity, Claim and Article nodes, the aggregated relationships as relationship fields with their
// properties, and @cypher fields for what the library cannot express (relations across all types
// ordered by evidence, counterparts, paths). The fulltext index is the product's `entity_names`.
import { AGGREGATE_EDGES } from '../../src/relationTypes.ts';

const EDGES = AGGREGATE_EDGES.join('|');

/** ACCUSES → accuses, MOBILIZES_AGAINST → mobilizesAgainst. */
function fieldName(edge: string): string {
  return edge.toLowerCase().replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
}

const relationshipFields = AGGREGATE_EDGES.flatMap((edge) => {
  const name = fieldName(edge);
  const incoming = `incoming${name[0].toUpperCase()}${name.slice(1)}`;
  return [
    `  ${name}: [Entity!]! @relationship(type: "${edge}", direction: OUT, properties: "Aggregate")`,
    `  ${incoming}: [Entity!]! @relationship(type: "${edge}", direction: IN, properties: "Aggregate")`,
  ];
}).join('\n');

export const NEO4J_GRAPHQL_TYPE_DEFS = /* GraphQL */ `
type Entity @node @fulltext(indexes: [{ indexName: "entity_names", queryName: "entitiesByName", fields: ["name", "aliasText"] }]) {
  id: ID!
  name: String!
  type: String!
  aliases: [String!]
  aliasText: String
  wikidata: String
  iso2: String
  iso3: String
  role: String
${relationshipFields}
  "Relations of every aggregated type, most evidence first."
  relations(first: Int = 20): [RelationRow!]!
    @cypher(
      statement: """
      MATCH (this)-[r:${EDGES}]-(:Entity)
      WITH DISTINCT r
      WITH r, startNode(r) AS s, endNode(r) AS t
      ORDER BY r.count DESC, r.lastSeen DESC, s.id, t.id, r.type
      LIMIT $first
      RETURN {type: r.type, count: r.count, asserted: r.asserted, negated: r.negated, hypothetical: r.hypothetical,
              firstSeen: r.firstSeen, lastSeen: r.lastSeen, score: r.score,
              source: {id: s.id, name: s.name, type: s.type}, target: {id: t.id, name: t.name, type: t.type}} AS row
      """
      columnName: "row"
    )
  relationCount: Int!
    @cypher(statement: "MATCH (this)-[r:${EDGES}]-(:Entity) RETURN count(DISTINCT r) AS n", columnName: "n")
  "Claims this entity made against a target (by name) of one type, newest first."
  claimsAgainst(target: String!, type: String!, first: Int = 20): [Claim!]!
    @cypher(
      statement: """
      MATCH (t:Entity {name: $target})
      MATCH (c:Claim {sourceId: this.id, targetId: t.id, type: $type})
      WITH c ORDER BY c.date DESC, c.id LIMIT $first
      RETURN c
      """
      columnName: "c"
    )
  "Entities it has relations with, evidence summed over both directions and all types."
  counterparts(first: Int = 20): [CounterpartRow!]!
    @cypher(
      statement: """
      MATCH (this)-[r:${EDGES}]-(o:Entity)
      WHERE o <> this
      WITH o, sum(r.count) AS evidenceCount, sum(r.score) AS score, collect(DISTINCT r.type) AS types
      ORDER BY evidenceCount DESC, o.id
      LIMIT $first
      RETURN {entity: {id: o.id, name: o.name, type: o.type}, evidenceCount: evidenceCount, score: score, types: types} AS row
      """
      columnName: "row"
    )
}

type Aggregate @relationshipProperties {
  type: String!
  count: Int!
  asserted: Int!
  negated: Int!
  hypothetical: Int!
  articles: Int!
  firstSeen: String
  lastSeen: String
  score: Float!
}

type Claim @node {
  id: ID!
  type: String!
  sourceId: String!
  targetId: String!
  polarity: String!
  evidence: String!
  start: Int!
  end: Int!
  date: String
  confidence: Float!
  rule: String!
  source: [Entity!]! @relationship(type: "SOURCE", direction: OUT)
  target: [Entity!]! @relationship(type: "TARGET", direction: OUT)
  claimant: [Entity!]! @relationship(type: "CLAIMED_BY", direction: OUT)
  article: [Article!]! @relationship(type: "EVIDENCED_BY", direction: OUT)
}

type Article @node {
  id: ID!
  title: String!
  url: String
  publishedAt: String
  language: String!
  source: String
}

"An entity as a plain value inside @cypher rows."
type EntitySummary {
  id: ID!
  name: String!
  type: String!
}

type RelationRow {
  type: String!
  count: Int!
  asserted: Int!
  negated: Int!
  hypothetical: Int!
  firstSeen: String
  lastSeen: String
  score: Float!
  source: EntitySummary!
  target: EntitySummary!
}

type CounterpartRow {
  entity: EntitySummary!
  evidenceCount: Int!
  score: Float!
  types: [String!]!
}

type PathRow {
  length: Int!
  entities: [EntitySummary!]!
  steps: [RelationRow!]!
}

type Query {
  "Shortest chains of aggregated relations between two actors, by name."
  path(from: String!, to: String!, maxHops: Int = 4, first: Int = 5): [PathRow!]!
    @cypher(
      statement: """
      MATCH (a:Entity {name: $from}), (b:Entity {name: $to})
      MATCH p = allShortestPaths((a)-[:${EDGES}*..6]-(b))
      WHERE length(p) <= $maxHops
      WITH p LIMIT $first
      RETURN {length: length(p), entities: [n IN nodes(p) | {id: n.id, name: n.name, type: n.type}],
              steps: [r IN relationships(p) | {type: r.type, count: r.count, asserted: r.asserted, negated: r.negated,
                hypothetical: r.hypothetical, firstSeen: r.firstSeen, lastSeen: r.lastSeen, score: r.score,
                source: {id: startNode(r).id, name: startNode(r).name, type: startNode(r).type},
                target: {id: endNode(r).id, name: endNode(r).name, type: endNode(r).type}}]} AS path
      """
      columnName: "path"
    )
}
`;
