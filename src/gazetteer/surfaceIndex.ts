// Every surface form of every gazetteer entry, keyed by its first lowercased word, with the
// German inflections the gazetteer leaves implicit: adjective endings (-e/-en/-er/-es/-em),
// genitive -s, and the adjective endings of multi-word names ("Weißes Haus" → "Weißen Haus").
import { tokenize, isWord, startsUpper, startsLower } from '../text/tokenize.ts';
import type { Gazetteer, GazetteerEntry } from './gazetteer.ts';
import { readGrammar } from '../data/lexiconFiles.ts';

export type FormKind = 'name' | 'adjective' | 'capital';
/** exact: all-caps acronyms ("US" is not "us"); proper: must be capitalised; any: adjectives. */
export type CaseRule = 'acronym' | 'proper' | 'any';

export interface SurfaceForm {
  words: string[];
  entry: GazetteerEntry;
  kind: FormKind;
  caseRule: CaseRule;
  /** The form as listed, for acronyms compared case-sensitively. */
  original: string;
}

export type SurfaceIndex = Map<string, SurfaceForm[]>;

// German adjective stems in the gazetteer ("russisch") get every case ending (data/grammar/de.yaml).
const ADJ_ENDINGS = readGrammar('de').adjectiveStemEndings.words;

export function buildSurfaceIndex(gaz: Gazetteer): SurfaceIndex {
  const index: SurfaceIndex = new Map();
  const add = (text: string, entry: GazetteerEntry, kind: FormKind, caseRule?: CaseRule) => {
    // A comma inside a name is part of it ("Washington, D.C."); other punctuation is not.
    const words = tokenize(text).filter((t) => isWord(t) || t.text === ',').map((t) => t.lower.replace(/\.$/, ''));
    if (!words.length) return;
    const rule = caseRule ?? caseRuleOf(text, kind);
    const list = index.get(words[0]) ?? [];
    if (!list.some((f) => f.entry === entry && f.words.join(' ') === words.join(' '))) {
      list.push({ words, entry, kind, caseRule: rule, original: text.replace(/\.$/, '') });
      index.set(words[0], list);
    }
  };
  for (const own of gaz.entries) {
    // PLOVER codes a state body as its country (USA GOV, IRN MIL): its names are the country's.
    const entry = (own.stateBody && own.country && gaz.byId.get(own.country)) || own;
    for (const name of own.names) for (const v of nameVariants(name)) add(v, entry, 'name');
    for (const cap of own.capitals) for (const v of nameVariants(cap)) add(v, entry, 'capital');
    for (const stem of own.adjectives.de) for (const end of ADJ_ENDINGS) add(stem + end, entry, 'adjective', 'any');
    for (const adj of own.adjectives.en) add(adj, entry, 'adjective', 'any');
  }
  return index;
}

const NON_LETTERS = /[^\p{L}]/gu;

function caseRuleOf(text: string, kind: FormKind): CaseRule {
  if (kind === 'adjective') return 'any';
  const letters = text.replace(NON_LETTERS, '');
  if (letters.length <= 4 && letters === letters.toUpperCase()) return 'acronym';
  return startsLower(text) ? 'any' : 'proper';
}

// German noun phrases inflect their leading adjective; single German names take a genitive -s.
function nameVariants(name: string): string[] {
  const out = new Set([name]);
  const words = name.split(/\s+/);
  if (words.length > 1 && /(e|en|er|es|em)$/.test(words[0]) && startsUpper(words[1])) {
    const stem = words[0].replace(/(en|er|es|em|e)$/, '');
    for (const end of ADJ_ENDINGS.filter((e) => e)) out.add([stem + end, ...words.slice(1)].join(' '));
  }
  return [...out];
}
