// Reported speech: who makes the claim. "X erklärte, dass ...", "sagte X", "laut X",
// "according to X", "X said ...", "..., wie X deutlich machte". A reporting verb followed by
// its content attributes what follows; a verb closing the sentence attributes what precedes.
import { clauseOf } from '../grammar/clauses.ts';
import type { Doc, Speaker } from '../types.ts';
import { insideMention, type Mention } from '../../text/mention.ts';
import { phraseAt } from '../grammar/phrases.ts';

export function findSpeakers(doc: Doc, s: number, own: Mention[], mentions: Mention[]): Speaker[] {
  const sent = doc.sentences[s];
  const inSentence = own.filter((m) => !m.implicit && !m.inRole);
  const { reporting } = doc.lexicon;
  const out: Speaker[] = [];
  for (let i = sent.first; i < sent.last; i++) {
    const lower = doc.tokens[i].lower;
    // A word of a name is no reporting word: "the United States" does not "state".
    if (insideMention(own, i)) continue;
    const phrase = reporting.phraseStarts.has(lower) ? reporting.phrases.find((p) => phraseAt(doc, i, p)) : undefined;
    if (reporting.prepositions.has(lower) || phrase) {
      const m = inSentence.find((x) => x.first > i && x.first <= i + (phrase?.length ?? 1) + 2);
      if (m) out.push({ key: m.key, mention: m, from: sent.first, to: sent.last, byPhrase: true });
    } else if (reporting.postpositions.has(lower)) {
      const m = [...inSentence].reverse().find((x) => x.last < i && x.last >= i - 2);
      if (m) out.push({ key: m.key, mention: m, from: sent.first, to: sent.last, byPhrase: true });
    } else if (reporting.verbs.has(lower) || (doc.lexicon.grammar.reportingParticles.has(lower) && doc.tokens[i - 1]?.text === ',')) {
      const sp = verbSpeaker(doc, i, inSentence, mentions);
      if (sp) out.push(sp);
    }
  }
  return out;
}

function verbSpeaker(doc: Doc, i: number, inSentence: Mention[], all: Mention[]): Speaker | undefined {
  const sent = doc.sentences[doc.sentenceOf[i]];
  // The speaker is the subject: the first name of the verb's clause ("die NATO-Vertreter ... angesprochen").
  const [from] = clauseOf(doc, i);
  const inClause = inSentence.filter((m) => m.first >= from && m.last < i && m.type !== 'Location' && !clauseBreak(doc, m.last, i));
  const before = inClause.find((m) => m.kind !== 'adjective') ?? inClause[0];
  // "sagte der türkische Präsident Erdogan": the speaker's title may stand between.
  const near = (m: Mention, k: number) => m.first <= i + k || (m.roleToken !== undefined && m.roleToken > i && m.roleToken <= i + k);
  const afterM = inSentence.find((m) => m.first > i && near(m, 3) && m.type !== 'Location');
  const { speakerPronounsAfter, speakerPronounsBefore } = doc.lexicon.grammar;
  const pronoun = speakerPronounsAfter.has(doc.tokens[i + 1]?.lower ?? '') || speakerPronounsBefore.has(doc.tokens[i - 1]?.lower ?? '');
  const wordsAfter = doc.tokens.slice(i + 1, sent.last).filter((t) => LETTER.test(t.text)).length;
  // Content follows the verb ("erklärte, dass ...") unless the verb closes the sentence.
  // "..., sagte Xi laut Xinhua" names the speaker right after the verb: the content came before.
  const titled = (m: Mention) => m.roleToken !== undefined && m.roleToken > i && m.roleToken <= i + 3;
  const inverted = !before && !!afterM && (afterM.first <= i + 2 || titled(afterM));
  const contentAfter = !inverted && wordsAfter >= 2;
  let m: Mention | undefined = contentAfter ? before ?? afterM : afterM ?? before;
  if (!m && pronoun) m = [...all].reverse().find((x) => x.type === 'Person' && x.last < i && !x.implicit);
  if (!m) return undefined;
  return contentAfter ? { key: m.key, mention: m, from: i + 1, to: sent.last } : { key: m.key, mention: m, from: sent.first, to: i };
}

const LETTER = /\p{L}/u;

function clauseBreak(doc: Doc, a: number, b: number): boolean {
  return doc.tokens.slice(a + 1, b).some((t) => t.text === ';' || doc.lexicon.grammar.complementizers.has(t.lower));
}
