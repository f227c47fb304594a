// Bearer API keys, compared in constant time so response timing reveals nothing about the key.
import crypto from 'node:crypto';

function digest(text: string): Buffer {
  return crypto.createHash('sha256').update(text).digest();
}

export function hasApiKey(authorization: string | null | undefined, apiKey: string | undefined): boolean {
  if (!apiKey || !authorization) return false;
  const match = /^Bearer\s+(.+)$/i.exec(authorization.trim());
  if (!match) return false;
  // Equal-length digests make timingSafeEqual usable whatever the presented key's length.
  return crypto.timingSafeEqual(digest(match[1]), digest(apiKey));
}
