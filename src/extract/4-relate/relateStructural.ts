// Structural edges stated in the text: REPRESENTS from a person named with an office
// ("NATO-Generalsekretär Mark Rutte"), MEMBER_OF from "NATO-Mitglied Türkei" / "EU member Poland".
import type { Doc, Found } from '../types.ts';
import type { Mention } from '../../text/mention.ts';

const MEMBER = /^(mitglied|mitglieds|mitgliedstaat|mitgliedsstaat|mitgliedsland|member|member-state)$/;

export function relateStructural(doc: Doc, mentions: Mention[]): Found[] {
  const out: Found[] = [];
  for (const m of mentions) {
    if (m.type === 'Person' && m.represents && m.kind !== 'shortform' && m.represents !== m.key) {
      out.push({ type: 'REPRESENTS', sources: [m.key], targets: [m.represents], cue: m.first, rule: 'structural.role-title', reciprocal: false, confidence: 0.9 });
    }
  }
  for (const org of mentions.filter((m) => m.type === 'Organization' && m.kind === 'prefix')) {
    const tail = doc.tokens[org.first].lower.split('-').pop() ?? '';
    if (!MEMBER.test(tail)) continue;
    const country = mentions.find((m) => m.first === org.first + 1 && m.type === 'Country');
    if (country) out.push({ type: 'MEMBER_OF', sources: [country.key], targets: [org.key], cue: org.first, rule: 'structural.member-compound', reciprocal: false, confidence: 0.85 });
  }
  return out;
}
