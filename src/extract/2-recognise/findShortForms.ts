// Later mentions of a person by surname alone ("Rutte" after "Mark Rutte") and pronouns aside,
// every capitalised token equal to the last word of a person's full name is that person.
import type { Doc } from '../types.ts';
import type { Mention } from '../../text/mention.ts';
import { startsUpper } from '../../text/tokenize.ts';

export function findShortForms(doc: Doc, known: Mention[]): Mention[] {
  const taken = new Set<number>();
  for (const m of known) for (let i = m.first; i <= m.last; i++) taken.add(i);
  const bySurname = new Map<string, Mention>();
  for (const m of known) {
    if (m.type !== 'Person' || m.implicit) continue;
    const words = m.name.split(/\s+/);
    const surfaceWords = m.surface.split(/\s+/);
    if (surfaceWords.length < 2) continue;
    for (const w of [surfaceWords[surfaceWords.length - 1], words[words.length - 1], surfaceWords[0]]) {
      if (w.length > 1 && !bySurname.has(w.toLowerCase())) bySurname.set(w.toLowerCase(), m);
    }
  }
  const found: Mention[] = [];
  doc.tokens.forEach((t, i) => {
    if (!bySurname.size || taken.has(i)) return;
    const bare = t.lower.endsWith("'s") ? t.lower.slice(0, -2) : t.lower;
    const m = bySurname.get(bare) ?? (doc.language === 'de' && bare.endsWith('s') ? bySurname.get(bare.slice(0, -1)) : undefined);
    if (!m || !startsUpper(t.text)) return;
    found.push({ ...m, sentence: doc.sentenceOf[i], first: i, last: i, start: t.start, end: t.end, surface: t.text.replace(/['’]s$/, ''), kind: 'shortform', role: undefined, roleToken: undefined, inRole: false });
  });
  return found;
}
