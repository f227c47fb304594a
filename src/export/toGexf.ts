// GEXF 1.3 for Gephi, with each edge's first and last evidence date as start/end so the timeline works.
import type { GraphSnapshot, Row } from '../model.ts';
import { scalar, xmlEscape } from './xml.ts';

const NODE_ATTRS = ['type', 'wikidata', 'iso3', 'role', 'aliases', 'mentions'] as const;
const EDGE_ATTRS = ['type', 'count', 'asserted', 'negated', 'hypothetical', 'score'] as const;
const ATTR_TYPES: Record<string, string> = { mentions: 'integer', count: 'integer', asserted: 'integer', negated: 'integer', hypothetical: 'integer', score: 'double' };

function attrDecls(cls: 'node' | 'edge', names: readonly string[]): string[] {
  return [`    <attributes class="${cls}">`,
    ...names.map((n, i) => `      <attribute id="${i}" title="${n}" type="${ATTR_TYPES[n] ?? 'string'}"/>`), '    </attributes>'];
}

function attValues(names: readonly string[], row: Row): string {
  const values = names.flatMap((n, i) => {
    const v = scalar(row[n]);
    return v === undefined ? [] : [`<attvalue for="${i}" value="${xmlEscape(v)}"/>`];
  });
  return values.length ? `<attvalues>${values.join('')}</attvalues>` : '';
}

function span(row: Row): string {
  const start = row.firstSeen ? ` start="${xmlEscape(row.firstSeen)}"` : '';
  const end = row.lastSeen ? ` end="${xmlEscape(row.lastSeen)}"` : '';
  return start + end;
}

export function toGexf(snapshot: GraphSnapshot): string {
  const lines = ['<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" version="1.3">',
    '  <meta><creator>geokg</creator><description>Relations between actors extracted from news articles</description></meta>',
    '  <graph defaultedgetype="directed" mode="dynamic" timeformat="date">',
    ...attrDecls('node', NODE_ATTRS), ...attrDecls('edge', EDGE_ATTRS), '    <nodes>'];
  for (const e of snapshot.entities) {
    lines.push(`      <node id="${xmlEscape(e.id)}" label="${xmlEscape(e.name)}">${attValues(NODE_ATTRS, e)}</node>`);
  }
  lines.push('    </nodes>', '    <edges>');
  snapshot.aggregates.forEach((r, i) => {
    lines.push(`      <edge id="${i}" source="${xmlEscape(r.source)}" target="${xmlEscape(r.target)}" label="${xmlEscape(r.type)}" weight="${Number(r.count) || 1}"${span(r)}>${attValues(EDGE_ATTRS, r)}</edge>`);
  });
  lines.push('    </edges>', '  </graph>', '</gexf>', '');
  return lines.join('\n');
}
