import { defineConfig } from 'vitest/config';

// The tests that need neither Neo4j nor a browser: parsing, extraction, resolution, export writers, the data
// files' schemas, and the dashboard's pure modules.
// Used by mutation testing (stryker.config.json) and for quick runs while editing those modules.
export default defineConfig({
  test: {
    include: ['tests/extract/**/*.test.ts', 'tests/parse/**/*.test.ts', 'tests/resolve/**/*.test.ts', 'tests/export/**/*.test.ts', 'tests/data/**/*.test.ts',
      'tests/dashboard/{urlState,format,blocs,mapElements,mapReconcile,store,queryTypes}.test.ts'],
    testTimeout: 30_000,
  },
});
