// CSV files (UTF-8, RFC 4180, ISO 8601 dates) with neo4j-admin import headers: nodes, edges, evidence.
import type { GraphSnapshot, Row } from '../model.ts';

function cell(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text = Array.isArray(value) ? value.join(';') : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function table(header: string[], fields: Array<(row: Row) => unknown>, rows: Row[]): string {
  const lines = [header.join(',')];
  for (const row of rows) lines.push(fields.map((f) => cell(f(row))).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

const get = (name: string) => (row: Row) => row[name];

export function toCsvFiles(snapshot: GraphSnapshot): Record<string, string> {
  const nodeCols = ['name', 'type', 'wikidata', 'iso2', 'iso3', 'role'];
  const nodes = table(['id:ID', ...nodeCols, 'aliases:string[]', 'mentions:int', ':LABEL'],
    [get('id'), ...nodeCols.map(get), get('aliases'), get('mentions'), (r) => `Entity;${r.type}`], snapshot.entities);
  const edgeInts = ['count', 'asserted', 'negated', 'hypothetical', 'articles'];
  const edges = table([':START_ID', ':END_ID', ':TYPE', 'type', ...edgeInts.map((c) => `${c}:int`), 'firstSeen:date', 'lastSeen:date', 'score:double'],
    [get('source'), get('target'), get('edge'), get('type'), ...edgeInts.map(get), get('firstSeen'), get('lastSeen'), get('score')], snapshot.aggregates);
  const claimCols = ['type', 'source', 'target', 'polarity', 'attributedTo'];
  const evidence = table(['id:ID', ...claimCols, 'date:date', 'confidence:double', 'rule', 'evidence', 'start:int', 'end:int', 'articleId', 'articleTitle', 'articleUrl'],
    [get('id'), ...claimCols.map(get), get('date'), get('confidence'), get('rule'), get('evidence'), get('start'), get('end'), get('articleId'), get('articleTitle'), get('articleUrl')], snapshot.claims);
  return { 'nodes.csv': nodes, 'edges.csv': edges, 'evidence.csv': evidence };
}
