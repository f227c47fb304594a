// A folder as a lock: mkdir is atomic, so two geokg processes never start the same instance twice.
import fs from 'node:fs';
import path from 'node:path';
import { EmbeddedNeo4jError } from '../errors.ts';

function holderIsAlive(lockDir: string): boolean {
  try {
    const pid = Number(fs.readFileSync(path.join(lockDir, 'pid'), 'utf8'));
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function tryAcquire(lockDir: string): boolean {
  try {
    fs.mkdirSync(lockDir);
    fs.writeFileSync(path.join(lockDir, 'pid'), String(process.pid));
    return true;
  } catch {
    // A lock left by a process that died is stale; give it a moment in case its holder is still writing the pid.
    if (!holderIsAlive(lockDir) && Date.now() - (fs.statSync(lockDir, { throwIfNoEntry: false })?.mtimeMs ?? 0) > 2000) {
      fs.rmSync(lockDir, { recursive: true, force: true });
    }
    return false;
  }
}

export async function withStartLock<T>(lockDir: string, timeoutMs: number, work: () => Promise<T>): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  while (!tryAcquire(lockDir)) {
    if (Date.now() > deadline) {
      throw new EmbeddedNeo4jError(`Another geokg process has been starting the embedded Neo4j for too long (lock ${lockDir}); remove the folder if no geokg process runs.`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  try {
    return await work();
  } finally {
    fs.rmSync(lockDir, { recursive: true, force: true });
  }
}
