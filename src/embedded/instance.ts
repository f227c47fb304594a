// An embedded instance's folder: its config, data, logs, generated password and the record of the running server.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { EmbeddedSettings } from '../config.ts';

export interface InstancePaths {
  root: string;
  conf: string;
  data: string;
  logs: string;
  passwordFile: string;
  serverFile: string;
  lockDir: string;
}

export function instancePaths(settings: EmbeddedSettings): InstancePaths {
  const root = path.join(settings.cacheDir, 'instances', settings.instance);
  return {
    root,
    conf: path.join(root, 'conf'),
    data: path.join(root, 'data'),
    logs: path.join(root, 'logs'),
    passwordFile: path.join(root, 'password'),
    serverFile: path.join(root, 'server.json'),
    lockDir: path.join(root, 'start.lock'),
  };
}

/** The password is generated on first use and kept beside the data it protects. */
export function instancePassword(paths: InstancePaths): { password: string; isNew: boolean } {
  fs.mkdirSync(paths.root, { recursive: true });
  if (fs.existsSync(paths.passwordFile)) {
    return { password: fs.readFileSync(paths.passwordFile, 'utf8').trim(), isNew: false };
  }
  // Hex, not base64url: neo4j-admin reads a password that starts with '-' as an option and refuses to start.
  const password = crypto.randomBytes(18).toString('hex');
  fs.writeFileSync(paths.passwordFile, `${password}\n`, { mode: 0o600 });
  return { password, isNew: true };
}

export function writeNeo4jConf(paths: InstancePaths, settings: EmbeddedSettings, port: number): void {
  fs.mkdirSync(paths.conf, { recursive: true });
  const lines = [
    '# Written by geokg on every start of the embedded server; edits here are overwritten.',
    'server.default_listen_address=127.0.0.1',
    'server.default_advertised_address=127.0.0.1',
    `server.bolt.listen_address=127.0.0.1:${port}`,
    'server.bolt.tls_level=DISABLED',
    'server.http.enabled=false',
    'server.https.enabled=false',
    `server.directories.data=${paths.data}`,
    `server.directories.logs=${paths.logs}`,
    `server.directories.import=${path.join(paths.root, 'import')}`,
    `server.directories.plugins=${path.join(paths.root, 'plugins')}`,
    `server.memory.heap.initial_size=${settings.heap}`,
    `server.memory.heap.max_size=${settings.heap}`,
    `server.memory.pagecache.size=${settings.pageCache}`,
    // Kept small because geokg's transactions are one article each.
    'db.memory.transaction.total.max=1g',
    'dbms.usage_report.enabled=false',
    'server.jvm.additional=-XX:+UseG1GC',
    '',
  ];
  fs.writeFileSync(path.join(paths.conf, 'neo4j.conf'), lines.join('\n'));
}

export interface RunningServer {
  pid: number;
  port: number;
  startedAt: string;
}

export function readRunningServer(paths: InstancePaths): RunningServer | undefined {
  try {
    const server = JSON.parse(fs.readFileSync(paths.serverFile, 'utf8')) as RunningServer;
    process.kill(server.pid, 0);
    return server;
  } catch {
    return undefined;
  }
}
