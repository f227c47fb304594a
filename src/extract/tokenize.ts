// Word tokens with offsets into the article text. Hyphen compounds ("NATO-Generalsekretär"),
// dotted forms ("U.S", "Heute.at", "10.000") and possessives ("Russia's") stay one token;
// the recogniser looks inside them.

export interface Token {
  text: string;
  start: number;
  end: number;
  /** Lowercased, curly apostrophes straightened. */
  lower: string;
}

const WORD = /[\p{L}\p{N}]+(?:[-'’.][\p{L}\p{N}]+)*-?|[^\s\p{L}\p{N}]/gu;

export function tokenize(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    const word = m[0];
    tokens.push({ text: word, start: offset + m.index, end: offset + m.index + word.length, lower: word.toLowerCase().replace(/’/g, "'") });
  }
  return tokens;
}

export const isWord = (t: Token): boolean => /[\p{L}\p{N}]/u.test(t.text[0]);
export const isCapitalised = (t: Token): boolean => /^\p{Lu}/u.test(t.text);
