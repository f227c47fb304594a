// Splits article text into sentences with offsets. Periods after abbreviations ("Dr.", "z.B.",
// "U.S."), German ordinals ("7. Oktober") and inside numbers ("10.000") do not end a sentence;
// a line break does, unless a sentence was visibly cut by a stray paragraph break.
import { readAbbreviations } from '../../data/lexiconFiles.ts';

export interface Sentence {
  index: number;
  start: number;
  end: number;
  text: string;
}

const abbreviations = readAbbreviations();
const ABBREVIATIONS = new Set(abbreviations.words.map((w) => w.toLowerCase()));
// After a dotted abbreviation ("D.C.", "U.S.") a new sentence starts only with such a word.
const SENTENCE_STARTERS = new Set(abbreviations.sentenceStarters.map((w) => w.toLowerCase()));
const BOUNDARY = /[.!?]+["”“»«'’)]*(?=\s+)/g;

export function segment(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  for (const [start, end] of blocks(text)) {
    let from = start;
    const block = text.slice(start, end);
    BOUNDARY.lastIndex = 0;
    for (let m = BOUNDARY.exec(block); m; m = BOUNDARY.exec(block)) {
      const stop = start + m.index + m[0].length;
      if (isSentenceEnd(text, start + m.index, stop)) {
        push(sentences, text, from, stop);
        from = stop;
      }
    }
    push(sentences, text, from, end);
  }
  return sentences;
}

function push(out: Sentence[], text: string, start: number, end: number): void {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  if (end > start) out.push({ index: out.length, start, end, text: text.slice(start, end).replace(/\s*\n\s*/g, ' ') });
}

// Unicode regexes at module level: tsx compiles a \p{…} literal inside a function on every call.
const STARTER = /^[\p{Lu}\p{N}"„“«»'‘(\[–-]/u;
const LAST_WORD = /([\p{L}\p{N}.]+)$/u;
const DOTTED = /^(\p{L}\.)+\p{L}$/u;
const INITIAL = /^\p{Lu}$/u;
const NON_LETTERS = /[^\p{L}]/gu;
const LOWER_WORD = /^\p{Ll}[\p{L},]*$/u;

function isSentenceEnd(text: string, dot: number, stop: number): boolean {
  const next = /^\s+(\S+)/.exec(text.slice(stop, stop + 40))?.[1] ?? '';
  if (!next || !STARTER.test(next)) return false;
  if (text[dot] !== '.') return true;
  const word = LAST_WORD.exec(text.slice(Math.max(0, dot - 20), dot))?.[1] ?? '';
  if (/^\d{1,2}$/.test(word)) return false; // German ordinal: "am 7. Oktober", "2. Weltkrieg"
  if (ABBREVIATIONS.has(word.toLowerCase())) return false;
  if (DOTTED.test(word) || INITIAL.test(word)) {
    // "U.S. Ambassador" continues; "Washington, D.C. The minister" is a new sentence.
    return SENTENCE_STARTERS.has(next.toLowerCase().replace(NON_LETTERS, ''));
  }
  return true;
}

// Lines are blocks; a paragraph break is bridged only when the line before ends mid-sentence
// with a lowercase word after at least eight words, which a heading never does.
function blocks(text: string): Array<[number, number]> {
  const lines: Array<[number, number]> = [];
  const re = /[^\n]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].trim()) lines.push([m.index, m.index + m[0].length]);
  }
  const out: Array<[number, number]> = [];
  for (const line of lines) {
    const prev = out[out.length - 1];
    // The title (first line) always stands alone.
    if (prev && out.length > 1 && endsMidSentence(text.slice(prev[0], prev[1]))) prev[1] = line[1];
    else out.push([line[0], line[1]]);
  }
  return out;
}

function endsMidSentence(line: string): boolean {
  const words = line.trim().split(/\s+/);
  const last = words[words.length - 1] ?? '';
  return words.length >= 8 && LOWER_WORD.test(last);
}
