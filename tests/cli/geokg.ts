// Runs the real `geokg` command (bin/geokg.js) as a child process against the run's test Neo4j, without
// blocking the test worker: output is collected asynchronously and every run has a deadline of its own,
// shorter than the test's, so a hung command fails with what it printed instead of timing the test out.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { inject } from 'vitest';

export const GEOKG_BIN = path.resolve(import.meta.dirname, '../../bin/geokg.js');

/** The environment a user would set to point geokg at the test database. */
export function geokgEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const target = inject('neo4j');
  return {
    ...process.env,
    NEO4J_URI: target.uri, NEO4J_USER: target.user, NEO4J_PASSWORD: target.password,
    ...(target.database ? { NEO4J_DATABASE: target.database } : {}),
    NO_COLOR: '1', ...extra,
  };
}

export interface GeokgRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  /** Written to the command's stdin, which is then closed. */
  input?: string;
  /** Killed (SIGKILL) after this long; the promise then rejects with what it printed. */
  timeoutMs?: number;
  env?: Record<string, string>;
  cwd?: string;
}

/** Collects a child's output and resolves when it exits, or rejects after `timeoutMs`. */
export function finished(child: ChildProcess, what: string, timeoutMs: number): Promise<GeokgRun> {
  let stdout = '';
  let stderr = '';
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${what} did not finish within ${timeoutMs} ms\nstdout: ${stdout}\nstderr: ${stderr}`));
    }, timeoutMs);
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.once('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr });
    });
  });
}

/** `geokg ...args`, as a user runs it (arguments passed as they are: no shell expands them). */
export function geokg(args: string[], options: RunOptions = {}): Promise<GeokgRun> {
  const child = spawn(process.execPath, [GEOKG_BIN, ...args], {
    env: geokgEnv(options.env), cwd: options.cwd, stdio: ['pipe', 'pipe', 'pipe'],
  });
  const done = finished(child, `geokg ${args.join(' ')}`, options.timeoutMs ?? 60_000);
  child.stdin!.on('error', () => {}); // a command that never reads stdin may close it first
  child.stdin!.end(options.input ?? '');
  return done;
}

/** A command line run by /bin/sh, as typed in a terminal (quoting included); `$GEOKG` is the real command.
 * (Neither path may contain spaces: `$GEOKG` is split into words unquoted.) */
export function shell(commandLine: string, options: RunOptions = {}): Promise<GeokgRun> {
  const child = spawn('/bin/sh', ['-c', commandLine], {
    env: { ...geokgEnv(options.env), GEOKG: `${process.execPath} ${GEOKG_BIN}` },
    cwd: options.cwd, stdio: ['pipe', 'pipe', 'pipe'],
  });
  const done = finished(child, commandLine, options.timeoutMs ?? 60_000);
  child.stdin!.end(options.input ?? '');
  return done;
}
