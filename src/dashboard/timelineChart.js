// @ts-check
// A small diverging bar chart of relations over time: cooperation stacks up, conflict down, with the net
// cooperation/conflict score as a line. Hand-drawn SVG; every label is a text node.
import { svg } from './dom.js';
import { CLASS_COLORS, relationClass } from './palette.js';

const UP = ['material-cooperation', 'verbal-cooperation', 'other'];
const DOWN = ['material-conflict', 'verbal-conflict'];

/** Monthly buckets from first to last, gaps filled with empty months so the x axis is true time. */
export function fillMonths(buckets) {
  if (!buckets.length) return [];
  const byMonth = new Map(buckets.map((b) => [b.start.slice(0, 7), b]));
  const months = [...byMonth.keys()].sort();
  const out = [];
  let [y, m] = months[0].split('-').map(Number);
  const [ly, lm] = months.at(-1).split('-').map(Number);
  while (y < ly || (y === ly && m <= lm)) {
    const key = `${y}-${String(m).padStart(2, '0')}`;
    out.push(byMonth.get(key) ?? { start: `${key}-01`, counts: [], score: 0, total: 0 });
    m++;
    if (m > 12) { m = 1; y++; }
    if (out.length > 600) break;
  }
  return out;
}

/** Merges months into years when a long span would make the bars too thin to see. */
function coarsen(buckets) {
  if (buckets.length <= 48) return { buckets, unit: 'month' };
  const years = new Map();
  for (const b of buckets) {
    const key = b.start.slice(0, 4);
    const year = years.get(key) ?? { start: `${key}-01-01`, counts: new Map(), score: 0, total: 0 };
    for (const c of b.counts) year.counts.set(c.type, (year.counts.get(c.type) ?? 0) + c.count);
    year.score += b.score;
    year.total += b.total;
    years.set(key, year);
  }
  return { buckets: [...years.values()].map((y) => ({ ...y, counts: [...y.counts].map(([type, count]) => ({ type, count })) })), unit: 'year' };
}

export function timelineChart(rawBuckets, weights, { title = 'Relations over time', height = 130 } = {}) {
  const { buckets, unit } = coarsen(fillMonths([...rawBuckets].sort((a, b) => a.start.localeCompare(b.start))));
  const width = 320;
  const pad = { left: 26, right: 30, top: 10, bottom: 20 };
  const plotW = width - pad.left - pad.right;
  const plotH = height - pad.top - pad.bottom;
  const root = svg('svg', { viewBox: `0 0 ${width} ${height}`, class: 'timeline', role: 'img', 'aria-label': title });
  root.append(svg('title', {}, title));
  if (!buckets.length) {
    root.append(svg('text', { x: width / 2, y: height / 2, 'text-anchor': 'middle', class: 'chart-empty' }, 'No dated relations in this period'));
    return root;
  }

  const stacks = buckets.map((b) => {
    const byClass = Object.fromEntries([...UP, ...DOWN].map((k) => [k, 0]));
    for (const c of b.counts) {
      const w = weights.get(c.type);
      byClass[relationClass(w?.weight ?? 0, w?.mode)] += c.count;
    }
    return byClass;
  });
  const maxUp = Math.max(1, ...stacks.map((s) => UP.reduce((sum, k) => sum + s[k], 0)));
  const maxDown = Math.max(0, ...stacks.map((s) => DOWN.reduce((sum, k) => sum + s[k], 0)));
  const scale = plotH / (maxUp + maxDown);
  const zeroY = pad.top + maxUp * scale;
  const step = plotW / buckets.length;
  const barW = Math.max(1, Math.min(18, step * 0.8));

  root.append(svg('line', { x1: pad.left, x2: width - pad.right, y1: zeroY, y2: zeroY, class: 'axis' }));
  buckets.forEach((b, i) => {
    const x = pad.left + i * step + (step - barW) / 2;
    const group = svg('g', {});
    const detail = b.counts.filter((c) => c.count).map((c) => `${c.type.toLowerCase()} ${c.count}`).join(', ');
    group.append(svg('title', {}, `${unit === 'year' ? b.start.slice(0, 4) : b.start.slice(0, 7)}: ${b.total} claims${detail ? ` (${detail})` : ''}, net ${b.score.toFixed(1)}`));
    let y = zeroY;
    for (const k of UP) {
      const h = stacks[i][k] * scale;
      if (h > 0) group.append(svg('rect', { x, y: y - h, width: barW, height: h, fill: CLASS_COLORS[k] }));
      y -= h;
    }
    y = zeroY;
    for (const k of DOWN) {
      const h = stacks[i][k] * scale;
      if (h > 0) group.append(svg('rect', { x, y, width: barW, height: h, fill: CLASS_COLORS[k] }));
      y += h;
    }
    // An invisible full-height target so the tooltip works on thin or empty months too.
    group.append(svg('rect', { x: pad.left + i * step, y: pad.top, width: step, height: plotH, fill: 'transparent' }));
    root.append(group);
  });

  // The net score on its own scale (right axis), centred on the zero line.
  const maxScore = Math.max(1, ...buckets.map((b) => Math.abs(b.score)));
  const scoreScale = plotH / 2 / maxScore;
  const clampY = (y) => Math.max(pad.top, Math.min(pad.top + plotH, y));
  const points = buckets.map((b, i) => `${(pad.left + i * step + step / 2).toFixed(1)},${clampY(zeroY - b.score * scoreScale).toFixed(1)}`);
  root.append(svg('polyline', { points: points.join(' '), class: 'net-line' }));

  const label = (b) => (unit === 'year' ? b.start.slice(0, 4) : b.start.slice(0, 7));
  root.append(
    svg('text', { x: pad.left, y: height - 5, class: 'tick' }, label(buckets[0])),
    svg('text', { x: width - pad.right, y: height - 5, class: 'tick', 'text-anchor': 'end' }, label(buckets.at(-1))),
    svg('text', { x: pad.left - 4, y: pad.top + 8, class: 'tick', 'text-anchor': 'end' }, String(maxUp)),
    svg('text', { x: width - pad.right + 4, y: pad.top + 8, class: 'tick net' }, `+${maxScore.toFixed(0)}`),
  );
  if (maxDown) root.append(svg('text', { x: pad.left - 4, y: height - pad.bottom, class: 'tick', 'text-anchor': 'end' }, String(maxDown)));
  return root;
}
