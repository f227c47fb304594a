// @ts-check
// The side panel for two actors compared: their relations by type over time with the net balance.
import { h } from './dom.js';
import { dateRange, signed, typeLabel } from './format.js';
import { timelineChart } from './timelineChart.js';

export function dyadPanel(dyad, { weights, onEntity, onEdge }) {
  const [a, b] = [dyad.entity, dyad.other];
  const relations = [...dyad.ab, ...dyad.ba].sort((x, y) => y.count - x.count);
  const net = relations.reduce((sum, r) => sum + r.score, 0);
  return h('section', { class: 'panel-body', 'aria-labelledby': 'panel-title', dataset: { panel: 'dyad', pair: `${a.id},${b.id}` } },
    h('header', { class: 'panel-head' },
      h('h2', { id: 'panel-title' },
        h('button', { type: 'button', class: 'link', onclick: () => onEntity(a.id) }, a.name),
        ' ⇄ ',
        h('button', { type: 'button', class: 'link', onclick: () => onEntity(b.id) }, b.name)),
      h('p', { class: 'muted' }, h('span', { class: net > 0 ? 'coop' : net < 0 ? 'conf' : '' }, `net ${signed(net)}`),
        ` · ${relations.reduce((s, r) => s + r.count, 0)} claims in ${relations.length} relations`),
      onEdge ? h('div', { class: 'button-row' }, h('button', { type: 'button', onclick: onEdge }, 'Show evidence')) : null,
    ),
    h('h3', {}, 'Relations by type over time'),
    timelineChart(dyad.entity.timeline, weights, { title: `${a.name} and ${b.name}: relations per month` }),
    h('table', { class: 'mini-table' },
      h('thead', {}, h('tr', {},
        h('th', { scope: 'col' }, 'Direction'), h('th', { scope: 'col' }, 'Type'),
        h('th', { scope: 'col', class: 'num' }, 'Claims'), h('th', { scope: 'col' }, 'Seen'))),
      h('tbody', {}, relations.map((r) => h('tr', {},
        h('td', {}, `${r.source.name} → ${r.target.name}`),
        h('td', {}, typeLabel(r.type), h('span', { class: 'muted small' }, ` ${r.mode}`)),
        h('td', { class: 'num' }, String(r.count)),
        h('td', { class: 'small' }, dateRange(r.firstSeen, r.lastSeen)))))),
  );
}
