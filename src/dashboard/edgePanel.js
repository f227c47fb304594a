// @ts-check
// The side panel for one edge of the map: the balance between two actors and every claim behind it.
import { claimList } from './claimList.js';
import { h } from './dom.js';
import { dateRange, signed, typeLabel } from './format.js';

export function edgePanel(edge, relations, { onDyad, onEntity }) {
  const claims = relations.flatMap((r) => r.claims);
  claims.sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''));
  return h('section', { class: 'panel-body', 'aria-labelledby': 'panel-title', dataset: { panel: 'edge', edge: edge.pair } },
    h('header', { class: 'panel-head' },
      h('h2', { id: 'panel-title' },
        h('button', { type: 'button', class: 'link', onclick: () => onEntity(edge.source) }, edge.sourceName),
        ' — ',
        h('button', { type: 'button', class: 'link', onclick: () => onEntity(edge.target) }, edge.targetName)),
      h('p', { class: 'muted' },
        h('span', { class: edge.weight > 0 ? 'coop' : edge.weight < 0 ? 'conf' : '' }, `net ${signed(edge.weight)}`),
        ` (cooperation ${edge.cooperation.toFixed(1)}, conflict ${edge.conflict.toFixed(1)}) · ${edge.evidence} claims · ${edge.mode} · ${dateRange(edge.firstSeen, edge.lastSeen)}`),
      h('div', { class: 'button-row' },
        h('button', { type: 'button', onclick: () => onDyad(edge.source, edge.target) }, 'Compare over time')),
    ),
    h('h3', {}, 'Relations'),
    relations.length
      ? h('ul', { class: 'plain relation-list' }, relations.map((r) => {
          const denied = r.claims.filter((c) => c.polarity === 'NEGATED').length;
          const feared = r.claims.filter((c) => c.polarity === 'HYPOTHETICAL').length;
          return h('li', {}, `${r.source.name} → ${r.target.name}: `, h('strong', {}, typeLabel(r.type)),
            h('span', { class: 'muted' }, ` ${r.count} claims${denied ? `, ${denied} denied` : ''}${feared ? `, ${feared} feared/possible` : ''}`));
        }))
      : h('p', { class: 'muted' }, 'No relations match the current filters.'),
    h('h3', {}, `Evidence (${claims.length})`),
    claimList(claims),
  );
}
