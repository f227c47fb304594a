// The queries GraphiQL opens with: one per analyst question the API answers.
export const EXAMPLE_QUERIES = `# geokg — examples for each analyst question. Run one with the ▶ button.

# Who accuses Russia, and on what evidence?
query WhoAccusesRussia {
  relations(where: { target: "Russia", types: [ACCUSE] }) {
    totalCount
    edges { node { source { name } count lastSeen claims(first: 3) { evidence polarity article { title url } } } }
  }
}

# What supports North Korea, and according to whom?
query WhoSupportsNorthKorea {
  entity(name: "Nordkorea") {
    name
    relations(direction: INCOMING, where: { types: [SUPPORT] }) {
      edges { node { source { name } claims { evidence polarity claimant { name } article { title publishedAt } } } }
    }
  }
}

# What connects NATO to North Korea?
query NatoToNorthKorea {
  path(from: "NATO", to: "North Korea", maxHops: 3) {
    length
    entities { name }
    steps { type source { name } target { name } claims(first: 1) { evidence } }
  }
}

# How did Russia's relations change over time?
query RussiaTimeline {
  entity(name: "Russia") { timeline(bucket: MONTH) { start total score counts { type count } } }
}

# Blocs: cooperation against conflict.
query Alliances {
  alliances(since: "2022") {
    blocs { label members { name } }
    edges { source { name } target { name } weight evidenceCount mode }
  }
}

# Search, typo-tolerant.
query Search { searchEntities(query: "Nordkroea") { score entity { name type } } }

# Ingest an article (needs "Authorization: Bearer <GEOKG_API_KEY>" in the headers tab).
mutation Ingest {
  ingestArticle(input: { title: "EU sanctions Iran", text: "The European Union imposed new sanctions on Iran on Monday.", publishedAt: "2024-10-14" }) {
    outcome entityCount relationCount article { id title }
  }
}
`;
