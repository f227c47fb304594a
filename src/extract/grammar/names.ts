// Name-shape helpers shared by the person and organisation finders.
import type { Token } from '../../text/tokenize.ts';
import { readNames } from '../../data/lexiconFiles.ts';

const names = readNames();
const NOT_NAMES = new Set<string>(names.notNames.map((w) => w.toLowerCase()));
const PARTICLES = new Set<string>(names.nameParticles.map((w) => w.toLowerCase()));
export const ROLE_PREFIXES: Record<string, string> = names.rolePrefixes;
export const ORG_SUFFIXES = new Set<string>(names.orgSuffixes.map((w) => w.toLowerCase()));

export function isNameWord(t: Token | undefined): boolean {
  return !!t && nameShaped(t.text) && !NOT_NAMES.has(t.lower);
}

// Asked of nearly every token by several finders: one regex test per distinct word.
const NAME_SHAPED = new Map<string, boolean>();
const NAME_WORD = /^\p{Lu}[\p{L}'’.-]*$/u;

function nameShaped(text: string): boolean {
  let ok = NAME_SHAPED.get(text);
  if (ok === undefined) {
    ok = NAME_WORD.test(text);
    if (NAME_SHAPED.size < 200_000) NAME_SHAPED.set(text, ok);
  }
  return ok;
}

/** Token span [i, j] of a capitalised name starting at i (particles allowed inside), or null. */
export function nameSpan(tokens: Token[], i: number, max = 4, taken?: (i: number) => boolean): [number, number] | null {
  if (!isNameWord(tokens[i]) || taken?.(i)) return null;
  let j = i;
  while (j + 1 < tokens.length && j - i + 1 < max) {
    const next = tokens[j + 1];
    if (next.start !== tokens[j].end + 1 && next.start !== tokens[j].end) break;
    if (taken?.(j + 1)) break;
    if (isNameWord(next)) j++;
    else if (PARTICLES.has(next.lower) && isNameWord(tokens[j + 2])) j += 2;
    else break;
  }
  return [i, j];
}

const MARKS = /\p{M}/gu;

export function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(MARKS, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
