// GraphQL enum names ↔ the values stored in the graph.
export const enumResolvers = {
  EntityType: { COUNTRY: 'Country', ORGANIZATION: 'Organization', PERSON: 'Person', LOCATION: 'Location', GROUP: 'Group' },
  Polarity: { ASSERTED: 'asserted', NEGATED: 'negated', HYPOTHETICAL: 'hypothetical' },
};
