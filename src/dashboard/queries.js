// @ts-check
// Every GraphQL document the dashboard sends, in one place, so API changes show up in one diff.

export const STATUS = /* GraphQL */ `
  query Status {
    health { ok graph }
    stats { articles entities claims relations }
  }`;

export const STATS = /* GraphQL */ `
  query Stats { stats { articles entities claims relations } }`;

export const ALLIANCES = /* GraphQL */ `
  query Alliances($since: Date, $until: Date, $types: [RelationType!], $minEvidence: Int, $assertedOnly: Boolean, $layout: Boolean) {
    alliances(since: $since, until: $until, types: $types, minEvidence: $minEvidence, assertedOnly: $assertedOnly, layout: $layout) {
      nodes { entity { id name type } evidenceCount bloc x y }
      edges {
        id weight cooperation conflict evidenceCount mode types firstSeen lastSeen
        source { id } target { id }
      }
      blocs { id label members { id } }
      memberships { id label organization { id } members { id } }
      weights { type weight mode }
    }
  }`;

export const SEARCH = /* GraphQL */ `
  query Search($query: String!) {
    searchEntities(query: $query, first: 8) { score entity { id name type aliases } }
    entity(name: $query) { id name type }
  }`;

const RELATION_WHERE = '$since: Date, $until: Date, $types: [RelationType!], $polarity: [Polarity!]';

export const ENTITY = /* GraphQL */ `
  query Entity($id: ID!, ${RELATION_WHERE}) {
    entity(id: $id) {
      id name type aliases role iso2 mentionCount wikidata
      officeHolders { id name role }
      affiliations { id name type }
      counterparts(where: { since: $since, until: $until, types: $types, polarity: $polarity }, first: 15) {
        entity { id name type } evidenceCount score types
      }
      timeline(where: { since: $since, until: $until, types: $types, polarity: $polarity }, bucket: MONTH) {
        start score total counts { type count }
      }
    }
  }`;

// Kept shallow and lean: the API prices queries by depth and size (graphql-armor cost limit).
const CLAIM_FIELDS = 'id type polarity evidence date claimant { name } article { title url }';

const RELATION_FIELDS = `
  id type mode count asserted negated hypothetical firstSeen lastSeen score
  source { id name } target { id name }`;

/** The relations from one actor to another with their evidence; asked once per direction. */
export const PAIR_CLAIMS = /* GraphQL */ `
  query PairClaims($a: String!, $b: String!, ${RELATION_WHERE}) {
    relations(where: { source: $a, target: $b, since: $since, until: $until, types: $types, polarity: $polarity }, first: 30) {
      edges { node { id type count source { name } target { name } claims(since: $since, until: $until, polarity: $polarity, first: 20) { ${CLAIM_FIELDS} } } }
    }
  }`;

/** Two actors over time: A's timeline restricted to relations with B, and the relations between them. */
export const DYAD = /* GraphQL */ `
  query Dyad($aId: ID!, $bId: ID!, $a: String!, $b: String!, ${RELATION_WHERE}) {
    entity(id: $aId) {
      id name
      timeline(where: { either: $b, since: $since, until: $until, types: $types, polarity: $polarity }, bucket: MONTH) {
        start score total counts { type count }
      }
    }
    other: entity(id: $bId) { id name }
    ab: relations(where: { source: $a, target: $b, since: $since, until: $until, types: $types, polarity: $polarity }, first: 50) {
      edges { node { ${RELATION_FIELDS} } }
    }
    ba: relations(where: { source: $b, target: $a, since: $since, until: $until, types: $types, polarity: $polarity }, first: 50) {
      edges { node { ${RELATION_FIELDS} } }
    }
  }`;
