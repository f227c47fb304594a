// Module boundaries of geokg's pipeline (parse → extract → resolve → store → serve, workflows in ingest)
// and of the browser dashboard beside it, checked by `npm test` (tests/architecture/boundaries.test.ts) and `npm run lint:deps`.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'An import cycle makes load order matter and the layers meaningless.',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'only-store-talks-to-neo4j',
      severity: 'error',
      comment: 'src/store is the repository: the one place that speaks Cypher and knows the driver and its errors.',
      from: { path: '^src/', pathNot: '^src/store/' },
      to: { path: 'neo4j-driver' },
    },
    {
      name: 'pure-stages-stay-pure',
      severity: 'error',
      comment: 'parse, extract, resolve and export are pure: no database, no server, no workflow, no CLI.',
      from: { path: '^src/(parse|extract|resolve|export)/' },
      to: { path: '^src/(store|serve|ingest|cli|embedded)/' },
    },
    {
      name: 'extract-and-resolve-apart',
      severity: 'error',
      comment: 'Extraction and linking are separate stages; the ingest pipeline runs them in order.',
      from: { path: '^src/extract/' },
      to: { path: '^src/resolve/' },
    },
    {
      name: 'resolve-does-not-extract',
      severity: 'error',
      comment: 'Linking takes mentions and returns entities; it does not run extraction.',
      from: { path: '^src/resolve/' },
      to: { path: '^src/extract/' },
    },
    {
      name: 'store-is-only-the-repository',
      severity: 'error',
      comment: 'The store writes and reads the graph; loading files and running the pipeline is ingest\'s job.',
      from: { path: '^src/store/' },
      to: { path: '^src/(parse|extract|resolve|ingest|serve|cli|embedded|pipeline)' },
    },
    {
      name: 'serve-does-not-parse-or-extract',
      severity: 'error',
      comment: 'The API hands articles to ingest; it does not run pipeline stages itself.',
      from: { path: '^src/serve/' },
      to: { path: '^src/(parse|extract|resolve|cli)/' },
    },
    {
      name: 'dashboard-is-browser-only',
      severity: 'error',
      comment: 'src/dashboard runs in the browser as served: it can load nothing from the server-side folders.',
      from: { path: '^src/dashboard/' },
      to: { path: '^src/', pathNot: '^src/dashboard/' },
    },
    {
      name: 'server-does-not-import-dashboard',
      severity: 'error',
      comment: 'The server serves the dashboard as files (serve/serveDashboard.ts reads them); it runs none of its code. '
        + 'The one exception is the query documents, see the next rule.',
      from: { path: '^src/', pathNot: '^src/dashboard/' },
      to: { path: '^src/dashboard/', pathNot: '^src/dashboard/queries\\.js$' },
    },
    {
      name: 'only-warm-up-reads-dashboard-queries',
      severity: 'error',
      comment: 'The warm-up sends the dashboard\'s own first-view documents, so the two cannot drift apart; '
        + 'queries.js holds strings only, no browser code.',
      from: { path: '^src/', pathNot: '^src/(dashboard/|serve/warmUp\\.ts$)' },
      to: { path: '^src/dashboard/queries\\.js$' },
    },
    {
      name: 'data-is-the-bottom-layer',
      severity: 'error',
      comment: 'src/data reads and checks the files in data/; it knows the model\'s types and the error it throws, nothing that uses the data.',
      from: { path: '^src/data/' },
      to: { path: '^src/', pathNot: '^src/(data/|errors\\.ts$|model\\.ts$)' },
    },
    {
      name: 'data-read-by-the-stages-that-use-it',
      severity: 'error',
      comment: 'Data files are read by the gazetteer, extraction and linking, and the relation-type table by src/relationTypes.ts; '
        + 'everything else asks those modules instead of reading a file again. Any entry point may check them all at start (checkDataFiles).',
      from: { path: '^src/', pathNot: '^src/(data/|gazetteer/|extract/|resolve/|relationTypes\\.ts$)' },
      to: { path: '^src/data/', pathNot: '^src/data/checkDataFiles\\.ts$' },
    },
    // The numbered stages of src/extract run in order: a stage may use the stages before it, the grammar
    // helpers and the shared types, never a later stage (one rule per stage: 1- … 4- may not reach past themselves).
    ...[1, 2, 3, 4].map((stage) => ({
      name: `extraction-stage-${stage}-looks-back-only`,
      severity: 'error',
      comment: `Stage ${stage} of src/extract may not import a later stage.`,
      from: { path: `^src/extract/${stage}-` },
      to: { path: `^src/extract/[${stage + 1}-9]-` },
    })),
    {
      name: 'grammar-below-the-stages',
      severity: 'error',
      comment: 'The grammar helpers (clauses, actors, infinitives, passive, names) serve every stage and import none.',
      from: { path: '^src/extract/grammar/' },
      to: { path: '^src/extract/[0-9]-' },
    },
    {
      name: 'resolvers-do-not-plan',
      severity: 'error',
      comment: 'Resolvers read arguments, hand them to src/serve/translate and call a loader or the repository; reading ahead in the query is the translate step\'s job.',
      from: { path: '^src/serve/resolvers/' },
      to: { path: '^src/serve/translate/lookAhead\\.ts$' },
    },
    {
      name: 'translate-below-resolvers',
      severity: 'error',
      comment: 'The translate step turns GraphQL arguments into repository requests; it knows no resolver.',
      from: { path: '^src/serve/translate/' },
      to: { path: '^src/serve/resolvers/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    includeOnly: '^(src|node_modules/neo4j-driver)',
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.js', '.mjs'] },
  },
};
