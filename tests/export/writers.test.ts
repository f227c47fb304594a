// The export writers on a small hand-made graph: the exact file content a user opens in Gephi,
// yEd, networkx or neo4j-admin import.
import { describe, it, expect } from 'vitest';
import { XMLParser } from 'fast-xml-parser';
import { toCsvFiles } from '../../src/export/toCsv.ts';
import { toGraphml } from '../../src/export/toGraphml.ts';
import { toGexf } from '../../src/export/toGexf.ts';
import type { GraphSnapshot } from '../../src/store/readGraphSnapshot.ts';

const snapshot: GraphSnapshot = {
  entities: [
    { id: 'Q212', name: 'Ukraine', type: 'Country', wikidata: 'Q212', iso2: 'UA', iso3: 'UKR', role: null, aliases: ['Ukraine', 'Kiew'], mentions: 3 },
    { id: 'person:anna-muster', name: 'Anna "Die Ruhige" Muster, Jr.', type: 'Person', wikidata: null, iso2: null, iso3: null, role: 'Außenministerin', aliases: [], mentions: 1 },
    { id: 'org:<a&b>', name: "Bund für Ost & West\u0007", type: 'Organization', mentions: 0 },
  ],
  aggregates: [
    { source: 'person:anna-muster', target: 'Q212', edge: 'SUPPORTS', type: 'SUPPORT', count: 2, asserted: 1, negated: 1, hypothetical: 0, articles: 2, firstSeen: '2024-03-01', lastSeen: '2024-04-15', score: 2.5 },
    { source: 'Q212', target: 'org:<a&b>', edge: 'CONSULTS', type: 'CONSULT', count: 0, asserted: 0, negated: 0, hypothetical: 0, articles: 1, firstSeen: null, lastSeen: null, score: 0 },
  ],
  claims: [
    { id: 'c1', type: 'SUPPORT', source: 'person:anna-muster', target: 'Q212', polarity: 'asserted', attributedTo: null, date: '2024-03-01', confidence: 0.8, rule: 'de.support.unterstuetzen', evidence: 'Sie sagte: "Wir helfen",\r\nund ging.', start: 10, end: 42, articleId: 'a1', articleTitle: 'Hilfe, sofort', articleUrl: 'https://example.org/a1' },
  ],
};

describe('CSV', () => {
  const files = toCsvFiles(snapshot);

  it('writes exactly nodes.csv, edges.csv and evidence.csv', () => {
    expect(Object.keys(files)).toEqual(['nodes.csv', 'edges.csv', 'evidence.csv']);
  });

  it('writes neo4j-admin headers, one CRLF-terminated row per entity, lists joined with ";" and quotes per RFC 4180', () => {
    expect(files['nodes.csv']).toBe([
      'id:ID,name,type,wikidata,iso2,iso3,role,aliases:string[],mentions:int,:LABEL',
      'Q212,Ukraine,Country,Q212,UA,UKR,,Ukraine;Kiew,3,Entity;Country',
      'person:anna-muster,"Anna ""Die Ruhige"" Muster, Jr.",Person,,,,Außenministerin,,1,Entity;Person',
      'org:<a&b>,Bund für Ost & West\u0007,Organization,,,,,,0,Entity;Organization',
      '',
    ].join('\r\n'));
  });

  it('writes aggregated edges with their counts, dates and score', () => {
    expect(files['edges.csv']).toBe([
      ':START_ID,:END_ID,:TYPE,type,count:int,asserted:int,negated:int,hypothetical:int,articles:int,firstSeen:date,lastSeen:date,score:double',
      'person:anna-muster,Q212,SUPPORTS,SUPPORT,2,1,1,0,2,2024-03-01,2024-04-15,2.5',
      'Q212,org:<a&b>,CONSULTS,CONSULT,0,0,0,0,1,,,0',
      '',
    ].join('\r\n'));
  });

  it('writes each claim with its evidence quoted when it holds quotes, commas or line breaks', () => {
    expect(files['evidence.csv']).toBe([
      'id:ID,type,source,target,polarity,attributedTo,date:date,confidence:double,rule,evidence,start:int,end:int,articleId,articleTitle,articleUrl',
      'c1,SUPPORT,person:anna-muster,Q212,asserted,,2024-03-01,0.8,de.support.unterstuetzen,"Sie sagte: ""Wir helfen"",\r\nund ging.",10,42,a1,"Hilfe, sofort",https://example.org/a1',
      '',
    ].join('\r\n'));
  });

  it('quotes a lone carriage return or newline too', () => {
    const one = (name: string) => toCsvFiles({ entities: [{ id: 'x', name, type: 'Group' }], aggregates: [], claims: [] })['nodes.csv'].split('\r\n')[1];
    expect(one('a\rb')).toBe('x,"a\rb",Group,,,,,,,Entity;Group');
    expect(one('a\nb')).toBe('x,"a\nb",Group,,,,,,,Entity;Group');
    expect(one('plain')).toBe('x,plain,Group,,,,,,,Entity;Group');
  });

  it('writes only the header line for an empty graph', () => {
    const empty = toCsvFiles({ entities: [], aggregates: [], claims: [] });
    expect(empty['nodes.csv']).toBe('id:ID,name,type,wikidata,iso2,iso3,role,aliases:string[],mentions:int,:LABEL\r\n');
  });
});

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', parseTagValue: false, isArray: (name) => ['node', 'edge', 'data', 'key', 'attribute', 'attvalue', 'attvalues', 'attributes'].includes(name) });

describe('GraphML', () => {
  const text = toGraphml(snapshot);
  const doc = parser.parse(text);
  const graph = doc.graphml.graph;
  const data = (el: { data?: Array<{ key: string; '#text': string }> }) => Object.fromEntries((el.data ?? []).map((d) => [d.key, d['#text']]));

  it('is well-formed XML in the GraphML namespace with a directed graph', () => {
    expect(text.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns">\n')).toBe(true);
    expect(text.endsWith('</graphml>\n')).toBe(true);
    expect(graph.id).toBe('geokg');
    expect(graph.edgedefault).toBe('directed');
  });

  it('declares typed keys for node and edge attributes', () => {
    const keys = doc.graphml.key.map((k: Record<string, string>) => `${k.id}:${k.for}:${k['attr.name']}:${k['attr.type']}`);
    expect(keys).toEqual([
      'n_name:node:name:string', 'n_type:node:type:string', 'n_wikidata:node:wikidata:string', 'n_iso2:node:iso2:string',
      'n_iso3:node:iso3:string', 'n_role:node:role:string', 'n_aliases:node:aliases:string', 'n_mentions:node:mentions:int',
      'e_type:edge:type:string', 'e_edge:edge:edge:string', 'e_count:edge:count:int', 'e_asserted:edge:asserted:int',
      'e_negated:edge:negated:int', 'e_hypothetical:edge:hypothetical:int', 'e_articles:edge:articles:int',
      'e_firstSeen:edge:firstSeen:string', 'e_lastSeen:edge:lastSeen:string', 'e_score:edge:score:double',
    ]);
  });

  it('writes nodes with their attributes, lists joined, missing values left out, markup escaped', () => {
    expect(graph.node.map((n: { id: string }) => n.id)).toEqual(['Q212', 'person:anna-muster', 'org:<a&b>']);
    expect(data(graph.node[0])).toEqual({ n_name: 'Ukraine', n_type: 'Country', n_wikidata: 'Q212', n_iso2: 'UA', n_iso3: 'UKR', n_aliases: 'Ukraine; Kiew', n_mentions: '3' });
    expect(data(graph.node[1])).toEqual({ n_name: 'Anna "Die Ruhige" Muster, Jr.', n_type: 'Person', n_role: 'Außenministerin', n_aliases: undefined, n_mentions: '1' });
    expect(text).toContain('<data key="n_aliases"></data>');
    // A control character XML forbids is dropped rather than making the file unreadable.
    expect(text).toContain('<data key="n_name">Bund für Ost &amp; West</data>');
    expect(text).toContain('<node id="org:&lt;a&amp;b&gt;">');
  });

  it('writes edges between node ids with counts and dates', () => {
    expect(graph.edge.map((e: Record<string, string>) => `${e.id} ${e.source}->${e.target}`)).toEqual(['e0 person:anna-muster->Q212', 'e1 Q212->org:<a&b>']);
    expect(data(graph.edge[0])).toEqual({ e_type: 'SUPPORT', e_edge: 'SUPPORTS', e_count: '2', e_asserted: '1', e_negated: '1', e_hypothetical: '0', e_articles: '2', e_firstSeen: '2024-03-01', e_lastSeen: '2024-04-15', e_score: '2.5' });
    expect(data(graph.edge[1])).not.toHaveProperty('e_firstSeen');
  });
});

describe('GEXF', () => {
  const text = toGexf(snapshot);
  const doc = parser.parse(text);
  const graph = doc.gexf.graph;
  const values = (el: { attvalues?: Array<{ attvalue: Array<{ for: string; value: string }> }> }) =>
    Object.fromEntries((el.attvalues?.[0]?.attvalue ?? []).map((a) => [a.for, a.value]));

  it('is GEXF 1.3 with a dynamic directed graph dated by day', () => {
    expect(text.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<gexf xmlns="http://gexf.net/1.3" version="1.3">\n')).toBe(true);
    expect(text.endsWith('</gexf>\n')).toBe(true);
    expect(doc.gexf.meta.creator).toBe('geokg');
    expect(graph).toMatchObject({ defaultedgetype: 'directed', mode: 'dynamic', timeformat: 'date' });
  });

  it('declares node and edge attributes with their types', () => {
    const decl = (i: number) => graph.attributes[i].attribute.map((a: Record<string, string>) => `${a.id}:${a.title}:${a.type}`);
    expect(graph.attributes.map((a: { class: string }) => a.class)).toEqual(['node', 'edge']);
    expect(decl(0)).toEqual(['0:type:string', '1:wikidata:string', '2:iso3:string', '3:role:string', '4:aliases:string', '5:mentions:integer']);
    expect(decl(1)).toEqual(['0:type:string', '1:count:integer', '2:asserted:integer', '3:negated:integer', '4:hypothetical:integer', '5:score:double']);
  });

  it('writes nodes with labels and attribute values', () => {
    expect(graph.nodes.node.map((n: Record<string, string>) => `${n.id}=${n.label}`)).toEqual(['Q212=Ukraine', 'person:anna-muster=Anna "Die Ruhige" Muster, Jr.', 'org:<a&b>=Bund für Ost & West']);
    expect(values(graph.nodes.node[0])).toEqual({ 0: 'Country', 1: 'Q212', 2: 'UKR', 4: 'Ukraine; Kiew', 5: '3' });
    expect(values(graph.nodes.node[2])).toEqual({ 0: 'Organization', 5: '0' });
  });

  it('writes edges with weight, label and the first and last evidence dates for the timeline', () => {
    const [first, second] = graph.edges.edge;
    expect(first).toMatchObject({ id: '0', source: 'person:anna-muster', target: 'Q212', label: 'SUPPORT', weight: '2', start: '2024-03-01', end: '2024-04-15' });
    expect(values(first)).toEqual({ 0: 'SUPPORT', 1: '2', 2: '1', 3: '1', 4: '0', 5: '2.5' });
    // No dates: no start or end; no count: weight 1.
    expect(second).toMatchObject({ id: '1', label: 'CONSULT', weight: '1' });
    expect(second).not.toHaveProperty('start');
    expect(second).not.toHaveProperty('end');
    expect(text).toContain('<edge id="1" source="Q212" target="org:&lt;a&amp;b&gt;" label="CONSULT" weight="1">');
  });

  it('leaves out the attvalues element when a node has no attributes', () => {
    const bare = toGexf({ entities: [{ id: 'x', name: "O'Neil" }], aggregates: [], claims: [] });
    expect(bare).toContain('<node id="x" label="O&apos;Neil"></node>');
  });
});
