// The embedded server needs Java 17+ to run Neo4j and Maven to fetch it; say so plainly when either is missing.
import { spawnSync } from 'node:child_process';
import { EmbeddedNeo4jError } from '../errors.ts';

const ALTERNATIVE = 'or set NEO4J_URI, NEO4J_USER and NEO4J_PASSWORD to use an existing Neo4j server instead';

function versionOutput(command: string, args: string[]): string | undefined {
  const result = spawnSync(command, args, { encoding: 'utf8', timeout: 60_000 });
  if (result.error || result.status !== 0) return undefined;
  return `${result.stdout}\n${result.stderr}`;
}

/** Returns the Java major version, or throws naming what to install. */
export function checkJava(): number {
  const output = versionOutput('java', ['-version']);
  if (output === undefined) {
    throw new EmbeddedNeo4jError(`Java was not found on PATH. The embedded Neo4j needs Java 17 or newer: install it (Debian: apt-get install openjdk-17-jre-headless), ${ALTERNATIVE}.`);
  }
  const match = /version "(\d+)(?:\.(\d+))?/.exec(output);
  const major = match ? Number(match[1] === '1' ? match[2] : match[1]) : 0;
  if (major < 17) {
    throw new EmbeddedNeo4jError(`Java ${major || '(unknown version)'} was found, but the embedded Neo4j 5.26 needs Java 17 or newer: install it, ${ALTERNATIVE}.`);
  }
  return major;
}

export function checkMaven(): void {
  if (versionOutput('mvn', ['-v']) === undefined) {
    throw new EmbeddedNeo4jError(`Maven (mvn) was not found on PATH. geokg fetches Neo4j's jars with it on first start: install it (Debian: apt-get install maven), ${ALTERNATIVE}.`);
  }
}
