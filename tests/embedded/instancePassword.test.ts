// The embedded instance's generated password is handed to neo4j-admin on the command line: it must never
// look like an option, and it is kept, unchanged, beside the data it protects.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { instancePassword, instancePaths } from '../../src/embedded/instance.ts';

describe('instancePassword', () => {
  it('generates passwords neo4j-admin accepts (never starting with "-"), private to the owner, and keeps them', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'geokg-password-'));
    try {
      const seen = new Set<string>();
      for (let i = 0; i < 300; i++) {
        const paths = instancePaths({ cacheDir: root, instance: `i${i}`, port: 0, heap: '1g', pageCache: '1g', startTimeoutMs: 1000 });
        const first = instancePassword(paths);
        expect(first.isNew).toBe(true);
        expect(first.password).toMatch(/^[0-9a-f]{36}$/);
        expect(fs.statSync(paths.passwordFile).mode & 0o077).toBe(0);
        expect(instancePassword(paths)).toEqual({ password: first.password, isNew: false });
        seen.add(first.password);
      }
      expect(seen.size).toBe(300);
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });
});
