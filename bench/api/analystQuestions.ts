// The five analyst questions of the API bench, each asked of geokg's schema and of the @neo4j/graphql
// schema over the same graph. `check` reduces an answer to a few numbers both servers must agree on.
import { fuzzyTermsQuery, searchTerms } from '../../src/store/luceneQueries.ts';

export interface Question {
  name: string;
  geokg: string;
  neo4jGraphql: string;
  /** What the answer contains, in a form comparable across the two schemas. */
  check: { geokg: (data: any) => unknown; neo4jGraphql: (data: any) => unknown };
  /** geokg's whole answer with the lists whose order the API does not define sorted, for comparing two
   * versions of geokg (`--against`): anything else must be equal as it comes. */
  canonical: (data: any) => unknown;
}

/** A copy of `list` sorted by `key` (compared as JSON), for lists whose order is not part of the answer. */
function sortedBy<T>(list: readonly T[], key: (item: T) => unknown = (item) => item): T[] {
  return [...list].sort((a, b) => {
    const [x, y] = [JSON.stringify(key(a)), JSON.stringify(key(b))];
    return x < y ? -1 : x > y ? 1 : 0;
  });
}

/** Search hits come best first; hits of equal score may come in either order, and which of the hits tied
 * with the last one make the page is not defined either (measured: two servers asked one after the other
 * over the same index kept different ones of five tied at the cut). So: sorted, ties at the cut counted. */
const hitsInScoreOrder = (hits: Array<{ score: number; entity: { id: string } }>) => {
  const last = hits.at(-1)?.score;
  const sorted = [...hits].sort((a, b) => b.score - a.score || (a.entity.id < b.entity.id ? -1 : a.entity.id > b.entity.id ? 1 : 0));
  return { hits: sorted.filter((h) => h.score !== last), tiedAtTheCut: sorted.filter((h) => h.score === last).length };
};

/** Counterparts' `types` are collected without an order. */
const counterpartsWithSortedTypes = (items: Array<{ types: string[] }>) => items.map((c) => ({ ...c, types: sortedBy(c.types) }));

/** Questions asked only of geokg, in two versions (`--against`): answers compared, not timed. Together with
 * the five timed ones they reach every resolver that reads ahead or fills loader caches: by id and by name,
 * relation pages through loaders and read ahead, claims through a fragment (not read ahead), counterparts,
 * timeline, articles, search with a type filter, paths over some types, alliances. */
export interface AnswerCheck { name: string; geokg: string; canonical: (data: any) => unknown }

export function answerChecks(a: Actors): AnswerCheck[] {
  return [
    {
      name: 'entity by id, every listing through the loaders',
      geokg: `{ entity(id: "Q159") { id name mentionCount officeHolders { id } affiliations { id }
        relations(direction: OUTGOING, where: { types: [SUPPORT, ACCUSE, ASSAULT], minEvidence: 2 }, sort: LAST_SEEN_DESC, first: 5) {
          totalCount pageInfo { hasNextPage hasPreviousPage endCursor } edges { cursor node { id count score source { name } target { name } } } }
        counterparts(where: { polarity: [NEGATED] }, first: 5) { entity { id name } evidenceCount score types }
        timeline(bucket: YEAR) { start total score counts { type count } }
        articles(first: 3) { totalCount edges { node { id title } } } } }`,
      canonical: (d) => ({ ...d, entity: { ...d.entity, counterparts: counterpartsWithSortedTypes(d.entity.counterparts) } }),
    },
    {
      name: 'entity by name, relations read ahead, second page',
      geokg: `{ entity(name: ${JSON.stringify(a.hub)}) { id relations(direction: INCOMING, where: { since: "2024" }, first: 5, after: "bzo0") {
        totalCount edges { cursor node { id type count claims(first: 1) { id } } } } } }`,
      canonical: (d) => d,
    },
    {
      // `either` beside `source` is left out: 15e0f73 made it filter (it was ignored), so older commits differ.
      name: 'relations between two named ends, claims through a fragment',
      geokg: `{ relations(where: { source: ${JSON.stringify(a.hub)}, target: ${JSON.stringify(a.target)} }, sort: SCORE_DESC, first: 5) { totalCount
        edges { node { ...relation } } } }
        fragment relation on Relation { id type count claims(first: 2, polarity: [ASSERTED]) { id evidence date article { id title } claimant { id } } }`,
      canonical: (d) => d,
    },
    {
      name: 'articles mentioning an actor',
      geokg: `{ articles(where: { mentions: ${JSON.stringify(a.counterpartsOf)} }, first: 3) { totalCount
        edges { node { id title language entities { id } claims(first: 2) { id type } } } } }`,
      canonical: (d) => d,
    },
    {
      name: 'search with a type filter, paths over some types',
      geokg: `{ searchEntities(query: "united states", types: [COUNTRY, ORGANIZATION], first: 5) { score entity { id } }
        path(from: ${JSON.stringify(a.hub)}, to: ${JSON.stringify(a.counterpartsOf)}, maxHops: 2, types: [SUPPORT, COOPERATE, CONSULT], first: 3) {
          length entities { id } steps { type count source { id } target { id } } } }`,
      canonical: (d) => ({ searchEntities: hitsInScoreOrder(d.searchEntities), path: sortedBy(d.path) }),
    },
    {
      name: 'alliances',
      geokg: `{ alliances(minEvidence: 100) { nodes { entity { id } evidenceCount bloc } edges { id evidenceCount weight types source { id } target { id } } blocs { id label members { id } } } }`,
      canonical: (d) => ({
        nodes: sortedBy(d.alliances.nodes, (n: any) => n.entity.id),
        edges: sortedBy(d.alliances.edges.map((e: any) => ({ ...e, types: sortedBy(e.types) })), (e: any) => e.id),
        blocs: sortedBy(d.alliances.blocs.map((b: any) => ({ ...b, members: sortedBy(b.members, (m: any) => m.id) })), (b: any) => b.id),
      }),
    },
  ];
}

export interface Actors { hub: string; target: string; counterpartsOf: string; search: string; pathFrom: string; pathTo: string }

export function analystQuestions(a: Actors): Question[] {
  return [
    {
      name: '1 entity + relations',
      geokg: `{ entity(name: ${JSON.stringify(a.hub)}) { id name type aliases
        relations(first: 20) { totalCount edges { node { type count lastSeen score source { id name } target { id name } } } } } }`,
      neo4jGraphql: `{ entities(where: { name: { eq: ${JSON.stringify(a.hub)} } }, limit: 1) { id name type aliases
        relationCount relations(first: 20) { type count lastSeen score source { id name } target { id name } } } }`,
      check: {
        geokg: (d) => [d.entity.relations.totalCount, d.entity.relations.edges.map((e: any) => e.node.count)],
        neo4jGraphql: (d) => [d.entities[0].relationCount, d.entities[0].relations.map((r: any) => r.count)],
      },
      canonical: (d) => d,
    },
    {
      name: '2 relations by target + type, with claims',
      geokg: `{ relations(where: { target: ${JSON.stringify(a.target)}, types: [ASSAULT] }, first: 10) { totalCount
        edges { node { count lastSeen source { id name } claims(first: 3) { evidence polarity date claimant { name } article { title url } } } } } }`,
      neo4jGraphql: `{ entities(where: { name: { eq: ${JSON.stringify(a.target)} } }, limit: 1) {
        incomingAssaultsConnection(first: 10, sort: [{ edge: { count: DESC } }, { edge: { lastSeen: DESC } }, { node: { id: ASC } }]) { totalCount
          edges { properties { count lastSeen } node { id name
            claimsAgainst(target: ${JSON.stringify(a.target)}, type: "ASSAULT", first: 3) { evidence polarity date claimant { name } article { title url } } } } } } }`,
      check: {
        geokg: (d) => [d.relations.totalCount, d.relations.edges.map((e: any) => [e.node.count, e.node.claims.length])],
        neo4jGraphql: (d) => [d.entities[0].incomingAssaultsConnection.totalCount,
          d.entities[0].incomingAssaultsConnection.edges.map((e: any) => [e.properties.count, e.node.claimsAgainst.length])],
      },
      canonical: (d) => d,
    },
    {
      name: '3 counterparts',
      geokg: `{ entity(name: ${JSON.stringify(a.counterpartsOf)}) { name counterparts(first: 20) { entity { id name type } evidenceCount score types } } }`,
      neo4jGraphql: `{ entities(where: { name: { eq: ${JSON.stringify(a.counterpartsOf)} } }, limit: 1) { name
        counterparts(first: 20) { entity { id name type } evidenceCount score types } } }`,
      check: {
        geokg: (d) => d.entity.counterparts.map((c: any) => [c.entity.id, c.evidenceCount]),
        neo4jGraphql: (d) => d.entities[0].counterparts.map((c: any) => [c.entity.id, c.evidenceCount]),
      },
      canonical: (d) => ({ entity: { ...d.entity, counterparts: counterpartsWithSortedTypes(d.entity.counterparts) } }),
    },
    {
      name: '4 search',
      geokg: `{ searchEntities(query: ${JSON.stringify(a.search)}, first: 10) { score entity { id name type } } }`,
      // The Lucene query geokg's searchEntities sends is given to @neo4j/graphql as it is.
      neo4jGraphql: `{ entitiesByName(phrase: ${JSON.stringify(fuzzyTermsQuery(searchTerms(a.search)))}, first: 10) {
        edges { score node { id name type } } } }`,
      check: {
        // Equal scores may come back in either order, so only the top five (distinct scores here) are compared.
        geokg: (d) => d.searchEntities.slice(0, 5).map((h: any) => h.entity.id),
        neo4jGraphql: (d) => d.entitiesByName.edges.slice(0, 5).map((h: any) => h.node.id),
      },
      canonical: (d) => ({ searchEntities: hitsInScoreOrder(d.searchEntities) }),
    },
    {
      name: '5 path',
      geokg: `{ path(from: ${JSON.stringify(a.pathFrom)}, to: ${JSON.stringify(a.pathTo)}, maxHops: 4, first: 5) {
        length entities { id name } steps { type count source { name } target { name } } } }`,
      neo4jGraphql: `{ path(from: ${JSON.stringify(a.pathFrom)}, to: ${JSON.stringify(a.pathTo)}, maxHops: 4, first: 5) {
        length entities { id name } steps { type count source { name } target { name } } } }`,
      check: {
        geokg: (d) => d.path.map((p: any) => p.length),
        neo4jGraphql: (d) => d.path.map((p: any) => p.length),
      },
      // allShortestPaths returns its paths in no defined order; each path's steps are in order.
      canonical: (d) => ({ path: sortedBy(d.path) }),
    },
  ];
}
