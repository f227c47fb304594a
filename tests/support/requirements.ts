// Some tests need a program the machine may lack (Chromium, Java). Locally such a suite is skipped and the
// run ends with one line saying what was skipped and how to install it (tests/support/skipReport.ts).
// With CI set, a suite that cannot run is a failing test naming what is missing: a green CI run has run it all.
import fs from 'node:fs';
import path from 'node:path';
import { describe, inject, it } from 'vitest';

declare module '@vitest/runner' {
  interface TaskMeta {
    /** Set on a suite skipped for a missing program: what is missing and how to get it. */
    missingRequirement?: string;
  }
}

export interface Requirement {
  /** What is needed, as a user would name it: "Chromium". */
  what: string;
  available: boolean;
  /** How to get it. */
  install: string;
}

export function inCi(env: Record<string, string | undefined> = process.env): boolean {
  const value = env.CI?.trim().toLowerCase();
  return value !== undefined && value !== '' && value !== 'false' && value !== '0';
}

/** A describe block that runs when the requirement is met; otherwise skipped (locally) or failing (CI). */
export function describeWhen(requirement: Requirement, title: string, body: () => void): void {
  if (requirement.available) {
    describe(title, body);
  } else if (inCi()) {
    describe(title, () => {
      it(`needs ${requirement.what}`, () => {
        throw new Error(`${requirement.what} is missing, so "${title}" cannot run (${requirement.install}). With CI set, a test that cannot run fails.`);
      });
    });
  } else {
    describe(title, { skip: true, meta: { missingRequirement: `${requirement.what}: ${requirement.install}` } }, body);
  }
}

/** The first executable called `name` on PATH, like `command -v`. */
export function findOnPath(name: string, env: Record<string, string | undefined> = process.env): string | undefined {
  for (const dir of (env.PATH ?? '').split(path.delimiter)) {
    if (!dir) continue;
    const file = path.join(dir, name);
    try {
      fs.accessSync(file, fs.constants.X_OK);
      if (fs.statSync(file).isFile()) return file;
    } catch {
      // not here
    }
  }
  return undefined;
}

/** Java 17+, for tests that start embedded Neo4j servers of their own (always there when the run's is embedded). */
export function javaRequirement(): Requirement {
  return { what: 'Java 17+', available: inject('machine').java, install: 'apt-get install openjdk-17-jre-headless' };
}
