// The alliance map: Cytoscape on a canvas, with bloc hulls behind it. Knows how to draw and highlight;
// what a click means is decided by the caller.
import cytoscape from '/vendor/cytoscape.esm.min.mjs';
import { createPicker } from './picker.js';
import { createEdgeLayer } from './edgeLayer.js';
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

/** An element's id and ends are fixed once it is on the map (Cytoscape ignores new values for them), so
 * only the rest of its data is compared and updated. */
const FIXED = new Set(['id', 'source', 'target']);
const sameData = (a, b) => Object.keys(b).every((k) => FIXED.has(k) || a[k] === b[k]);

const MARKS = ['focus', 'neighbour', 'compare', 'selected-edge'];

/** Elements a filter leaves out are hidden (a `display: none` bypass), not removed: a filter change only
 * flips their visibility, and only on the elements whose visibility changes. Big maps draw their edges
 * themselves (edgeLayer.js), so there a hidden edge is only left out of that drawing. On the 2,000-actor map,
 * bringing 1,300–2,000 edges back this way took ~50 ms less than restoring removed ones (Cytoscape
 * re-adds, re-announces and restyles each), while hiding them took 10–20 ms more than removing them.
 * Past this many hidden elements (and more hidden than shown) they are removed for good. */
const MAX_GONE = 8000;

/** The first of each id: Cytoscape refuses a second element with an id it already holds. */
function firstOfEachId(elements) {
  const wanted = new Map();
  for (const element of elements) if (!wanted.has(element.data.id)) wanted.set(element.data.id, element);
  return wanted;
}

/** The dimmed map's opacity while something is selected; styles.css `.map.dimmed` says the same. */
const DIMMED_OPACITY = 0.18;

/** Cytoscape's options for big graphs (hideEdgesOnViewport, textureOnViewport, pixelRatio) are read when
 * the map is created, before we know its size; the renderer keeps them as plain fields, so they are set
 * there whenever the map crosses the threshold. */
function tuneRenderer(cy, large) {
  const renderer = cy.renderer();
  if (!renderer) return;
  // While panning and zooming: the last frame scaled as a texture instead of redrawn (the edge layer
  // does the same with its own frame).
  renderer.textureOnViewport = large;
  // One canvas pixel per CSS pixel: on a HiDPI screen this quarters the pixels drawn per frame.
  renderer.forcedPixelRatio = large ? 1 : null;
  cy.resize();
}

export function createMap({ container, focusContainer, hullCanvas, onNodeTap, onEdgeTap, onBackgroundTap }) {
  let large = false;
  const cy = cytoscape({
    container,
    style: mapStyle({ large }),
    minZoom: 0.05,
    maxZoom: 4,
    boxSelectionEnabled: false,
    selectionType: 'single',
    autounselectify: true,
    motionBlur: false,
  });
  // The highlight: the map itself is never restyled. Its container is dimmed with one CSS class, and the
  // selection (an ego network, an edge, two actors) is copied onto a second, transparent Cytoscape layered
  // above it, which follows the map's viewport and never takes input. A click restyles a dozen elements,
  // not thousands.
  const focusLayer = cytoscape({
    container: focusContainer,
    style: mapStyle({ large, overlay: true }),
    minZoom: 0.05,
    maxZoom: 4,
    boxSelectionEnabled: false,
    userZoomingEnabled: false,
    userPanningEnabled: false,
    autoungrabify: true,
    autounselectify: true,
    motionBlur: false,
  });
  const syncViewport = () => {
    if (focusLayer.elements().nonempty()) focusLayer.viewport({ zoom: cy.zoom(), pan: cy.pan() });
  };
  cy.on('viewport', syncViewport);
  cy.on('resize', () => {
    focusLayer.resize();
    syncViewport();
  });
  // Dragged actors (small maps) and layouts move the copies with the originals.
  cy.on('position', 'node', (evt) => {
    const twin = focusLayer.getElementById(evt.target.id());
    if (twin.nonempty()) twin.position({ ...evt.target.position() });
  });
  const hulls = createHullLayer(hullCanvas, cy);
  const edgeLayer = createEdgeLayer(container, cy);

  cy.on('tap', 'node', (evt) => onNodeTap(evt.target.id(), { shift: Boolean(evt.originalEvent?.shiftKey) }));
  cy.on('tap', 'edge', (evt) => onEdgeTap(evt.target.data('pair')));
  cy.on('tap', (evt) => {
    if (evt.target !== cy) return;
    // Big maps: actors and edges are not interactive (see mapStyle), so a click on empty canvas may still
    // mean one of them; actors are drawn over edges, so they are looked for first.
    const node = large ? picker.pickNode(evt.position) : null;
    const edge = large && !node ? picker.pickEdge(evt.position) : null;
    if (node) onNodeTap(node.id(), { shift: Boolean(evt.originalEvent?.shiftKey) });
    else if (edge) onEdgeTap(edge.data('pair'));
    else onBackgroundTap();
  });

  /** Ids of the elements hidden because the current filters leave them out. */
  const gone = new Set();
  const onMap = (ele) => !gone.has(ele.id());
  /** An element on the map now (not hidden by the filters), or an empty collection. */
  const shown = (ele) => (ele.nonempty() && onMap(ele) ? ele : cy.collection());
  /** The invisible bloc links of the last render (small maps only), and their pairs as JSON. */
  let links = cy.collection();
  let shownLinks = '';
  const real = () => cy.edges().filter((e) => onMap(e) && !e.hasClass('layout-link'));
  const picker = createPicker(cy, real);
  const edgeOf = (pair) => shown(cy.getElementById(`e:${pair}`));
  /** What the map shows as highlighted: the focused actor ('' for none). */
  let highlighted = '';
  /** An actor with its real relations and counterparts (not its invisible bloc links). */
  const egoOf = (node) => {
    const edges = node.connectedEdges().filter((e) => onMap(e) && !e.hasClass('layout-link'));
    return node.union(edges).union(edges.connectedNodes());
  };
  let dimmed = false;
  /** Actors and edges on the map after the last render (counting a collection on a big map takes a while). */
  let shownCounts = { nodes: 0, edges: 0 };
  function setDimmed(value) {
    if (value === dimmed) return;
    dimmed = value;
    container.classList.toggle('dimmed', value);
    focusContainer.classList.toggle('active', value);
    hulls.setDimmed(value);
  }
  /** Copies the selected elements onto the focus layer, each with its highlight classes. */
  function drawFocus(keep, classesOf) {
    const copies = [];
    keep.nodes().forEach((n) => copies.push({ group: 'nodes', data: { ...n.data() }, position: { ...n.position() }, classes: classesOf(n) }));
    keep.edges().forEach((e) => copies.push({ group: 'edges', data: { ...e.data() }, classes: classesOf(e) }));
    focusLayer.batch(() => {
      focusLayer.elements().remove();
      focusLayer.add(copies);
    });
    if (copies.length) focusLayer.viewport({ zoom: cy.zoom(), pan: cy.pan() });
  }

  const linksKeyOf = (pairs) => (large ? '' : JSON.stringify(pairs));
  function replaceLinks(pairs) {
    shownLinks = linksKeyOf(pairs);
    links.remove();
    links = large ? cy.collection() : cy.add(pairs.map(([a, b], i) => ({ group: 'edges', classes: 'layout-link', data: { id: `link:${i}:${a}:${b}`, source: a, target: b } })));
  }

  /** Big maps get another stylesheet and renderer settings (see mapStyle and tuneRenderer). */
  function setLarge(value) {
    if (value === large) return;
    large = value;
    // The stylesheet hides every edge of a big map, and a bypass would override it; a small map hides
    // the edges the filters leave out with a bypass again.
    cy.batch(() => {
      if (large) cy.edges().removeStyle('display');
      else cy.edges().filter((e) => !onMap(e)).style('display', 'none');
    });
    if (!large) edgeLayer.clear();
    cy.style(mapStyle({ large }));
    focusLayer.style(mapStyle({ large, overlay: true }));
    tuneRenderer(cy, large);
  }

  /** Gives each actor its `position`. Actors that were on the map (or hidden by a filter) keep their
   * place, so a filter change moves nothing and the picture stays familiar; a new actor starts next to
   * an actor it is linked to, else where the server's layout (big maps) or a stable seed puts it. A
   * mostly new big map takes the server's layout whole (`serverLayout`). Hidden actors count as new. */
  function place(nodes, edges) {
    const preset = large && scaleServerPositions(nodes);
    const added = nodes.filter((n) => shown(cy.getElementById(n.data.id)).empty()).length;
    const lastPlace = (id) => (id === undefined ? undefined : cy.getElementById(id)[0]?.position());
    if (preset && added > nodes.length / 2) return { added, preset, serverLayout: true };
    const neighbours = new Map();
    for (const e of edges) {
      if (!neighbours.has(e.data.source)) neighbours.set(e.data.source, e.data.target);
      if (!neighbours.has(e.data.target)) neighbours.set(e.data.target, e.data.source);
    }
    const spread = 40 * Math.sqrt(nodes.length + 1);
    for (const n of nodes) {
      const known = lastPlace(n.data.id);
      const anchor = known ? null : lastPlace(neighbours.get(n.data.id));
      const jitter = anchor ? seedPosition(n.data.id, 60) : null;
      if (known) n.position = { ...known };
      else if (anchor) n.position = { x: anchor.x + jitter.x, y: anchor.y + jitter.y };
      else if (!preset) n.position = seedPosition(n.data.id, spread);
    }
    return { added, preset, serverLayout: false };
  }

  /** What differs between the map and the `wanted` elements (id → element); changes nothing. */
  function diff(wanted, serverLayout) {
    const hide = cy.elements().filter((ele) => !wanted.has(ele.id()) && onMap(ele) && !ele.hasClass('layout-link'));
    // reveal: hidden elements wanted again; nodes, edges: new ones to add; changes: data or place to update.
    const plan = { hide, reveal: [], nodes: [], edges: [], changes: [] };
    for (const [id, element] of wanted) {
      const ele = cy.getElementById(id);
      if (ele.empty()) {
        plan[element.group].push(element);
        continue;
      }
      if (gone.has(id)) plan.reveal.push(ele);
      const moved = serverLayout && element.position && (ele.position('x') !== element.position.x || ele.position('y') !== element.position.y);
      const edited = !sameData(ele.data(), element.data);
      if (moved || edited) plan.changes.push({ ele, element, moved, edited });
    }
    plan.empty = plan.hide.empty() && !plan.reveal.length && !plan.nodes.length && !plan.edges.length && !plan.changes.length;
    return plan;
  }

  /** The elements whose visibility is Cytoscape's to change: not the edges of a big map. */
  const restyled = (eles) => (large ? eles.nodes() : eles);
  /** Whether a diff leaves Cytoscape's elements as they are: only edges of a big map hidden or shown. */
  const onlyDrawnEdges = (plan) => large && plan.hide.nodes().empty() && !plan.reveal.some((e) => e.isNode()) && !plan.nodes.length && !plan.edges.length && !plan.changes.length;

  /** Carries out a diff: every touched element is restyled and bounded again, so only what differs is
   * touched (on thousands of elements a rebuild costs a visible pause). */
  function apply(plan) {
    for (const ele of plan.reveal) gone.delete(ele.id());
    for (const ele of plan.hide) gone.add(ele.id());
    if (gone.size > Math.max(MAX_GONE, cy.elements().length - gone.size)) {
      cy.collection([...gone].map((id) => cy.getElementById(id)).filter((e) => e.nonempty())).remove();
      gone.clear();
    } else restyled(plan.hide).style('display', 'none');
    restyled(cy.collection(plan.reveal)).style('display', 'element');
    // Actors first: an edge needs both of its ends on the map. Cytoscape keeps (and later changes) the
    // data and position objects it is given, so it gets copies: answers kept for previews stay as loaded.
    cy.add(plan.nodes.map(({ serverPosition, data, position, ...n }) => ({ ...n, data: { ...data }, position: { ...position } })));
    cy.add(plan.edges.map((e) => ({ ...e, data: { ...e.data } })));
    for (const { ele, element, moved, edited } of plan.changes) {
      if (edited) ele.data(element.data);
      // Moving an actor recomputes its edges and bounds: only actors whose place changed are moved.
      if (moved) ele.position(element.position);
    }
  }

  /** Shows exactly these elements (see place, diff and apply). Returns the layout used and whether the
   * map changed at all. */
  function render({ nodes, edges }, linkPairs = []) {
    setLarge(nodes.length > PRESET_LAYOUT_THRESHOLD);
    const { added, preset, serverLayout } = place(nodes, edges);
    const wanted = firstOfEachId([...nodes, ...edges]);
    const nodeCount = firstOfEachId(nodes).size;
    const plan = diff(wanted, serverLayout);
    const linksChanged = linksKeyOf(linkPairs) !== shownLinks;
    const changed = !plan.empty || linksChanged;
    // Only when Cytoscape's elements differ: it redraws the whole map at the end of any batch, even an
    // empty one, and the server's answer after a preview usually changes nothing. A filter change on a
    // big map often only hides or shows edges, which the edge layer alone draws.
    if (changed && !linksChanged && onlyDrawnEdges(plan)) apply(plan);
    else if (changed) {
      cy.batch(() => {
        apply(plan);
        replaceLinks(linkPairs);
      });
      // The next frame would bound each hidden or shown element on its own; asked for all at once,
      // Cytoscape pays its per-call overhead once (2,000 actors, 1,300–2,000 edges flipped: ~25 ms
      // less per filter change). New elements are left to the frame: on a first draw of 2,000 actors,
      // bounding them all here took ~400 ms, far more than the frame spends on them.
      restyled(plan.hide.union(plan.reveal)).filter((e) => e.inside()).boundingBox();
    }
    shownCounts = { nodes: nodeCount, edges: wanted.size - nodeCount };
    if (large && changed) {
      edgeLayer.setEdges(real());
      picker.invalidate();
      picker.warm();
    }
    // A changed filter keeps the analyst's viewport; only a mostly new map is fitted to the screen.
    if (serverLayout) cy.fit(cy.elements().filter(onMap), 30);
    else if (!preset && added > 0) cy.layout({ ...coseLayout(nodes.length), eles: cy.elements().filter(onMap) }).run();
    return { layout: preset ? 'preset' : added > 0 ? 'cose' : 'kept', changed };
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
      const eles = cy.elements().filter(onMap);
      if (!large && eles.nodes().nonempty()) cy.layout({ ...coseLayout(eles.nodes().length), eles }).run();
    },
    hullColor: (index) => hulls.colorOf(index),
    has: (id) => shown(cy.getElementById(id)).nonempty(),
    /** Marks the selection and dims the rest. The map's own elements are left alone: the selection is
     * drawn again on the focus layer above the dimmed map, so a click costs the size of the selection. */
    highlight({ focus, edge, compare }) {
      const marks = Object.fromEntries(MARKS.map((name) => [name, cy.collection()]));
      const focusNode = focus ? shown(cy.getElementById(focus)) : cy.collection();
      if (focusNode.nonempty()) {
        marks.focus.merge(focusNode);
        marks.neighbour.merge(egoOf(focusNode));
      }
      for (const id of compare ?? []) marks.compare.merge(shown(cy.getElementById(id)));
      if (compare?.length === 2) marks.compare.merge(marks.compare.nodes().edgesWith(marks.compare.nodes()).filter((e) => onMap(e) && !e.hasClass('layout-link')));
      if (edge) marks['selected-edge'].merge(edgeOf(edge));
      const keep = marks.neighbour.union(marks.compare).union(marks['selected-edge']).union(marks['selected-edge'].connectedNodes());
      drawFocus(keep, (ele) => MARKS.filter((name) => marks[name].has(ele)).join(' '));
      setDimmed(keep.nonempty());
      highlighted = focusNode.nonempty() ? focus : '';
    },
    get highlighted() {
      return highlighted;
    },
    /** Pans and zooms to an actor and its neighbours. */
    zoomTo(id) {
      const node = shown(cy.getElementById(id));
      if (node.empty()) return Promise.resolve();
      return new Promise((resolve) => {
        cy.stop();
        // Animated zooms redraw every element each frame; big maps jump instead.
        cy.animate({ fit: { eles: egoOf(node), padding: 70 }, duration: large ? 0 : 250, complete: resolve });
      });
    },
    fit: () => cy.fit(cy.elements().filter(onMap), 30),
    counts: () => ({ ...shownCounts }),
    /** The current elements as plain data, for the table and the exports. */
    snapshot: () => ({
      nodes: cy.nodes().filter(onMap).map((n) => ({ ...n.data(), position: { ...n.position() } })),
      edges: real().map((e) => ({ ...e.data() })),
    }),
    /** Viewport PNG with the hulls underneath (cy.png alone would drop them). */
    async png(background) {
      const options = { output: 'blob-promise', full: false, scale: 2, bg: 'rgba(0,0,0,0)' };
      const image = await createImageBitmap(await cy.png(options));
      const focusImage = dimmed ? await createImageBitmap(await focusLayer.png(options)) : null;
      const canvas = document.createElement('canvas');
      canvas.width = image.width;
      canvas.height = image.height;
      const ctx = canvas.getContext('2d');
      ctx.fillStyle = background;
      ctx.fillRect(0, 0, canvas.width, canvas.height);
      ctx.drawImage(hulls.canvas, 0, 0, canvas.width, canvas.height);
      // As on screen: the map dimmed under the selection; a big map's edges under its actors.
      if (large) edgeLayer.drawTo(ctx, canvas.width / container.clientWidth, focusImage ? DIMMED_OPACITY : 1);
      if (focusImage) ctx.globalAlpha = DIMMED_OPACITY;
      ctx.drawImage(image, 0, 0);
      ctx.globalAlpha = 1;
      if (focusImage) ctx.drawImage(focusImage, 0, 0);
      return new Promise((resolve) => canvas.toBlob(resolve, 'image/png'));
    },
    /** Screen coordinates (relative to the map container) where an actor or an edge can be clicked: an
     * actor's centre; an edge's midpoint, or, when an actor is drawn over that, the point along a straight
     * edge farthest from every actor. */
    renderedPositionOf(id) {
      const node = shown(cy.getElementById(id));
      if (node.nonempty() && node.isNode()) return { ...node.renderedPosition() };
      const edge = edgeOf(id);
      if (edge.empty()) return null;
      const nodes = cy.nodes().filter(onMap);
      const clearance = (p) => Math.min(...nodes.map((n) => {
        const at = n.position();
        return Math.hypot(p.x - at.x, p.y - at.y) - n.data('size') / 2;
      }));
      const slack = 6 / cy.zoom();
      // Big maps draw straight edges between actors' centres themselves; Cytoscape has no geometry for them.
      const straight = large || (!edge.controlPoints()?.length && !edge.segmentPoints()?.length);
      const a = large ? edge.source().position() : edge.sourceEndpoint();
      const b = large ? edge.target().position() : edge.targetEndpoint();
      const mid = large ? { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 } : edge.midpoint();
      let best = { point: mid, clear: clearance(mid) };
      if (best.clear < slack && straight) {
        for (let t = 0.15; t <= 0.85; t += 0.05) {
          const point = { x: a.x + t * (b.x - a.x), y: a.y + t * (b.y - a.y) };
          const clear = clearance(point);
          if (clear > best.clear) best = { point, clear };
        }
      }
      const zoom = cy.zoom();
      const pan = cy.pan();
      return { x: best.point.x * zoom + pan.x, y: best.point.y * zoom + pan.y };
    },
  };
}
