// The alliance map: Cytoscape on a canvas, with bloc hulls behind it. Knows how to draw and highlight;
// what a click means is decided by the caller.
import cytoscape from '/vendor/cytoscape.esm.min.mjs';
import { createHullLayer } from './hulls.js';
import { mapStyle } from './mapStyle.js';
import { scaleServerPositions, seedPosition } from './mapElements.js';

/** Above this many actors the server's precomputed layout is used; a browser force layout gets slow. */
export const PRESET_LAYOUT_THRESHOLD = 300;

function coseLayout(count) {
  return {
    name: 'cose',
    animate: false,
    randomize: false,
    fit: true,
    padding: 40,
    nodeDimensionsIncludeLabels: true,
    // Cooperation pulls actors together, conflict keeps them apart, and the invisible bloc links hold
    // each bloc together so its hull stays compact.
    idealEdgeLength: (edge) => (edge.hasClass('layout-link') ? 30 : edge.data('weight') >= 0 ? 80 : 170),
    edgeElasticity: (edge) => (edge.hasClass('layout-link') ? 60 : edge.data('weight') >= 0 ? 100 : 450),
    nodeRepulsion: () => 12000,
    nodeOverlap: 8,
    gravity: 0.6,
    numIter: count > 150 ? 600 : 1200,
    componentSpacing: 60,
  };
}

const sameData = (a, b) => Object.keys(b).every((k) => a[k] === b[k]);

export function createMap({ container, hullCanvas, onNodeTap, onEdgeTap, onBackgroundTap }) {
  let large = false;
  const cy = cytoscape({
    container,
    style: mapStyle({ large }),
    minZoom: 0.05,
    maxZoom: 4,
    boxSelectionEnabled: false,
    selectionType: 'single',
    autounselectify: true,
  });
  const hulls = createHullLayer(hullCanvas, cy);

  cy.on('tap', 'node', (evt) => onNodeTap(evt.target.id(), { shift: Boolean(evt.originalEvent?.shiftKey) }));
  cy.on('tap', 'edge', (evt) => onEdgeTap(evt.target.data('pair')));
  cy.on('tap', (evt) => {
    if (evt.target === cy) onBackgroundTap();
  });

  const real = () => cy.edges().not('.layout-link');
  /** An actor with its real relations and counterparts (not its invisible bloc links). */
  const egoOf = (node) => {
    const edges = node.connectedEdges().not('.layout-link');
    return node.union(edges).union(edges.connectedNodes());
  };

  function replaceLinks(links) {
    cy.edges('.layout-link').remove();
    if (large) return;
    cy.add(links.map(([a, b], i) => ({ group: 'edges', classes: 'layout-link', data: { id: `link:${i}:${a}:${b}`, source: a, target: b } })));
  }

  /** Replaces the elements; actors already on the map keep their place so the picture stays familiar. */
  function render({ nodes, edges }, links = []) {
    const previous = new Map(cy.nodes().map((n) => [n.id(), { ...n.position() }]));
    const wasLarge = large;
    large = nodes.length > PRESET_LAYOUT_THRESHOLD;
    if (large !== wasLarge) cy.style(mapStyle({ large }));

    const usePreset = large && scaleServerPositions(nodes);
    const spread = 40 * Math.sqrt(nodes.length + 1);
    const neighbours = new Map();
    for (const e of edges) {
      if (!neighbours.has(e.data.source)) neighbours.set(e.data.source, e.data.target);
      if (!neighbours.has(e.data.target)) neighbours.set(e.data.target, e.data.source);
    }
    let added = 0;
    for (const n of nodes) {
      if (usePreset) continue;
      const known = previous.get(n.data.id);
      if (known) n.position = known;
      else {
        added++;
        // A new actor starts next to an actor it is linked to, so the layout only has to nudge it.
        const anchor = previous.get(neighbours.get(n.data.id));
        const jitter = seedPosition(n.data.id, 60);
        n.position = anchor ? { x: anchor.x + jitter.x, y: anchor.y + jitter.y } : seedPosition(n.data.id, spread);
      }
    }

    cy.batch(() => {
      // Only what changed is touched: on thousands of elements, a full rebuild costs a visible pause.
      const incoming = [...nodes.map(({ serverPosition, ...n }) => n), ...edges];
      const wanted = new Set(incoming.map((e) => e.data.id));
      cy.elements().not('.layout-link').filter((e) => !wanted.has(e.id())).remove();
      const fresh = [];
      for (const element of incoming) {
        const existing = cy.getElementById(element.data.id);
        if (existing.empty()) fresh.push(element);
        else {
          if (!sameData(existing.data(), element.data)) existing.data(element.data);
          if (usePreset && element.position) existing.position(element.position);
        }
      }
      cy.add(fresh);
      replaceLinks(links);
    });
    if (usePreset) cy.fit(undefined, 30);
    else if (added > 0) cy.layout(coseLayout(nodes.length)).run();
    return { layout: usePreset ? 'preset' : added > 0 ? 'cose' : 'kept' };
  }

  function clearHighlight() {
    cy.elements().removeClass('faded focus neighbour compare selected-edge');
  }

  function fadeAllBut(keep) {
    cy.elements().not(keep).addClass('faded');
  }

  return {
    cy,
    render,
    /** Whether the map holds more actors than a browser layout handles well. */
    get large() {
      return large;
    },
    setBlocs: (blocs) => hulls.setBlocs(blocs),
    /** New bloc links (pairs of actor ids) and a layout that respects them. */
    relayout(links) {
      cy.batch(() => replaceLinks(links));
      if (!large && cy.nodes().nonempty()) cy.layout(coseLayout(cy.nodes().length)).run();
    },
    hullColor: (index) => hulls.colorOf(index),
    has: (id) => cy.getElementById(id).nonempty(),
    highlight({ focus, edge, compare }) {
      cy.batch(() => {
        clearHighlight();
        const keep = cy.collection();
        if (focus && cy.getElementById(focus).nonempty()) {
          const node = cy.getElementById(focus);
          node.addClass('focus');
          egoOf(node).addClass('neighbour');
          keep.merge(egoOf(node));
        }
        for (const id of compare ?? []) {
          const node = cy.getElementById(id);
          if (node.empty()) continue;
          node.addClass('compare');
          keep.merge(node);
        }
        if (compare?.length === 2) keep.merge(cy.getElementById(compare[0]).edgesWith(cy.getElementById(compare[1])).not('.layout-link'));
        const selected = edge ? real().filter((e) => e.data('pair') === edge) : cy.collection();
        if (selected.nonempty()) {
          selected.addClass('selected-edge');
          keep.merge(selected).merge(selected.connectedNodes());
        }
        if (keep.nonempty()) fadeAllBut(keep);
        hulls.setDimmed(keep.nonempty());
      });
    },
    /** Pans and zooms to an actor and its neighbours. */
    zoomTo(id) {
      const node = cy.getElementById(id);
      if (node.empty()) return Promise.resolve();
      return new Promise((resolve) => {
        cy.stop();
        // Animated zooms redraw every element each frame; big maps jump instead.
        cy.animate({ fit: { eles: egoOf(node), padding: 70 }, duration: large ? 0 : 250, complete: resolve });
      });
    },
    fit: () => cy.fit(undefined, 30),
    counts: () => ({ nodes: cy.nodes().length, edges: real().length }),
    /** The current elements as plain data, for the table and the exports. */
    snapshot: () => ({
      nodes: cy.nodes().map((n) => ({ ...n.data(), position: { ...n.position() } })),
      edges: real().map((e) => ({ ...e.data() })),
    }),
    /** Viewport PNG with the hulls underneath (cy.png alone would drop them). */
    async png(background) {
      const blob = await cy.png({ output: 'blob-promise', full: false, scale: 2, bg: 'rgba(0,0,0,0)' });
      const image = await createImageBitmap(blob);
      const canvas = document.createElement('canvas');
      canvas.width = image.width;
      canvas.height = image.height;
      const ctx = canvas.getContext('2d');
      ctx.fillStyle = background;
      ctx.fillRect(0, 0, canvas.width, canvas.height);
      ctx.drawImage(hulls.canvas, 0, 0, canvas.width, canvas.height);
      ctx.drawImage(image, 0, 0);
      return new Promise((resolve) => canvas.toBlob(resolve, 'image/png'));
    },
    /** Screen coordinates (relative to the map container) of an actor or an edge's midpoint. */
    renderedPositionOf(id) {
      const node = cy.getElementById(id);
      if (node.nonempty() && node.isNode()) return { ...node.renderedPosition() };
      const edge = real().filter((e) => e.data('pair') === id);
      return edge.nonempty() ? { ...edge.renderedMidpoint() } : null;
    },
  };
}
