// @ts-check
// The edges of big maps, drawn on a canvas of their own under Cytoscape's actors. Cytoscape draws,
// styles and bounds every edge one by one; on a map with thousands of edges a change of the minimum
// evidence cost it 150–250 ms (restyling the edges shown or hidden, bounding them again, a stroke call
// per edge). Here edges are grouped by look (colour, dash, width), so the canvas state is set once per look
// (one path per look painted slower than a stroke per edge), and a filter change touches no Cytoscape
// element at all: the map's actors are not redrawn.
import { EDGE_OPACITY, edgeLook } from './mapStyle.js';

/** How long after the last viewport event a redraw waits, should Cytoscape not report the end itself. */
const SETTLE_MS = 250;

/** Cytoscape's own flags for a pan or zoom by the user still going on (as its hideEdgesOnViewport uses). */
function manipulating(cy) {
  const r = cy.renderer();
  return Boolean(r && (r.data?.wheelZooming || r.hoverData?.dragging || r.swipePanning || r.pinching));
}

/** Edges grouped by look, thinnest first, so the strongest relations are drawn on top. */
function groupByLook(edges) {
  const groups = new Map();
  for (const edge of edges) {
    const look = edgeLook(edge.data());
    const key = `${look.width}|${look.color}|${look.dash.join(',')}`;
    if (!groups.has(key)) groups.set(key, { ...look, ends: [] });
    groups.get(key).ends.push(edge.source(), edge.target());
  }
  return [...groups.values()].sort((a, b) => a.width - b.width);
}

/** Strokes every group onto `ctx`, already set to screen pixels × `ratio`, for this viewport; edges
 * wholly outside the viewport are skipped. */
function paint(ctx, groups, { zoom, pan, width, height, ratio, alpha }) {
  ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
  ctx.translate(pan.x, pan.y);
  ctx.scale(zoom, zoom);
  const x1 = -pan.x / zoom;
  const y1 = -pan.y / zoom;
  const x2 = x1 + width / zoom;
  const y2 = y1 + height / zoom;
  ctx.globalAlpha = alpha;
  ctx.lineCap = 'butt';
  // Zoomed out, dashes keep at least their screen length: scaled with the map they shrink to a pixel or
  // two, where verbal and material look alike, and each dash costs the software rasteriser as much as a
  // line (dashed edges took twice as long to paint as solid ones).
  const dashScale = Math.max(1, 1 / zoom);
  for (const group of groups) {
    ctx.strokeStyle = group.color;
    ctx.lineWidth = group.width;
    ctx.setLineDash(group.dash.map((d) => d * dashScale));
    for (let i = 0; i < group.ends.length; i += 2) {
      const a = group.ends[i].position();
      const b = group.ends[i + 1].position();
      if ((a.x < x1 && b.x < x1) || (a.x > x2 && b.x > x2) || (a.y < y1 && b.y < y1) || (a.y > y2 && b.y > y2)) continue;
      ctx.beginPath();
      ctx.moveTo(a.x, a.y);
      ctx.lineTo(b.x, b.y);
      ctx.stroke();
    }
  }
  ctx.globalAlpha = 1;
  ctx.setLineDash([]);
}

export function createEdgeLayer(container, cy) {
  const canvas = document.createElement('canvas');
  canvas.className = 'edge-layer';
  canvas.setAttribute('aria-hidden', 'true');
  // Before Cytoscape's own canvases, so actors are drawn over the edges; inside the map's container, so
  // the map's dimming applies to both.
  container.prepend(canvas);
  const ctx = /** @type {CanvasRenderingContext2D} */ (canvas.getContext('2d'));
  let groups = [];
  /** The viewport of the last drawn frame; between frames a pan or zoom only moves the picture (CSS). */
  let drawn = null;
  let frame = 0;
  let settle = 0;

  function draw() {
    frame = 0;
    const width = canvas.clientWidth;
    const height = canvas.clientHeight;
    if (canvas.width !== width || canvas.height !== height) {
      canvas.width = width;
      canvas.height = height;
    }
    canvas.style.transform = '';
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, width, height);
    drawn = { zoom: cy.zoom(), pan: { ...cy.pan() } };
    if (groups.length) paint(ctx, groups, { ...drawn, width, height, ratio: 1, alpha: EDGE_OPACITY });
  }

  const schedule = () => {
    if (!frame) frame = requestAnimationFrame(draw);
  };

  /** While the analyst pans or zooms, the last frame is moved and scaled like Cytoscape's own texture
   * (drawing thousands of edges every frame would make zooming stutter); it is drawn anew at the end. */
  function follow() {
    clearTimeout(settle);
    if (!drawn || !manipulating(cy)) return schedule();
    const scale = cy.zoom() / drawn.zoom;
    const pan = cy.pan();
    canvas.style.transform = `translate(${pan.x - drawn.pan.x * scale}px, ${pan.y - drawn.pan.y * scale}px) scale(${scale})`;
    settle = setTimeout(follow, SETTLE_MS);
  }

  cy.on('viewport', follow);
  cy.on('resize', schedule);
  cy.on('position', 'node', schedule);
  // Cytoscape draws once more when a pan or zoom ends; the edges follow.
  cy.on('render', () => {
    if (drawn && !manipulating(cy) && (drawn.zoom !== cy.zoom() || drawn.pan.x !== cy.pan().x || drawn.pan.y !== cy.pan().y)) schedule();
  });

  return {
    /** The edges to draw (Cytoscape edges, whose own style hides them); drawn in the next frame. */
    setEdges(edges) {
      groups = groupByLook(edges);
      schedule();
    },
    clear() {
      groups = [];
      schedule();
    },
    /** Draws the edges onto an export canvas whose pixels are `ratio` × the map's screen pixels. */
    drawTo(target, ratio, alpha = 1) {
      if (!groups.length) return;
      target.save();
      paint(target, groups, { zoom: cy.zoom(), pan: cy.pan(), width: canvas.clientWidth, height: canvas.clientHeight, ratio, alpha: alpha * EDGE_OPACITY });
      target.restore();
    },
  };
}
