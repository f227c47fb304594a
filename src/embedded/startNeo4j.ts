// Starts (or reuses) the embedded Neo4j Community server on 127.0.0.1 and stops it when geokg exits.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { EmbeddedSettings, Neo4jTarget } from '../config.ts';
import { EmbeddedNeo4jError } from '../errors.ts';
import { checkJava } from './checkTools.ts';
import { instancePassword, instancePaths, readRunningServer, writeNeo4jConf, type InstancePaths } from './instance.ts';
import { claimPort, isListening } from './ports.ts';
import { provisionNeo4j, SUPERVISOR } from './provisionNeo4j.ts';
import { withStartLock } from './startLock.ts';

export interface EmbeddedNeo4j extends Neo4jTarget {
  port: number;
  /** False when another geokg process already runs this instance and we only connect to it. */
  owner: boolean;
  /** True when this start had to fetch the jars. */
  fetched: boolean;
  startMs: number;
  stop(): Promise<void>;
}

const ENTRY_POINT = 'org.neo4j.server.CommunityEntryPoint';
const ADMIN_TOOL = 'org.neo4j.cli.AdminTool';

function javaClasspath(libDir: string): string {
  return `${libDir}${path.sep}*`;
}

function setInitialPassword(libDir: string, paths: InstancePaths, password: string): void {
  const result = spawnSync('java', ['-cp', javaClasspath(libDir), ADMIN_TOOL, 'dbms', 'set-initial-password', password], {
    env: { ...process.env, NEO4J_HOME: paths.root, NEO4J_CONF: paths.conf },
    encoding: 'utf8',
    timeout: 120_000,
  });
  if (result.status !== 0) {
    throw new EmbeddedNeo4jError(`neo4j-admin could not set the initial password: ${(result.stderr || result.stdout || '').trim()}`);
  }
}

function logTail(paths: InstancePaths, lines = 15): string {
  for (const name of ['neo4j.log', 'debug.log']) {
    const file = path.join(paths.logs, name);
    if (!fs.existsSync(file)) continue;
    const text = fs.readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
    if (text) return `\nLast lines of ${file}:\n${text}`;
  }
  return '';
}

async function choosePort(settings: EmbeddedSettings): Promise<number> {
  const port = await claimPort(settings.port);
  if (port === undefined) {
    throw new EmbeddedNeo4jError(`Port ${settings.port} on 127.0.0.1 is taken, so the embedded Neo4j cannot listen there: set GEOKG_NEO4J_PORT to a free port, or to 0 to pick one.`);
  }
  return port;
}

function spawnServer(libDir: string, paths: InstancePaths, settings: EmbeddedSettings): ChildProcess {
  const out = fs.openSync(path.join(paths.logs, 'console.log'), 'a');
  const java = ['java', `-Xms${settings.heap}`, `-Xmx${settings.heap}`, '-XX:+UseG1GC', '-Dfile.encoding=UTF-8',
    '-cp', javaClasspath(libDir), ENTRY_POINT, `--home-dir=${paths.root}`, `--config-dir=${paths.conf}`];
  // detached: Ctrl-C in a terminal reaches geokg, which then stops the server in order.
  const child = spawn('sh', [SUPERVISOR, ...java], { stdio: ['pipe', out, out], detached: true });
  fs.closeSync(out);
  // Neither the child nor its stdin pipe keeps geokg alive; when geokg exits the pipe closes and the server stops.
  child.unref();
  (child.stdin as unknown as { unref?: () => void })?.unref?.();
  return child;
}

async function waitUntilReady(child: ChildProcess, port: number, paths: InstancePaths, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new EmbeddedNeo4jError(`The embedded Neo4j exited during start (code ${child.exitCode ?? child.signalCode}).${logTail(paths)}`);
    }
    if (await isListening(port)) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  child.kill('SIGKILL');
  throw new EmbeddedNeo4jError(`The embedded Neo4j did not accept Bolt connections on 127.0.0.1:${port} within ${Math.round(timeoutMs / 1000)} s (GEOKG_NEO4J_START_TIMEOUT).${logTail(paths)}`);
}

function stopper(child: ChildProcess, paths: InstancePaths): () => Promise<void> {
  let stopping: Promise<void> | undefined;
  return () => {
    stopping ??= new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      const force = setTimeout(() => {
        if (child.pid) { try { process.kill(-child.pid, 'SIGKILL'); } catch { /* already gone */ } }
      }, 30_000);
      child.once('exit', () => {
        clearTimeout(force);
        fs.rmSync(paths.serverFile, { force: true });
        resolve();
      });
      child.stdin?.end();
    });
    return stopping;
  };
}

async function startOwned(settings: EmbeddedSettings, paths: InstancePaths, log: (line: string) => void, started: number): Promise<EmbeddedNeo4j> {
  checkJava();
  const distribution = await provisionNeo4j(settings.cacheDir, log);
  const port = await choosePort(settings);
  fs.mkdirSync(paths.logs, { recursive: true });
  writeNeo4jConf(paths, settings, port);
  const { password } = instancePassword(paths);
  if (!fs.existsSync(path.join(paths.data, 'dbms', 'auth.ini')) && !fs.existsSync(path.join(paths.data, 'databases'))) {
    setInitialPassword(distribution.libDir, paths, password);
  }
  const child = spawnServer(distribution.libDir, paths, settings);
  await waitUntilReady(child, port, paths, settings.startTimeoutMs);
  fs.writeFileSync(paths.serverFile, JSON.stringify({ pid: child.pid, port, startedAt: new Date().toISOString() }));
  return {
    uri: `bolt://127.0.0.1:${port}`, user: 'neo4j', password, port, owner: true,
    fetched: distribution.fetched, startMs: Date.now() - started, stop: stopper(child, paths),
  };
}

/**
 * Starts the instance named in `settings`, or connects to it when another geokg process already runs it
 * (then `stop()` leaves it running for its owner).
 */
export async function startEmbeddedNeo4j(settings: EmbeddedSettings, log: (line: string) => void = () => {}): Promise<EmbeddedNeo4j> {
  const started = Date.now();
  const paths = instancePaths(settings);
  fs.mkdirSync(paths.root, { recursive: true });
  return withStartLock(paths.lockDir, settings.startTimeoutMs, async () => {
    const running = readRunningServer(paths);
    if (running && (await isListening(running.port))) {
      const { password } = instancePassword(paths);
      return {
        uri: `bolt://127.0.0.1:${running.port}`, user: 'neo4j', password, port: running.port, owner: false,
        fetched: false, startMs: Date.now() - started, stop: async () => {},
      };
    }
    return startOwned(settings, paths, log, started);
  });
}
