// Stop-word language guess: counts the most frequent function words of each language.
// German and English are supported; the others are only there to say "unsupported" clearly.
import type { Language } from '../model.ts';

const STOP_WORDS: Record<string, string[]> = {
  de: ['der', 'die', 'das', 'und', 'ist', 'nicht', 'mit', 'den', 'von', 'zu', 'sich', 'auf', 'für', 'dem', 'des', 'ein', 'eine', 'hat', 'wird', 'auch', 'dass', 'im', 'nach', 'wie', 'sind', 'haben', 'über', 'bei', 'einer', 'zur'],
  en: ['the', 'and', 'of', 'to', 'in', 'is', 'that', 'for', 'on', 'with', 'was', 'as', 'by', 'at', 'has', 'have', 'it', 'from', 'he', 'said', 'its', 'be', 'are', 'an', 'this', 'were', 'will', 'would', 'their', 'his'],
  fr: ['le', 'la', 'les', 'et', 'des', 'est', 'une', 'pour', 'que', 'qui', 'dans', 'du', 'sur', 'pas', 'avec', 'au', 'aux', 'sont', 'par', 'ont'],
  es: ['el', 'los', 'las', 'del', 'y', 'que', 'por', 'para', 'una', 'con', 'es', 'se', 'su', 'al', 'lo', 'como', 'más', 'pero', 'sus', 'fue'],
  it: ['il', 'di', 'che', 'e', 'della', 'per', 'non', 'sono', 'gli', 'nel', 'alla', 'anche', 'con', 'una', 'delle', 'è', 'dei', 'degli', 'ha', 'questo'],
  nl: ['de', 'het', 'een', 'en', 'van', 'niet', 'op', 'dat', 'zijn', 'voor', 'met', 'ook', 'aan', 'er', 'maar', 'om', 'wordt', 'bij', 'nog', 'werd'],
};
const LOOKUP = new Map<string, string[]>();
for (const [lang, words] of Object.entries(STOP_WORDS)) {
  for (const w of words) LOOKUP.set(w, [...(LOOKUP.get(w) ?? []), lang]);
}

/** The best guess, or null when the text has no recognisable function words at all. */
export function guessLanguage(text: string): string | null {
  const counts = new Map<string, number>();
  for (const word of text.toLowerCase().match(/\p{L}+/gu) ?? []) {
    for (const lang of LOOKUP.get(word) ?? []) counts.set(lang, (counts.get(lang) ?? 0) + 1);
  }
  let best: string | null = null;
  let bestCount = 0;
  for (const [lang, n] of counts) if (n > bestCount) [best, bestCount] = [lang, n];
  // Short texts share words across languages ("in", "met"): another language must clearly win.
  const supported = Math.max(counts.get('de') ?? 0, counts.get('en') ?? 0);
  if (best && !isSupportedLanguage(best) && supported > 0 && bestCount < Math.max(3, supported * 1.5)) {
    return (counts.get('de') ?? 0) >= (counts.get('en') ?? 0) ? 'de' : 'en';
  }
  return best;
}

export function isSupportedLanguage(lang: string): lang is Language {
  return lang === 'de' || lang === 'en';
}
