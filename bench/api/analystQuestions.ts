// The five analyst questions of the API bench, each asked of geokg's schema and of the @neo4j/graphql
// schema over the same graph. `check` reduces an answer to a few numbers both servers must agree on.

export interface Question {
  name: string;
  geokg: string;
  neo4jGraphql: string;
  /** What the answer contains, in a form comparable across the two schemas. */
  check: { geokg: (data: any) => unknown; neo4jGraphql: (data: any) => unknown };
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
    },
    {
      name: '4 search',
      geokg: `{ searchEntities(query: ${JSON.stringify(a.search)}, first: 10) { score entity { id name type } } }`,
      // geokg turns each term into (t^3 OR t* OR t~2); the same Lucene query is given to @neo4j/graphql.
      neo4jGraphql: `{ entitiesByName(phrase: ${JSON.stringify(a.search.split(/\s+/).map((t) => `(${t}^3 OR ${t}* OR ${t}~2)`).join(' AND '))}, first: 10) {
        edges { score node { id name type } } } }`,
      check: {
        // Equal scores may come back in either order, so only the top five (distinct scores here) are compared.
        geokg: (d) => d.searchEntities.slice(0, 5).map((h: any) => h.entity.id),
        neo4jGraphql: (d) => d.entitiesByName.edges.slice(0, 5).map((h: any) => h.node.id),
      },
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
    },
  ];
}
