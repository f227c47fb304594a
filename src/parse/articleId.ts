// Content-addressed article ids: the same text always gets the same id, whatever the file is called.
import { createHash } from 'node:crypto';

export function normaliseForId(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}

export function articleId(text: string): string {
  return createHash('sha256').update(normaliseForId(text)).digest('hex').slice(0, 16);
}
