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
