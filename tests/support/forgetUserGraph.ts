// Runs first in every test file's worker: whatever the environment said about the user's own graph is gone
// before any test code reads it (the run's main process drops it too, in vitest.config.ts).
import { forgetUserGraph } from './testTarget.ts';

forgetUserGraph(process.env);
