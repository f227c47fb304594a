// The embedded default: a real Neo4j Community server that geokg provisions, starts, reuses and stops itself.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { describeWhen, javaRequirement } from '../support/requirements.ts';
import { loadConfig } from '../../src/config.ts';
import { startEmbeddedNeo4j } from '../../src/embedded/startNeo4j.ts';
import { isListening } from '../../src/embedded/ports.ts';

const target = inject('neo4j');
const instance = `fresh-${process.pid}`;
const settings = () => loadConfig({ ...process.env, NEO4J_URI: '', GEOKG_NEO4J_INSTANCE: instance, GEOKG_NEO4J_HEAP: '512m', GEOKG_NEO4J_PAGECACHE: '128m' }).embedded;
const instanceDir = () => path.join(settings().cacheDir, 'instances', instance);

async function countMarkers(uri: string, password: string): Promise<number> {
  const driver = neo4j.driver(uri, neo4j.auth.basic('neo4j', password));
  try {
    const { records } = await driver.executeQuery('MATCH (m:StartMarker) RETURN count(m) AS n');
    return records[0].get('n').toNumber();
  } finally {
    await driver.close();
  }
}

describeWhen(javaRequirement(), 'embedded Neo4j', () => {
  afterAll(() => fs.rmSync(instanceDir(), { recursive: true, force: true }));

  it('starts from an empty instance on 127.0.0.1, keeps its data, and a second start reuses the cached server', async () => {
    const first = await startEmbeddedNeo4j(settings());
    expect(first.owner).toBe(true);
    expect(first.uri).toMatch(/^bolt:\/\/127\.0\.0\.1:\d+$/);
    const conf = fs.readFileSync(path.join(instanceDir(), 'conf', 'neo4j.conf'), 'utf8');
    expect(conf).toContain('server.default_listen_address=127.0.0.1');
    const driver = neo4j.driver(first.uri, neo4j.auth.basic('neo4j', first.password));
    await driver.executeQuery('CREATE (:StartMarker {at: datetime()})');
    await driver.close();
    await first.stop();
    expect(await isListening(first.port)).toBe(false);

    const second = await startEmbeddedNeo4j(settings());
    try {
      expect(second.fetched).toBe(false);
      expect(second.password).toBe(first.password);
      expect(await countMarkers(second.uri, second.password)).toBe(1);
    } finally {
      await second.stop();
    }
  }, 240_000);

  it('reports a taken port by name instead of failing obscurely', async () => {
    const blocker = net.createServer().listen(0, '127.0.0.1');
    await new Promise((resolve) => blocker.once('listening', resolve));
    const port = (blocker.address() as net.AddressInfo).port;
    try {
      await expect(startEmbeddedNeo4j({ ...settings(), port })).rejects.toThrow(`Port ${port} on 127.0.0.1 is taken`);
    } finally {
      blocker.close();
    }
  });

  it('stops the server when the geokg process that started it is killed outright', async () => {
    const script = `import { startEmbeddedNeo4j } from ${JSON.stringify(path.resolve('src/embedded/startNeo4j.ts'))};
      const s = await startEmbeddedNeo4j(${JSON.stringify(settings())}); console.log(s.port); setInterval(() => {}, 1e6);`;
    const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
    const port = await new Promise<number>((resolve) => child.stdout.once('data', (d) => resolve(Number(String(d).trim()))));
    expect(await isListening(port)).toBe(true);
    child.kill('SIGKILL');
    const deadline = Date.now() + 45_000;
    while (Date.now() < deadline && (await isListening(port))) await new Promise((r) => setTimeout(r, 500));
    expect(await isListening(port)).toBe(false);
  }, 120_000);
});
