// Structural edges stated in the text: REPRESENTS from a person named with an office
// ("NATO-Generalsekretär Mark Rutte"), MEMBER_OF from "NATO-Mitglied Türkei" / "EU member Poland".
import type { Doc, Found } from '../types.ts';
import type { Mention } from '../../text/mention.ts';


export function relateStructural(doc: Doc, mentions: Mention[]): Found[] {
  const out: Found[] = [];
  for (const m of mentions) {
    if (m.type === 'Person' && m.represents && m.kind !== 'shortform' && m.represents !== m.key) {
      out.push({ type: 'REPRESENTS', sources: [m.key], targets: [m.represents], cue: m.first, rule: 'structural.role-title', reciprocal: false, confidence: doc.lexicon.confidence.roleTitle });
    }
  }
  for (const org of mentions.filter((m) => m.type === 'Organization' && m.kind === 'prefix')) {
    const tail = doc.tokens[org.first].lower.split('-').pop() ?? '';
    if (!doc.lexicon.grammar.memberNouns.has(tail)) continue;
    const country = mentions.find((m) => m.first === org.first + 1 && m.type === 'Country');
    if (country) out.push({ type: 'MEMBER_OF', sources: [country.key], targets: [org.key], cue: org.first, rule: 'structural.member-compound', reciprocal: false, confidence: doc.lexicon.confidence.memberCompound });
  }
  return out;
}
