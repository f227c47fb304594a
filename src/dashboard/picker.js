// @ts-check
// Finds what a click hits on big maps. Cytoscape tests every interactive element on every pointer event,
// and pressing an actor makes it redraw the whole map; with thousands of elements either costs more than
// a frame. There actors and edges are not interactive, and clicks on the (then empty) canvas are
// answered here: actors by their disc, edges from a grid of edge segments built once per change of the map.
// Edges are straight lines between actors' centres there, as the edge layer draws them (edgeLayer.js).

/** Grid cell size in model units; a click looks at its own cell and the eight around it. */
const CELL = 80;

const key = (cx, cy) => `${cx},${cy}`;

function distanceToSegment(p, a, b) {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const lengthSq = dx * dx + dy * dy;
  const t = lengthSq ? Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / lengthSq)) : 0;
  return Math.hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy));
}

/** `shownEdges()`: the edges on the map now (the filters hide the others without telling Cytoscape). */
export function createPicker(cy, shownEdges) {
  let grid = null;
  cy.on('add remove position', () => (grid = null));

  function build() {
    grid = new Map();
    for (const edge of shownEdges()) {
      const a = edge.source().position();
      const b = edge.target().position();
      // Sample the segment every half cell: every cell it crosses is then within one cell of a sample.
      const steps = Math.max(1, Math.ceil(Math.hypot(b.x - a.x, b.y - a.y) / (CELL / 2)));
      const cells = new Set();
      for (let i = 0; i <= steps; i++) {
        const t = i / steps;
        cells.add(key(Math.floor((a.x + t * (b.x - a.x)) / CELL), Math.floor((a.y + t * (b.y - a.y)) / CELL)));
      }
      for (const cell of cells) {
        if (!grid.has(cell)) grid.set(cell, []);
        grid.get(cell).push(edge);
      }
    }
  }

  return {
    /** The edges on the map changed. */
    invalidate() {
      grid = null;
    },
    /** Builds the edge grid ahead of the first click, once the browser is idle. */
    warm() {
      const idle = window.requestIdleCallback ?? ((fn) => setTimeout(fn, 200));
      idle(() => grid || build(), { timeout: 2000 });
    },
    /** The visible actor under a model position, the one drawn on top where several overlap, or null. */
    pickNode(position) {
      // Cytoscape draws later elements over earlier ones (no z-index on big maps).
      const nodes = cy.nodes();
      const slack = 2 / cy.zoom();
      for (let i = nodes.length - 1; i >= 0; i--) {
        const node = nodes[i];
        const at = node.position();
        const r = node.data('size') / 2 + slack;
        const dx = position.x - at.x;
        const dy = position.y - at.y;
        if (dx * dx + dy * dy <= r * r && node.visible()) return node;
      }
      return null;
    },
    /** The visible edge within a few screen pixels of a model position, nearest first, or null. */
    pickEdge(position) {
      if (!grid) build();
      const zoom = cy.zoom();
      const cx = Math.floor(position.x / CELL);
      const cy0 = Math.floor(position.y / CELL);
      let best = null;
      let bestDistance = Infinity;
      const seen = new Set();
      for (let i = -1; i <= 1; i++) {
        for (let j = -1; j <= 1; j++) {
          for (const edge of grid.get(key(cx + i, cy0 + j)) ?? []) {
            if (seen.has(edge) || edge.removed()) continue;
            seen.add(edge);
            // Cytoscape's own tolerance: 8 screen pixels beyond the line's half width (model units).
            const reach = Math.min(CELL, edge.data('width') / 2 + 8 / zoom);
            const distance = distanceToSegment(position, edge.source().position(), edge.target().position());
            if (distance <= reach && distance < bestDistance) {
              best = edge;
              bestDistance = distance;
            }
          }
        }
      }
      return best;
    },
  };
}
