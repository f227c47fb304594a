// @ts-check
// The table view: the same edges as the map, as an accessible, sortable table.
import { byId, h, replace } from './dom.js';
import { dateRange, signed } from './format.js';

const COLUMNS = [
  { key: 'pair', label: 'Actors', value: (e) => `${e.sourceName} — ${e.targetName}` },
  { key: 'weight', label: 'Net', numeric: true, value: (e) => e.weight },
  { key: 'cooperation', label: 'Coop.', numeric: true, value: (e) => e.cooperation },
  { key: 'conflict', label: 'Conflict', numeric: true, value: (e) => e.conflict },
  { key: 'evidence', label: 'Claims', numeric: true, value: (e) => e.evidence },
  { key: 'mode', label: 'Mode', value: (e) => e.mode },
  { key: 'types', label: 'Types', value: (e) => e.types },
  { key: 'lastSeen', label: 'Seen', value: (e) => e.lastSeen },
];
const ROW_LIMIT = 1000;

export function createTableView({ onEdge }) {
  const root = byId('table-view');
  let sort = { key: 'evidence', desc: true };
  let edges = [];
  let selected = '';
  /** Edges arrived while the table was hidden: it is drawn when shown, not on every filter change. */
  let stale = false;

  function draw() {
    const column = /** @type {(typeof COLUMNS)[number]} */ (COLUMNS.find((c) => c.key === sort.key));
    const rows = [...edges].sort((a, b) => {
      const x = column.value(a);
      const y = column.value(b);
      const order = column.numeric ? x - y : String(x).localeCompare(String(y));
      return sort.desc ? -order : order;
    });
    const head = h('tr', {}, COLUMNS.map((c) => h('th', { scope: 'col', class: c.numeric ? 'num' : '', 'aria-sort': c.key === sort.key ? (sort.desc ? 'descending' : 'ascending') : 'none' },
      h('button', { type: 'button', class: 'sort', onclick: () => { sort = { key: c.key, desc: c.key === sort.key ? !sort.desc : Boolean(c.numeric) }; draw(); } }, c.label))));
    const body = rows.slice(0, ROW_LIMIT).map((e) => h('tr', { class: e.pair === selected ? 'selected' : '', dataset: { edge: e.pair } },
      h('td', {}, h('button', { type: 'button', class: 'link', onclick: () => onEdge(e.pair) }, `${e.sourceName} — ${e.targetName}`)),
      h('td', { class: `num ${e.weight > 0 ? 'coop' : e.weight < 0 ? 'conf' : ''}` }, signed(e.weight)),
      h('td', { class: 'num' }, e.cooperation.toFixed(1)),
      h('td', { class: 'num' }, e.conflict.toFixed(1)),
      h('td', { class: 'num' }, String(e.evidence)),
      h('td', {}, e.mode),
      h('td', { class: 'small' }, e.types.toLowerCase().replaceAll(' ', ', ')),
      h('td', { class: 'small nowrap' }, dateRange(e.firstSeen, e.lastSeen))));
    replace(root,
      h('table', { class: 'edge-table' },
        h('caption', {}, `${edges.length} actor pairs${edges.length > ROW_LIMIT ? ` (first ${ROW_LIMIT} shown)` : ''}`),
        h('thead', {}, head), h('tbody', {}, body)));
  }

  return {
    setEdges(list) {
      edges = list;
      stale = root.hidden;
      if (!stale) draw();
    },
    /** Called when the table view is shown. */
    show() {
      if (stale) draw();
      stale = false;
    },
    select(pair) {
      selected = pair;
      if (stale) return;
      for (const row of /** @type {NodeListOf<HTMLElement>} */ (root.querySelectorAll('tr[data-edge]'))) row.classList.toggle('selected', row.dataset.edge === pair);
    },
  };
}
