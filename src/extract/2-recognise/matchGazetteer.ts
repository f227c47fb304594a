// Finds gazetteer names in the text: longest match first, German genitive -s and English
// possessive 's stripped, and names at the head of hyphen compounds ("NATO-Generalsekretär",
// "UN-Sanktionen", "russisch-chinesischen").
import type { SurfaceForm, SurfaceIndex } from '../../gazetteer/surfaceIndex.ts';
import type { Doc } from '../types.ts';
import type { Mention } from '../../text/mention.ts';
import { chooseSense } from './chooseSense.ts';
import { startsUpper, type Token } from '../../text/tokenize.ts';

export function matchGazetteer(doc: Doc, index: SurfaceIndex): Mention[] {
  const mentions: Mention[] = [];
  const { tokens } = doc;
  for (let i = 0; i < tokens.length; i++) {
    const whole = longestMatch(tokens, i, index, doc.language);
    if (whole) {
      const form = chooseSense(doc, whole.forms, i);
      mentions.push(toMention(doc, form, i, whole.last, tokens[i].start, tokens[whole.last].end));
      i = whole.last;
      continue;
    }
    if (tokens[i].text.includes('-')) mentions.push(...compoundParts(doc, tokens[i], i, index));
  }
  return mentions;
}

function longestMatch(tokens: Token[], i: number, index: SurfaceIndex, lang: string) {
  let best: { last: number; forms: SurfaceForm[] } | undefined;
  for (const variant of variants(tokens[i].lower, lang)) {
    for (const form of index.get(variant) ?? []) {
      const last = i + form.words.length - 1;
      if (last >= tokens.length || !wordsMatch(tokens, i, form, lang) || !caseOk(tokens[i].text, form)) continue;
      if (!best || last > best.last) best = { last, forms: [form] };
      else if (last === best.last && !best.forms.includes(form)) best.forms.push(form);
    }
  }
  return best;
}

function wordsMatch(tokens: Token[], i: number, form: SurfaceForm, lang: string): boolean {
  const n = form.words.length;
  for (let k = 0; k < n; k++) {
    const lower = tokens[i + k].lower;
    const ok = k === n - 1 ? variants(lower, lang).includes(form.words[k]) : lower.replace(/\.$/, '') === form.words[k];
    if (!ok) return false;
  }
  return true;
}

/** The token itself, without possessive 's, and (German) without genitive -s. */
function variants(lower: string, lang: string): string[] {
  const memo = lang === 'de' ? VARIANTS_DE : VARIANTS;
  let out = memo.get(lower);
  if (!out) {
    out = [lower];
    if (/'s?$/.test(lower)) out.push(lower.replace(/'s?$/, ''));
    if (lang === 'de' && /[^s]s$/.test(lower) && lower.length > 4) out.push(lower.slice(0, -1));
    if (memo.size < 200_000) memo.set(lower, out);
  }
  return out;
}

// Every token is looked up, and words repeat: one computation per distinct word and language.
const VARIANTS = new Map<string, string[]>();
const VARIANTS_DE = new Map<string, string[]>();

function caseOk(text: string, form: SurfaceForm): boolean {
  if (form.caseRule === 'any') return true;
  if (form.caseRule === 'proper') return startsUpper(text);
  const bare = text.replace(/['’]s$/, '').replace(/[.-]/g, '');
  const orig = form.original.replace(/[.-]/g, '');
  // "NATO" may be written "Nato"; two-letter codes ("US", "UN") must stay capitals.
  return bare === orig || (orig.length >= 4 && bare === orig[0] + orig.slice(1).toLowerCase());
}

// "NATO-Generalsekretär" → NATO; "russisch-chinesischen" → Russia and China; "US-" → United States.
function compoundParts(doc: Doc, token: Token, i: number, index: SurfaceIndex): Mention[] {
  const out: Mention[] = [];
  let offset = token.start;
  for (const part of token.text.split('-')) {
    const lower = part.toLowerCase();
    const forms = variants(lower, doc.language)
      .flatMap((v) => index.get(v) ?? [])
      .filter((f) => f.words.length === 1 && caseOk(part, f));
    if (part && forms.length) {
      out.push({ ...toMention(doc, chooseSense(doc, forms, i), i, i, offset, offset + part.length), kind: 'prefix' });
    }
    offset += part.length + 1;
  }
  return out;
}

function toMention(doc: Doc, form: SurfaceForm, first: number, last: number, start: number, end: number): Mention {
  const e = form.entry;
  return {
    sentence: doc.sentenceOf[first],
    first,
    last,
    start,
    end,
    surface: doc.article.text.slice(start, end),
    key: e.id,
    name: e.name,
    type: e.type,
    kind: form.kind === 'capital' ? 'capital' : form.kind === 'adjective' ? 'adjective' : 'name',
    ...(e.platform ? { platform: true } : {}),
  };
}
