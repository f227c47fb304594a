// Structural edges stated in the text: REPRESENTS from a person named with an office
// ("NATO-Generalsekretär Mark Rutte"), MEMBER_OF from a membership phrase: "NATO-Mitglied Türkei",
// "die Nato-Partner Griechenland und die Türkei", "EU member Poland", "Guyana, a member of the Commonwealth".
import type { Doc, Found } from '../types.ts';
import type { Mention } from '../../text/mention.ts';
import { gazetteerMemberships } from '../../gazetteer/memberships.ts';

export function relateStructural(doc: Doc, mentions: Mention[]): Found[] {
  const out: Found[] = [];
  for (const m of mentions) {
    if (m.type === 'Person' && m.represents && m.kind !== 'shortform' && m.represents !== m.key) {
      out.push({ type: 'REPRESENTS', sources: [m.key], targets: [m.represents], cue: m.first, rule: 'structural.role-title', reciprocal: false, confidence: doc.lexicon.confidence.roleTitle });
    }
  }
  const byFirst = new Map(mentions.map((m) => [m.first, m]));
  const { memberNouns, partnerNouns } = doc.lexicon.grammar;
  const isMemberNoun = (w: string) => memberNouns.has(w) || partnerNouns.has(w);
  for (const org of mentions.filter((m) => m.type === 'Organization')) {
    // The membership noun is the compound's tail ("NATO-Mitglied") or the word after the name ("NATO allies").
    const tail = org.kind === 'prefix' ? doc.tokens[org.first].lower.split('-').pop() ?? '' : '';
    const after = org.kind !== 'prefix' ? doc.tokens[org.last + 1]?.lower ?? '' : '';
    const noun = isMemberNoun(tail) ? tail : isMemberNoun(after) ? after : undefined;
    if (noun === undefined) continue;
    let members = countriesListedAt(doc, noun === tail ? org.first + 1 : org.last + 2, byFirst);
    // "NATO-Partner Ukraine": a partner is a member only where the gazetteer says so.
    if (partnerNouns.has(noun)) members = members.filter((c) => gazetteerMemberships().get(org.key)?.includes(c.key));
    if (members.length) out.push({ type: 'MEMBER_OF', sources: members.map((c) => c.key), targets: [org.key], cue: org.first, rule: 'structural.member-compound', reciprocal: false, confidence: doc.lexicon.confidence.memberCompound });
  }
  for (const country of mentions.filter((m) => m.type === 'Country')) {
    const org = memberAppositionAfter(doc, country, byFirst);
    if (org) out.push({ type: 'MEMBER_OF', sources: [country.key], targets: [org.key], cue: country.last + 1, rule: 'structural.member-apposition', reciprocal: false, confidence: doc.lexicon.confidence.memberApposition });
  }
  return out;
}

/** The countries named from token i on, joined by commas, conjunctions and articles ("Griechenland und die Türkei"). */
function countriesListedAt(doc: Doc, i: number, byFirst: Map<number, Mention>): Mention[] {
  const { listConjunctions, articles, exampleMarkers } = doc.lexicon.grammar;
  const found: Mention[] = [];
  const sentence = doc.sentenceOf[i - 1];
  for (let j = i; j < doc.tokens.length && doc.sentenceOf[j] === sentence; ) {
    const m = byFirst.get(j);
    if (m?.type === 'Country') { found.push(m); j = m.last + 1; continue; }
    const w = doc.tokens[j].lower;
    // Glue only continues a list already begun, except an article or "such as" before its first member.
    const glue = articles.has(w) || (found.length === 0 ? exampleMarkers.has(w) : listConjunctions.has(w));
    if (!glue) break;
    j++;
  }
  return found;
}

const APPOSITION_OPENERS = new Set([',', '-', '–', '—', '(']);

/** "Guyana, a member of the British Commonwealth": the organisation an apposition right after the country names. */
function memberAppositionAfter(doc: Doc, country: Mention, byFirst: Map<number, Mention>): Mention | undefined {
  const { memberNouns, memberOf } = doc.lexicon.grammar;
  const at = (k: number) => doc.tokens[country.last + k];
  if (!APPOSITION_OPENERS.has(at(1)?.text ?? '') || !memberOf.has(at(2)?.lower ?? '') || !memberNouns.has(at(3)?.lower ?? '')) return undefined;
  // Up to two words between the noun and the organisation: "of the", "des", "of the British".
  for (let k = 4; k <= 6; k++) {
    const j = country.last + k;
    if (doc.sentenceOf[j] !== country.sentence) return undefined;
    const m = byFirst.get(j);
    if (m?.type === 'Organization') return m;
    if (!memberOf.has(doc.tokens[j].lower) && !(m && m.type === 'Country')) return undefined;
    if (m) k += m.last - m.first;
  }
  return undefined;
}
