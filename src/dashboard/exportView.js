// @ts-check
// Exports the current view: PNG of the map, and GraphML or JSON built from the elements on screen.
import { byId } from './dom.js';

function download(blob, name) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

const stamp = () => new Date().toISOString().slice(0, 19).replaceAll(':', '').replace('T', '-');

const xml = (value) => String(value).replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]);

const NODE_KEYS = [['label', 'string'], ['type', 'string'], ['evidence', 'int'], ['bloc', 'string'], ['x', 'double'], ['y', 'double']];
const EDGE_KEYS = [['weight', 'double'], ['cooperation', 'double'], ['conflict', 'double'], ['evidence', 'int'], ['mode', 'string'], ['types', 'string'], ['firstSeen', 'string'], ['lastSeen', 'string']];

export function toGraphML({ nodes, edges }) {
  const keys = [
    ...NODE_KEYS.map(([k, t]) => `  <key id="n_${k}" for="node" attr.name="${k}" attr.type="${t}"/>`),
    ...EDGE_KEYS.map(([k, t]) => `  <key id="e_${k}" for="edge" attr.name="${k}" attr.type="${t}"/>`),
  ];
  const data = (prefix, record, list) => list
    .filter(([k]) => record[k] !== undefined && record[k] !== '')
    .map(([k, t]) => `<data key="${prefix}_${k}">${xml(t === 'double' ? Number(record[k]).toFixed(3) : record[k])}</data>`).join('');
  const nodeLines = nodes.map((n) => `    <node id="${xml(n.id)}">${data('n', { ...n, x: n.position.x, y: n.position.y }, NODE_KEYS)}</node>`);
  const edgeLines = edges.map((e) => `    <edge id="${xml(e.pair)}" source="${xml(e.source)}" target="${xml(e.target)}">${data('e', e, EDGE_KEYS)}</edge>`);
  return ['<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">', ...keys,
    '  <graph id="geokg-alliances" edgedefault="undirected">', ...nodeLines, ...edgeLines, '  </graph>', '</graphml>', ''].join('\n');
}

export function toJson({ nodes, edges }, filters) {
  return JSON.stringify({
    exportedAt: new Date().toISOString(),
    filters,
    nodes: nodes.map(({ id, label, type, evidence, bloc, position }) => ({ id, label, type, evidence, bloc: bloc || null, x: position.x, y: position.y })),
    edges: edges.map(({ pair, source, target, weight, cooperation, conflict, evidence, mode, types, firstSeen, lastSeen }) =>
      ({ id: pair, source, target, weight, cooperation, conflict, evidence, mode, types: types ? types.split(' ') : [], firstSeen: firstSeen || null, lastSeen: lastSeen || null })),
  }, null, 2);
}

export function bindExports({ map, filters }) {
  byId('export-png').addEventListener('click', async () => {
    download(await map.png('#f7f8fa'), `geokg-alliances-${stamp()}.png`);
  });
  byId('export-graphml').addEventListener('click', () => {
    download(new Blob([toGraphML(map.snapshot())], { type: 'application/graphml+xml' }), `geokg-alliances-${stamp()}.graphml`);
  });
  byId('export-json').addEventListener('click', () => {
    download(new Blob([toJson(map.snapshot(), filters())], { type: 'application/json' }), `geokg-alliances-${stamp()}.json`);
  });
}
