// GraphML for Gephi, yEd and networkx: entities as nodes, aggregated relations as edges.
import type { GraphSnapshot, Row } from '../model.ts';
import { scalar, xmlEscape } from './xml.ts';

type AttrType = 'string' | 'int' | 'double';
const NODE_KEYS: Array<[string, AttrType]> = [['name', 'string'], ['type', 'string'], ['wikidata', 'string'], ['iso2', 'string'], ['iso3', 'string'], ['role', 'string'], ['aliases', 'string'], ['mentions', 'int']];
const EDGE_KEYS: Array<[string, AttrType]> = [['type', 'string'], ['edge', 'string'], ['count', 'int'], ['asserted', 'int'], ['negated', 'int'], ['hypothetical', 'int'], ['articles', 'int'], ['firstSeen', 'string'], ['lastSeen', 'string'], ['score', 'double']];

function keyDecls(target: 'node' | 'edge', keys: Array<[string, AttrType]>): string[] {
  return keys.map(([name, type]) => `  <key id="${target[0]}_${name}" for="${target}" attr.name="${name}" attr.type="${type}"/>`);
}

function dataLines(prefix: string, keys: Array<[string, AttrType]>, row: Row): string[] {
  return keys.flatMap(([name]) => {
    const value = scalar(row[name]);
    return value === undefined ? [] : [`      <data key="${prefix}_${name}">${xmlEscape(value)}</data>`];
  });
}

export function toGraphml(snapshot: GraphSnapshot): string {
  const lines = ['<?xml version="1.0" encoding="UTF-8"?>', '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
    ...keyDecls('node', NODE_KEYS), ...keyDecls('edge', EDGE_KEYS), '  <graph id="geokg" edgedefault="directed">'];
  for (const e of snapshot.entities) {
    lines.push(`    <node id="${xmlEscape(e.id)}">`, ...dataLines('n', NODE_KEYS, e), '    </node>');
  }
  snapshot.aggregates.forEach((r, i) => {
    lines.push(`    <edge id="e${i}" source="${xmlEscape(r.source)}" target="${xmlEscape(r.target)}">`, ...dataLines('e', EDGE_KEYS, r), '    </edge>');
  });
  lines.push('  </graph>', '</graphml>', '');
  return lines.join('\n');
}
