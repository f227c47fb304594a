// Organisations the gazetteer does not know, found by their shape: a trigger noun before a
// capitalised name ("das Unternehmen Shahed Aviation Industries", "Nachrichtenagentur Xinhua"),
// the name after "laut"/"according to", a typical last word ("... Industries"), or a web domain.
import type { Doc } from '../types.ts';
import type { Mention } from '../../text/mention.ts';
import { nameSpan, slug, ORG_SUFFIXES } from '../grammar/names.ts';
import { endsSourcePhrase } from '../grammar/phrases.ts';

export function findOrganisations(doc: Doc, known: Mention[]): Mention[] {
  const taken = new Set<number>();
  for (const m of known) for (let i = m.first; i <= m.last; i++) taken.add(i);
  const found: Mention[] = [];
  const { tokens } = doc;
  const add = (first: number, last: number) => {
    for (let k = first; k <= last; k++) taken.add(k);
    const surface = doc.article.text.slice(tokens[first].start, tokens[last].end);
    found.push({
      sentence: doc.sentenceOf[first], first, last, start: tokens[first].start, end: tokens[last].end, surface,
      key: `org:${slug(surface)}`, name: surface, type: 'Organization', kind: 'pattern',
    });
  };
  for (let i = 0; i < tokens.length; i++) {
    if (taken.has(i)) continue;
    const t = tokens[i];
    if (t.text.includes('.') && doc.lexicon.shapes.webDomain.test(t.text)) { add(i, i); continue; }
    if (isTrigger(doc, i) || isReportingPrep(doc, i)) {
      const span = nameSpan(tokens, i + 1, 4, (k) => taken.has(k));
      if (span && (doc.language === 'en' || span[1] > span[0] || isTrigger(doc, i) || !isGermanNoun(doc, span[0]))) { add(span[0], span[1]); i = span[1]; }
      continue;
    }
    const span = doc.language === 'en' ? nameSpan(tokens, i, 5, (k) => taken.has(k)) : null;
    if (span && span[1] > span[0] && ORG_SUFFIXES.has(tokens[span[1]].lower)) { add(span[0], span[1]); i = span[1]; }
  }
  return found;
}

function isTrigger(doc: Doc, i: number): boolean {
  const lower = doc.tokens[i].lower;
  const tail = lower.includes('-') ? lower.slice(lower.lastIndexOf('-') + 1) : lower;
  return triggerTest(doc.lexicon.orgTriggers)(tail);
}

// A trigger or an inflected trigger ("Nachrichtenagentur", "Nachrichtenagenturen"), remembered per word:
// every token is tested, so a scan over all triggers runs once per distinct word.
const TRIGGER_TESTS = new WeakMap<Set<string>, (tail: string) => boolean>();

function triggerTest(triggers: Set<string>): (tail: string) => boolean {
  let test = TRIGGER_TESTS.get(triggers);
  if (!test) {
    const memo = new Map<string, boolean>();
    test = (tail) => {
      let hit = memo.get(tail);
      if (hit === undefined) {
        hit = false;
        for (const trig of triggers) if (tail === trig || (tail.startsWith(trig) && tail.length <= trig.length + 2)) hit = true;
        if (memo.size < 200_000) memo.set(tail, hit);
      }
      return hit;
    };
    TRIGGER_TESTS.set(triggers, test);
  }
  return test;
}

// "laut X", "according to X": i is the preposition or the last word of a source phrase.
function isReportingPrep(doc: Doc, i: number): boolean {
  return endsSourcePhrase(doc, i);
}

// "laut Angaben" is not a name: a single capitalised German word is usually a noun.
function isGermanNoun(doc: Doc, i: number): boolean {
  return doc.language === 'de' && !doc.lexicon.shapes.nameDomain.test(doc.tokens[i].lower);
}
