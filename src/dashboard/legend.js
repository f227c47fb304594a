// @ts-check
// The legend: what colours, dashes and shapes mean, and which blocs are drawn (each can be hidden).
import { byId, h, replace, svg } from './dom.js';
import { CONFLICT, COOPERATION, ENTITY_TYPES, NEUTRAL } from './palette.js';

function lineSample(color, dashed) {
  return svg('svg', { width: 34, height: 10, 'aria-hidden': 'true' },
    svg('line', { x1: 1, y1: 5, x2: 33, y2: 5, stroke: color, 'stroke-width': 3, 'stroke-dasharray': dashed ? '6 4' : null }));
}

const SHAPES = {
  ellipse: () => svg('circle', { cx: 7, cy: 7, r: 6 }),
  'round-rectangle': () => svg('rect', { x: 1, y: 2, width: 12, height: 10, rx: 3 }),
  diamond: () => svg('polygon', { points: '7,0 14,7 7,14 0,7' }),
  hexagon: () => svg('polygon', { points: '3.5,1 10.5,1 14,7 10.5,13 3.5,13 0,7' }),
  'round-triangle': () => svg('polygon', { points: '7,1 13.5,13 0.5,13' }),
};

function shapeSample(type) {
  const shape = SHAPES[type.shape]();
  shape.setAttribute('fill', type.color);
  return svg('svg', { width: 14, height: 14, 'aria-hidden': 'true' }, shape);
}

export function renderStaticLegend() {
  replace(byId('legend-static'),
    h('ul', { class: 'legend-list' },
      h('li', {}, lineSample(COOPERATION, false), ' Cooperation, material'),
      h('li', {}, lineSample(COOPERATION, true), ' Cooperation, verbal'),
      h('li', {}, lineSample(CONFLICT, false), ' Conflict, material'),
      h('li', {}, lineSample(CONFLICT, true), ' Conflict, verbal'),
      h('li', {}, lineSample(NEUTRAL, false), ' Balanced'),
      h('li', { class: 'muted small' }, 'Width and size: amount of evidence'),
    ),
    h('ul', { class: 'legend-list' }, Object.values(ENTITY_TYPES).map((t) => h('li', {}, shapeSample(t), ' ', t.label))),
  );
}

/** blocs: [{ id, label, size, color, visible }]; onToggle(id, visible). */
export function renderBlocLegend(blocs, { mode, hiddenCount, onToggle }) {
  const root = byId('legend-blocs');
  if (mode === 'none' || !blocs.length) {
    replace(root, mode === 'none' ? null : h('p', { class: 'muted small' }, 'No blocs in this view.'));
    return;
  }
  replace(root,
    h('p', { class: 'legend-title' }, mode === 'formal' ? 'Memberships' : 'Inferred blocs'),
    h('ul', { class: 'legend-list blocs' }, blocs.map((b) =>
      h('li', {}, h('label', { class: 'check' },
        h('input', { type: 'checkbox', checked: b.visible, onchange: (event) => onToggle(b.id, event.target.checked) }),
        h('span', { class: 'swatch', style: null, dataset: { color: b.color } }),
        ` ${b.label} `, h('span', { class: 'muted small' }, `(${b.size})`))))),
    hiddenCount ? h('p', { class: 'muted small' }, `${hiddenCount} smaller blocs not drawn`) : null,
  );
  // Colours go in through CSSOM: the style-src policy forbids style attributes in markup.
  for (const swatch of /** @type {NodeListOf<HTMLElement>} */ (root.querySelectorAll('.swatch'))) swatch.style.backgroundColor = swatch.dataset.color ?? '';
}
