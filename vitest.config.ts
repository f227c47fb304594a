import { defineConfig } from 'vitest/config';
import { forgetUserGraph } from './tests/support/testTarget.ts';

// Tests never see the user's NEO4J_URI: their database is GEOKG_TEST_NEO4J_URI or the embedded `test`
// instance (tests/support/testTarget.ts). Dropped here, before vitest starts a worker or a child process.
forgetUserGraph(process.env);

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // One real Neo4j for the whole run, started once; test files that touch it take turns.
    globalSetup: ['tests/support/globalNeo4j.ts'],
    setupFiles: ['tests/support/forgetUserGraph.ts'],
    reporters: ['default', './tests/support/skipReport.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 240_000,
    teardownTimeout: 60_000,
  },
});
