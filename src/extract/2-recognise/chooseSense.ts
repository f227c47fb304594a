// One surface, several readings: "Washington" is the United States when it acts and a
// place after "in" or as a dateline; "Brüssel" is the EU's seat or the city.
import type { SurfaceForm } from '../../gazetteer/surfaceIndex.ts';
import type { Doc } from '../types.ts';

// The word lists (locatives, government nouns, visit words) are data/grammar/<language>.yaml.

export function chooseSense(doc: Doc, forms: SurfaceForm[], i: number): SurfaceForm {
  if (forms.length === 1 && forms[0].kind !== 'capital') return forms[0];
  const place = isPlaceContext(doc, i);
  const ranked = [...forms].sort((a, b) => rank(a, place) - rank(b, place));
  return ranked[0];
}

function rank(f: SurfaceForm, place: boolean): number {
  const isLocation = f.entry.type === 'Location';
  if (place) return isLocation ? 0 : f.kind === 'capital' ? 2 : 1;
  return f.kind === 'capital' ? 0 : isLocation ? 2 : 1;
}

export function isPlaceContext(doc: Doc, i: number): boolean {
  const prev = doc.tokens[i - 1];
  const s = doc.sentences[doc.sentenceOf[i]];
  if (!prev || prev.start < s.start) return isDateline(doc, i);
  const g = doc.lexicon.grammar;
  // "Regierungen in Berlin", "government in Kabul": after a government noun the capital names the government.
  if (g.locativePrepositions.has(prev.lower)) return !g.governmentNouns.has(doc.tokens[i - 2]?.lower ?? '') && !isVisit(doc, i);
  // "at the White House", "im Weißen Haus": an article may stand between the locative and the name.
  if (g.placeArticles.has(prev.lower) && g.locativePrepositions.has(doc.tokens[i - 2]?.lower ?? '')) return true;
  return false;
}

// "Brüssel, Belgien - ...", "WASHINGTON", "Washington. Im Falle ...": a place name opening a block.
function isDateline(doc: Doc, i: number): boolean {
  const next = doc.tokens[i + 1];
  if (!next) return true;
  const text = doc.article.text;
  const lineStart = text.lastIndexOf('\n', doc.tokens[i].start - 1) + 1;
  if (text.slice(lineStart, doc.tokens[i].start).trim() !== '') return false;
  const lineEnd = text.indexOf('\n', doc.tokens[i].start);
  // The last line has no newline after it: a name opening it is a subject ("Teheran hatte ..."), not a dateline.
  const alone = lineEnd >= 0 && next.start > lineEnd;
  // "Tokyo, which made the first move, …": a relative clause after the comma makes the name the subject.
  if (next.text === ',' && doc.lexicon.grammar.relativePronouns.has(doc.tokens[i + 2]?.lower ?? '')) return false;
  return [',', '.', '-', '–', '—', '/'].includes(next.text) || next.text === doc.tokens[i].text || alone;
}

// "traveled to Beijing", "Besuch in Kiew", "ist nach Moskau gereist": a visit goes to the government.
function isVisit(doc: Doc, i: number): boolean {
  const next = doc.tokens[i + 1]?.lower ?? '';
  const g = doc.lexicon.grammar;
  if (g.visitWordsAfter.has(next)) return true;
  // "reiste am Mittwoch nach Peking": a time phrase may stand between the travel word and the locative.
  for (let j = i - 2; j >= Math.max(0, i - 5); j--) {
    const w = doc.tokens[j].lower;
    if (g.visitWordsBefore.has(w)) return true;
    if (/^[,;:.]$/.test(w)) return false;
  }
  return false;
}
