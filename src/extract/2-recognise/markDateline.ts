// "NAIROBI, Kenya The United States imposed …", "Istanbul/Kiew (Reuters) - Russland …", "MADRID: Aus Protest …":
// a dateline opening a paragraph says where the story was filed. Its places stay mentions (the article names
// them) but are no actors of the sentence they open: Kenya imposed nothing.
import type { Doc, DocSentence } from '../types.ts';
import type { Mention } from '../../text/mention.ts';
import { startsUpper } from '../../text/tokenize.ts';

const DASHES = new Set(['-', '–', '—']);

export function markDateline(doc: Doc, mentions: Mention[]): Mention[] {
  const spans = doc.sentences.filter((s) => opensParagraph(doc, s)).map((s) => datelineOf(doc, s, mentions)).filter((x): x is [number, number] => !!x);
  if (!spans.length) return mentions;
  return mentions.map((m) => (spans.some(([a, b]) => m.first >= a && m.last <= b) ? { ...m, dateline: true } : m));
}

function opensParagraph(doc: Doc, s: DocSentence): boolean {
  const before = doc.article.text.slice(Math.max(0, s.start - 3), s.start);
  return s.start === 0 || before.includes('\n');
}

/** The token span of the dateline opening sentence s, separator included, if there is one. */
function datelineOf(doc: Doc, s: DocSentence, mentions: Mention[]): [number, number] | undefined {
  const { tokens } = doc;
  const f = s.first;
  let j = f;
  let places = 0;
  while (j < s.last && places < 3 && (startsUpper(tokens[j].text) || (tokens[j].text === '/' && places > 0))) {
    if (tokens[j].text !== '/') places++;
    j++;
  }
  if (!places || j >= s.last) return undefined;
  const shouted = /^\p{Lu}{3,}$/u.test(tokens[f].text);
  const placeOnly = mentions.some((m) => m.first === f) && mentions.filter((m) => m.first >= f && m.last < j).every((m) => m.type === 'Location' || m.kind === 'capital');
  const t = tokens[j].text;
  // Only a shouted word or places open a dateline ("Heiko Maas (SPD) sagte" is no dateline).
  if (!shouted && !placeOnly) return undefined;
  // "(Reuters)", "(AP)", "(dpa)" and a dash after it.
  if (t === '(') {
    const close = tokens.slice(j, Math.min(s.last, j + 5)).findIndex((x) => x.text === ')');
    if (close < 1 || !startsUpper(tokens[j + 1].text)) return undefined;
    let end = j + close;
    if (DASHES.has(tokens[end + 1]?.text ?? '')) end++;
    return [f, end];
  }
  if (t === ':' || DASHES.has(t)) return [f, j];
  // "NAIROBI, Kenya The …": a shouted city, its country, and the sentence proper.
  if (shouted && j === f + 1 && t === ',') {
    const country = mentions.find((m) => m.first === j + 1);
    if (country && startsUpper(tokens[country.last + 1]?.text ?? '')) return [f, country.last];
  }
  return undefined;
}
