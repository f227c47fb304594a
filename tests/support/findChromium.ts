// Chromium for the browser tests, found the way scripts/setup-system.sh finds it: GEOKG_CHROMIUM, or
// `chromium` on PATH.
import fs from 'node:fs';
import { findOnPath } from './requirements.ts';

export function findChromium(env: Record<string, string | undefined> = process.env): string | undefined {
  const named = env.GEOKG_CHROMIUM?.trim();
  if (named) return fs.existsSync(named) ? named : undefined;
  return findOnPath('chromium', env);
}
