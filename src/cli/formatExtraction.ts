// Human-readable rendering of one extraction: entities with their surface forms, relations with evidence.
import type { Extraction, Relation } from '../model.ts';

export function formatExtraction(x: Extraction): string {
  const a = x.article;
  const lines = [`# ${a.title || '(untitled)'}  [${a.id}, ${a.language}${a.publishedAt ? `, ${a.publishedAt}` : ''}]`, '', 'Entities:'];
  for (const e of x.entities) {
    const ids = [e.wikidata, e.iso3].filter(Boolean).join(', ');
    lines.push(`  ${e.type.padEnd(12)} ${e.name}${ids ? ` (${ids})` : ''}${e.role ? ` — ${e.role}` : ''}: ${e.mentions.join(', ')}`);
  }
  lines.push('', 'Relations:');
  for (const r of x.relations) lines.push(...formatRelation(r));
  if (!x.relations.length) lines.push('  (none)');
  // Only when there is something to show, so articles every rule covers print as before.
  if (x.uncoded.length) {
    lines.push('', 'Uncoded (two actors and a cue, no rule):');
    for (const u of x.uncoded) lines.push(`  ${u.actors.join(', ')} — cue “${u.cue}”`, `      “${u.sentence}”`);
  }
  return lines.join('\n') + '\n';
}

function formatRelation(r: Relation): string[] {
  const notes = [r.polarity !== 'asserted' ? r.polarity : '', r.attributedTo ? `according to ${r.attributedTo}` : '', r.date ? r.date.value : '']
    .filter(Boolean)
    .join('; ');
  return [
    `  ${r.source} —${r.type}→ ${r.target}${notes ? `  [${notes}]` : ''}  (${r.rule}, ${r.confidence})`,
    `      “${r.evidence}”`,
  ];
}
