// Starts the real Neo4j the graph tests run against and claims it for the run: the embedded `test` instance
// (GEOKG_TEST_NEO4J_INSTANCE), or the server GEOKG_TEST_NEO4J_URI names; never the user's NEO4J_URI.
// A database that holds data without the test marker is refused before any test runs. Tests receive the
// connection, and what the machine offers them (Java, Chromium), through vitest's provide/inject.
import type { TestProject } from 'vitest/node';
import type { Neo4jTarget } from '../../src/config.ts';
import { checkJava } from '../../src/embedded/checkTools.ts';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from '../../src/embedded/startNeo4j.ts';
import { createDriver } from '../../src/store/connectGraph.ts';
import { claimScratchGraph } from '../../src/store/scratchGraph.ts';
import { findChromium } from './findChromium.ts';
import { chooseTestTarget, forgetUserGraph } from './testTarget.ts';
import { scratchGraph } from './testGraph.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: Neo4jTarget & { embedded: boolean; instance?: string; startMs: number; fetched: boolean };
    /** Programs some tests need, found once for the run. */
    machine: { java: boolean; chromium?: string };
  }
}

let embedded: EmbeddedNeo4j | undefined;

function javaFound(): boolean {
  try {
    checkJava();
    return true;
  } catch {
    return false;
  }
}

export async function setup(project: TestProject): Promise<void> {
  const choice = chooseTestTarget(process.env);
  forgetUserGraph(process.env);
  let target: Neo4jTarget;
  if (choice.kind === 'server') {
    target = choice.target;
    project.provide('neo4j', { ...target, embedded: false, startMs: 0, fetched: false });
  } else {
    embedded = await startEmbeddedNeo4j(choice.settings, (line) => process.stderr.write(`${line}\n`));
    const { uri, user, password, startMs, fetched } = embedded;
    target = { uri, user, password };
    project.provide('neo4j', { ...target, embedded: true, instance: choice.settings.instance, startMs, fetched });
  }
  const driver = createDriver(target);
  try {
    await claimScratchGraph(scratchGraph(driver, target, choice.kind === 'embedded' ? choice.settings.instance : undefined));
  } catch (error) {
    await embedded?.stop();
    embedded = undefined;
    throw error;
  } finally {
    await driver.close();
  }
  project.provide('machine', { java: choice.kind === 'embedded' || javaFound(), chromium: findChromium() });
}

export async function teardown(): Promise<void> {
  await embedded?.stop();
}
