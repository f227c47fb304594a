// @ts-check
// The side panel for one actor: who it is, its ego network, office holders and a timeline of relations.
import { h } from './dom.js';
import { signed, typeLabel } from './format.js';
import { ENTITY_TYPES } from './palette.js';
import { timelineChart } from './timelineChart.js';

export function entityPanel(entity, { weights, onEntity, onDyad, onCompare }) {
  const type = ENTITY_TYPES[entity.type];
  const facts = [type?.label ?? entity.type, entity.role, entity.iso2, `${entity.mentionCount} mentions`].filter(Boolean).join(' · ');
  const aliases = entity.aliases.filter((a) => a !== entity.name).slice(0, 10);

  const counterparts = entity.counterparts.length
    ? h('table', { class: 'mini-table' },
        h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Counterpart'), h('th', { scope: 'col', class: 'num' }, 'Claims'), h('th', { scope: 'col', class: 'num' }, 'Net'))),
        h('tbody', {}, entity.counterparts.map((c) =>
          h('tr', {},
            h('td', {}, h('button', { type: 'button', class: 'link', title: `Compare ${entity.name} and ${c.entity.name} over time`, onclick: () => onDyad(entity.id, c.entity.id) }, c.entity.name),
              h('div', { class: 'muted small' }, c.types.map(typeLabel).join(', '))),
            h('td', { class: 'num' }, String(c.evidenceCount)),
            h('td', { class: `num ${c.score > 0 ? 'coop' : c.score < 0 ? 'conf' : ''}` }, signed(c.score)),
          ))))
    : h('p', { class: 'muted' }, 'No relations in this period.');

  const holders = entity.officeHolders.length
    ? h('ul', { class: 'plain' }, entity.officeHolders.map((p) =>
        h('li', {}, h('button', { type: 'button', class: 'link', onclick: () => onEntity(p.id) }, p.name), p.role ? h('span', { class: 'muted' }, ` — ${p.role}`) : null)))
    : h('p', { class: 'muted' }, 'None known.');

  return h('section', { class: 'panel-body', 'aria-labelledby': 'panel-title', dataset: { panel: 'entity', entity: entity.id } },
    h('header', { class: 'panel-head' },
      h('h2', { id: 'panel-title' }, entity.name),
      h('p', { class: 'muted' }, facts),
      aliases.length ? h('p', { class: 'aliases small' }, 'Also: ', aliases.join(', ')) : null,
      h('div', { class: 'button-row' },
        h('button', { type: 'button', onclick: () => onCompare(entity.id), title: 'Then pick a second actor on the map or with search' }, 'Compare with…'),
      ),
    ),
    h('h3', {}, 'Relations over time'),
    timelineChart(entity.timeline, weights, { title: `${entity.name}: relations per month` }),
    h('h3', {}, 'Ego network'),
    counterparts,
    h('h3', {}, 'Office holders'),
    holders,
    entity.affiliations.length ? [h('h3', {}, 'Member of / represents'),
      h('ul', { class: 'plain inline' }, entity.affiliations.map((a) => h('li', {}, h('button', { type: 'button', class: 'link', onclick: () => onEntity(a.id) }, a.name))))] : null,
  );
}
