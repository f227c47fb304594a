// Turns raw file bytes into text, refusing what cannot be an article:
// empty files, binary data and bytes that are not UTF-8.
import { InputError } from '../errors.ts';

/** Articles larger than this are refused: no news article is 2 MB of text, a dump or a binary is. */
export const MAX_ARTICLE_BYTES = 2 * 1024 * 1024;

const utf8 = new TextDecoder('utf-8', { fatal: true });

export function decodeBytes(bytes: Uint8Array, file: string, record?: number, maxBytes = MAX_ARTICLE_BYTES): string {
  if (bytes.length > maxBytes) {
    throw new InputError('TOO_LARGE', `expected at most ${maxBytes} bytes, but got ${bytes.length}`, file, record);
  }
  // A NUL byte never occurs in text; it is the cheapest reliable sign of a binary file.
  if (bytes.subarray(0, 8192).includes(0)) {
    throw new InputError('BINARY_INPUT', 'expected text, but the file contains binary data (NUL bytes)', file, record);
  }
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch (cause) {
    throw new InputError('NOT_UTF8', 'expected UTF-8 text, but found invalid byte sequences', file, record, { cause });
  }
  text = text.replace(/^\uFEFF/, '');
  if (text.trim() === '') throw new InputError('EMPTY_INPUT', 'the input is empty', file, record);
  return text;
}
