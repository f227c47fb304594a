// Obtains the Neo4j Community server's jars from Maven Central once, into the cache outside the work tree.
// The download goes to a temporary folder that is renamed into place, so an interrupted fetch is never used.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { EmbeddedNeo4jError } from '../errors.ts';
import { checkMaven } from './checkTools.ts';

export const NEO4J_POM = fileURLToPath(new URL('../../neo4j/pom.xml', import.meta.url));
export const SUPERVISOR = fileURLToPath(new URL('../../neo4j/supervise.sh', import.meta.url));

export function neo4jVersion(): string {
  const pom = fs.readFileSync(NEO4J_POM, 'utf8');
  const version = /<neo4j\.version>([^<]+)<\/neo4j\.version>/.exec(pom)?.[1];
  if (!version) throw new EmbeddedNeo4jError(`${NEO4J_POM} names no <neo4j.version>`);
  return version;
}

export interface Distribution {
  version: string;
  libDir: string;
  /** True when this call fetched the jars; false when the cache already held them. */
  fetched: boolean;
}

function runMaven(outputDir: string, log: (line: string) => void): Promise<void> {
  const args = ['-B', '-q', '-f', NEO4J_POM, 'dependency:copy-dependencies', `-DoutputDirectory=${outputDir}`];
  return new Promise((resolve, reject) => {
    const child = spawn('mvn', args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', (error) => reject(new EmbeddedNeo4jError(`could not run mvn: ${error.message}`, { cause: error })));
    child.on('close', (code) => {
      if (code === 0) return resolve();
      log(output.trim());
      reject(new EmbeddedNeo4jError(`mvn could not fetch Neo4j from Maven Central (exit ${code}); its output is above. Check the network or proxy settings in ~/.m2/settings.xml.`));
    });
  });
}

export async function provisionNeo4j(cacheDir: string, log: (line: string) => void): Promise<Distribution> {
  const version = neo4jVersion();
  const libDir = path.join(cacheDir, `neo4j-${version}`, 'lib');
  if (fs.existsSync(path.join(libDir, `neo4j-${version}.jar`))) return { version, libDir, fetched: false };

  checkMaven();
  log(`Fetching Neo4j Community ${version} with Maven (first start only, about 120 MB)...`);
  fs.mkdirSync(path.dirname(libDir), { recursive: true });
  const staging = fs.mkdtempSync(path.join(path.dirname(libDir), 'lib-partial-'));
  try {
    await runMaven(staging, log);
    try {
      fs.renameSync(staging, libDir);
    } catch (error) {
      // Another process finished the same download first; its copy is as good as ours.
      if (!fs.existsSync(libDir)) throw error;
    }
  } finally {
    fs.rmSync(staging, { recursive: true, force: true });
  }
  return { version, libDir, fetched: true };
}
