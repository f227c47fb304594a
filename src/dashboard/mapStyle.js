// @ts-check
// The Cytoscape stylesheet: node size ∝ evidence, type by shape and fill; edge colour by the sign of
// the cooperation/conflict balance, dash by verbal vs material, width by evidence.
import { CONFLICT, COOPERATION, ENTITY_TYPES, NEUTRAL } from './palette.js';

export const EDGE_OPACITY = 0.8;
/** Verbal acts dashed, structural ties (memberships) dotted, material acts solid; in model units. */
const DASHES = { verbal: [6, 4], structural: [1, 1] };

/** How an edge looks, for the big maps' own edge layer (edgeLayer.js); the stylesheet below says the same. */
export function edgeLook({ weight, mode, width }) {
  return { color: weight > 0 ? COOPERATION : weight < 0 ? CONFLICT : NEUTRAL, dash: DASHES[mode] ?? [], width };
}

/** `overlay`: the style of the focus layer, which holds only the selection drawn above the dimmed map
 * (see map.js); it is small, so it sorts by z-index and shows labels sooner on big maps. */
/**
 * @param {{ large: boolean, overlay?: boolean }} options
 * @returns {import('cytoscape').StylesheetJson}
 */
export function mapStyle({ large, overlay = false }) {
  // Raising the selection above the rest re-sorts every element by z-index; on the big map itself that
  // sort costs more than it shows, so it is kept to the focus layer there.
  const raise = (z) => (large && !overlay ? {} : { 'z-index': z });
  const typeRules = Object.entries(ENTITY_TYPES).map(([type, t]) => ({
    selector: `node[type = "${type}"]`,
    style: { shape: t.shape, 'background-color': t.color },
  }));
  // Cytoscape's types want each property's own literal type; the values here are the documented ones.
  return /** @type {import('cytoscape').StylesheetJson} */ (/** @type {unknown} */ ([
    {
      selector: 'node',
      style: {
        width: 'data(size)', height: 'data(size)',
        'background-color': NEUTRAL,
        'border-width': 1.5, 'border-color': '#ffffff',
        label: 'data(label)',
        'font-family': 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
        'font-size': 11, 'font-weight': 500, color: '#1b2330',
        'text-valign': 'bottom', 'text-margin-y': 3,
        'text-outline-color': '#f7f8fa', 'text-outline-width': 2,
        // Thousands of labels are unreadable anyway; show them once the analyst zooms in.
        'min-zoomed-font-size': large && !overlay ? 9 : 4,
        // Pressing and releasing an actor makes Cytoscape redraw the whole map, and it hit-tests every
        // actor on each pointer move; big maps find the clicked actor themselves (picker.js).
        events: large ? 'no' : 'yes',
      },
    },
    ...typeRules,
    {
      selector: 'edge',
      style: {
        width: 'data(width)',
        'line-color': NEUTRAL,
        'curve-style': large ? 'haystack' : 'bezier',
        opacity: EDGE_OPACITY,
        // Big maps draw their edges on a layer of their own (edgeLayer.js); Cytoscape keeps them as data
        // only, for the selection and the exports. The focus layer draws the selected few itself.
        ...(large && !overlay ? { display: 'none' } : {}),
        // Cytoscape hit-tests every interactive element on each pointer move; thousands of edges make
        // that slower than a frame. Big maps find the clicked edge themselves (picker.js).
        events: large ? 'no' : 'yes',
      },
    },
    { selector: 'edge[weight > 0]', style: { 'line-color': COOPERATION } },
    { selector: 'edge[weight < 0]', style: { 'line-color': CONFLICT } },
    { selector: 'edge[mode = "verbal"]', style: { 'line-style': 'dashed', 'line-dash-pattern': DASHES.verbal } },
    { selector: 'edge[mode = "structural"]', style: { 'line-style': 'dotted' } },
    // Bloc links only shape the layout; they are never drawn or clickable.
    { selector: 'edge.layout-link', style: { opacity: 0, events: 'no', width: 1, 'curve-style': 'haystack' } },
    { selector: 'node.focus', style: { 'border-width': 4, 'border-color': '#111827', ...raise(20), 'font-weight': 700, 'font-size': 13 } },
    { selector: 'node.compare', style: { 'border-width': 4, 'border-color': '#111827', 'border-style': 'double', ...raise(20), 'font-weight': 700 } },
    ...(large && !overlay ? [] : [{ selector: 'node.neighbour', style: { 'z-index': 10 } }]),
    { selector: 'edge.selected-edge', style: { opacity: 1, 'overlay-color': '#111827', 'overlay-opacity': 0.18, 'overlay-padding': 4, ...raise(30) } },
    { selector: 'node:active, edge:active', style: { 'overlay-opacity': 0.12 } },
  ]));
}
