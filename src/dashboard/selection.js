// @ts-check
// Loads and shows the side panel for the current selection: an actor, an edge's evidence, or two
// actors compared. Stale answers (the analyst clicked on) are dropped.
import { gql } from './api.js';
import { byId, h, replace } from './dom.js';
import { dyadPanel } from './dyadPanel.js';
import { edgePanel } from './edgePanel.js';
import { entityPanel } from './entityPanel.js';
import { DYAD, ENTITY, PAIR_CLAIMS } from './queries.js';
import { filterVariables } from './urlState.js';

const nodesOf = (connection) => connection.edges.map((e) => e.node);

export function createSelection({ graph, actions, onError }) {
  const panel = byId('panel-content');
  let generation = 0;

  function show(...content) {
    replace(panel, ...content);
    document.body.dataset.details = /** @type {HTMLElement | null} */ (panel.firstElementChild)?.dataset.panel ?? 'none';
  }

  function overview() {
    const counts = graph.counts();
    show(h('section', { class: 'panel-body', dataset: { panel: 'overview' } },
      h('h2', {}, 'Overview'),
      h('p', {}, `${counts.nodes} actors and ${counts.edges} actor pairs in this view.`),
      h('ul', { class: 'hints' },
        h('li', {}, 'Click an actor for its network, office holders and timeline.'),
        h('li', {}, 'Click an edge for the evidence behind it.'),
        h('li', {}, 'Shift-click a second actor, or use “Compare with…”, to compare two actors over time.'),
        h('li', {}, 'Filters, focus and selection are kept in the address bar: copy it to share this view.'))));
  }

  async function load(state) {
    const mine = ++generation;
    const filters = filterVariables(state);
    const fresh = () => mine === generation;
    const weights = graph.weights();
    try {
      if (state.compare.length === 2) {
        const [a, b] = state.compare;
        show(h('p', { class: 'muted panel-loading' }, 'Loading comparison…'));
        const data = await gql(DYAD, { aId: a, bId: b, a, b, ...filters });
        if (!fresh()) return;
        if (!data.entity || !data.other) return show(h('p', { class: 'muted' }, 'One of the two actors is not in the graph.'));
        const pair = graph.pairOf(a, b);
        show(dyadPanel({ entity: data.entity, other: data.other, ab: nodesOf(data.ab), ba: nodesOf(data.ba) },
          { weights, onEntity: actions.focus, onEdge: pair ? () => actions.edge(pair) : null }));
      } else if (state.edge) {
        const edge = graph.edge(state.edge);
        if (!edge) return show(h('p', { class: 'muted', dataset: { panel: 'edge-missing' } }, 'This pair has no edge under the current filters.'));
        show(h('p', { class: 'muted panel-loading' }, `Loading evidence for ${edge.sourceName} — ${edge.targetName}…`));
        // One request per direction: together they would exceed the API's query cost limit.
        const [ab, ba] = await Promise.all([
          gql(PAIR_CLAIMS, { a: edge.source, b: edge.target, ...filters }),
          gql(PAIR_CLAIMS, { a: edge.target, b: edge.source, ...filters }),
        ]);
        if (!fresh()) return;
        show(edgePanel(edge, [...nodesOf(ab.relations), ...nodesOf(ba.relations)], { onDyad: actions.compare, onEntity: actions.focus }));
      } else if (state.focus) {
        show(h('p', { class: 'muted panel-loading' }, 'Loading actor…'));
        const data = await gql(ENTITY, { id: state.focus, ...filters });
        if (!fresh()) return;
        if (!data.entity) return show(h('p', { class: 'muted' }, `No actor with id ${state.focus}.`));
        const body = entityPanel(data.entity, { weights, onEntity: actions.focus, onDyad: actions.compare, onCompare: actions.startCompare });
        if (!graph.has(state.focus)) body.prepend(h('p', { class: 'note' }, 'Not on the map with the current filters.'));
        show(body);
      } else {
        overview();
      }
    } catch (error) {
      if (!fresh()) return;
      show(h('p', { class: 'error-text', role: 'alert' }, `Could not load details: ${/** @type {Error} */ (error).message}`));
      onError(/** @type {import('./api.js').ApiError} */ (error));
    }
  }

  return { load };
}
