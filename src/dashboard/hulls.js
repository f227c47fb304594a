// @ts-check
// Draws blocs as translucent hulls on a canvas behind the map. Hulls rather than compound nodes because
// formal memberships overlap (a state is in NATO and the EU at once); a compound node has one parent.
import { BLOC_COLORS } from './palette.js';

/** Andrew's monotone chain: the convex hull of points, counter-clockwise. */
export function convexHull(points) {
  const pts = [...points].sort((p, q) => p.x - q.x || p.y - q.y);
  if (pts.length < 3) return pts;
  const cross = (o, a, b) => (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x);
  const lower = [];
  for (const p of pts) {
    while (lower.length >= 2 && cross(lower.at(-2), lower.at(-1), p) <= 0) lower.pop();
    lower.push(p);
  }
  const upper = [];
  for (const p of pts.reverse()) {
    while (upper.length >= 2 && cross(upper.at(-2), upper.at(-1), p) <= 0) upper.pop();
    upper.push(p);
  }
  return [...lower.slice(0, -1), ...upper.slice(0, -1)];
}

/** Points on a circle around each node, so the hull clears the node with a margin and looks rounded. */
function ringPoints(nodes, pad) {
  const out = [];
  for (const node of nodes) {
    const { x, y } = node.renderedPosition();
    const r = node.renderedWidth() / 2 + pad;
    for (let k = 0; k < 10; k++) {
      const angle = (k / 10) * Math.PI * 2;
      out.push({ x: x + r * Math.cos(angle), y: y + r * Math.sin(angle) });
    }
  }
  return out;
}

export function createHullLayer(canvas, cy) {
  const ctx = /** @type {CanvasRenderingContext2D} */ (canvas.getContext('2d'));
  let blocs = [];
  let frame = 0;
  let dimmed = false;

  function resize() {
    const ratio = window.devicePixelRatio || 1;
    const { clientWidth: w, clientHeight: h } = canvas;
    if (canvas.width !== Math.round(w * ratio) || canvas.height !== Math.round(h * ratio)) {
      canvas.width = Math.round(w * ratio);
      canvas.height = Math.round(h * ratio);
    }
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
  }

  function draw() {
    frame = 0;
    resize();
    ctx.clearRect(0, 0, canvas.clientWidth, canvas.clientHeight);
    const pad = 10 * Math.min(1.5, Math.max(0.4, cy.zoom()));
    blocs.forEach((bloc, i) => {
      const members = bloc.members.filter((n) => n.inside() && n.visible());
      if (members.length < 2) return;
      const hull = convexHull(ringPoints(members, pad));
      const color = BLOC_COLORS[i % BLOC_COLORS.length];
      ctx.beginPath();
      hull.forEach((p, k) => (k ? ctx.lineTo(p.x, p.y) : ctx.moveTo(p.x, p.y)));
      ctx.closePath();
      ctx.globalAlpha = dimmed ? 0.035 : 0.09;
      ctx.fillStyle = color;
      ctx.fill();
      ctx.globalAlpha = dimmed ? 0.2 : 0.55;
      ctx.strokeStyle = color;
      ctx.lineWidth = 1.5;
      ctx.setLineDash([]);
      ctx.stroke();
      const top = hull.reduce((best, p) => (p.y < best.y ? p : best), hull[0]);
      ctx.globalAlpha = dimmed ? 0.3 : 0.9;
      ctx.fillStyle = color;
      ctx.font = '600 11px system-ui, sans-serif';
      ctx.textAlign = 'center';
      ctx.fillText(bloc.label, top.x, top.y - 4);
      ctx.globalAlpha = 1;
    });
  }

  const schedule = () => {
    if (!frame) frame = requestAnimationFrame(draw);
  };
  cy.on('render', schedule);
  window.addEventListener('resize', schedule);

  return {
    /** blocs: [{ label, memberIds }] in display order; colours follow the order. */
    setBlocs(list) {
      blocs = list.map((b) => ({ label: b.label, members: cy.collection(b.memberIds.map((id) => cy.getElementById(id)).filter((n) => n.nonempty()).map((n) => n[0])) }));
      schedule();
    },
    /** Hulls step back while the analyst looks at one actor or edge. */
    setDimmed(value) {
      dimmed = value;
      schedule();
    },
    colorOf: (index) => BLOC_COLORS[index % BLOC_COLORS.length],
    canvas,
  };
}
