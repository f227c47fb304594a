// Word tokens with offsets into the article text. Hyphen compounds ("NATO-Generalsekretär"),
// dotted forms ("U.S", "Heute.at", "10.000"), numbers with commas ("3,000") and possessives ("Russia's") stay one token;
// the recogniser looks inside them.

export interface Token {
  text: string;
  start: number;
  end: number;
  /** Lowercased, curly apostrophes straightened. */
  lower: string;
}

// "3,000 soldiers", "1,5 Milliarden": a comma between digits is part of the number, not a clause boundary.
const WORD = /\p{N}+(?:,\p{N}+)+|[\p{L}\p{N}]+(?:[-'’.][\p{L}\p{N}]+)*-?|[^\s\p{L}\p{N}]/gu;

export function tokenize(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    const word = m[0];
    tokens.push({ text: word, start: offset + m.index, end: offset + m.index + word.length, lower: lowerOf(word) });
  }
  return tokens;
}

// Tokens repeat within and across articles: one lowercasing per distinct word.
const LOWER = new Map<string, string>();

function lowerOf(word: string): string {
  let lower = LOWER.get(word);
  if (lower === undefined) {
    lower = word.toLowerCase().replace(/’/g, "'");
    if (LOWER.size < 200_000) LOWER.set(word, lower);
  }
  return lower;
}

// Unicode regexes live at module level: tsx (esbuild, target node20) turns each \p{…} literal into
// `new RegExp(…)`, which inside a function builds a new object on every call.
const WORD_CHAR = /[\p{L}\p{N}]/u;
const UPPER_START = /^\p{Lu}/u;
const LOWER_START = /^\p{Ll}/u;

export const isWord = (t: Token): boolean => WORD_CHAR.test(t.text[0]);
/** "Russia's", "Russia’s" (lowercased forms have the apostrophe straightened). */
export const isPossessive = (t: Token): boolean => /'s$/.test(t.lower);
export const isCapitalised = (t: Token): boolean => UPPER_START.test(t.text);
/** Starts with an uppercase letter. */
export const startsUpper = (text: string): boolean => UPPER_START.test(text);
/** Starts with a lowercase letter. */
export const startsLower = (text: string): boolean => LOWER_START.test(text);
