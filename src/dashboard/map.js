// @ts-check
// The alliance map: Cytoscape on a canvas, with bloc hulls behind it. Applies the changes mapReconcile.js
// works out and draws the highlight; what a click means is decided by the caller.
import cytoscape from '/vendor/cytoscape.esm.min.mjs';
import { createPicker } from './picker.js';
import { createEdgeLayer } from './edgeLayer.js';
import { createHullLayer } from './hulls.js';
import { mapStyle } from './mapStyle.js';
import { reconcile } from './mapReconcile.js';

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

const MARKS = ['focus', 'neighbour', 'compare', 'selected-edge'];

/** Elements a filter leaves out are hidden (a `display: none` bypass), not removed: a filter change only
 * flips their visibility, and only on the elements whose visibility changes. Big maps draw their edges
 * themselves (edgeLayer.js), so there a hidden edge is only left out of that drawing. On the 2,000-actor map,
 * bringing 1,300–2,000 edges back this way took ~50 ms less than restoring removed ones (Cytoscape
 * re-adds, re-announces and restyles each), while hiding them took 10–20 ms more than removing them.
 * Past this many hidden elements (and more hidden than shown) they are removed for good. */
const MAX_GONE = 8000;

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

  /** What the map holds, as mapReconcile.js reads it. */
  /** @type {import('./mapReconcile.js').MapContents} */
  const contents = {
    get(id) {
      const ele = cy.getElementById(id);
      if (ele.empty()) return undefined;
      return { hidden: gone.has(id), data: ele.data(), position: ele.isNode() ? ele.position() : undefined };
    },
    shown: () => cy.elements().filter((ele) => onMap(ele) && !ele.hasClass('layout-link')).map((ele) => ({ id: ele.id(), group: ele.group() })),
  };

  /** The elements whose visibility is Cytoscape's to change: not the edges of a big map. */
  const restyled = (eles) => (large ? eles.nodes() : eles);
  /** @param {import('./mapReconcile.js').MapChange[]} changes */
  const onlyDrawnEdges = (changes) => large && changes.every((c) => (c.kind === 'hide' || c.kind === 'reveal') && c.group === 'edges');

  /**
   * Carries out the changes; every touched element is restyled and bounded again. Returns the elements
   * hidden and shown again.
   * @param {import('./mapReconcile.js').MapChange[]} changes
   */
  function apply(changes) {
    /** @type {(kind: 'hide' | 'reveal') => import('cytoscape').CollectionReturnValue} */
    const elementsFor = (kind) => cy.collection(/** @type {import('cytoscape').CollectionArgument} */ (/** @type {unknown} */ (changes.flatMap((c) => (c.kind === kind ? [cy.getElementById(c.id)] : [])))));
    const hide = elementsFor('hide');
    const reveal = elementsFor('reveal');
    for (const ele of reveal) gone.delete(ele.id());
    for (const ele of hide) gone.add(ele.id());
    if (gone.size > Math.max(MAX_GONE, cy.elements().length - gone.size)) {
      cy.collection(/** @type {import('cytoscape').CollectionArgument} */ (/** @type {unknown} */ ([...gone].map((id) => cy.getElementById(id)).filter((e) => e.nonempty())))).remove();
      gone.clear();
    } else restyled(hide).style('display', 'none');
    restyled(reveal).style('display', 'element');
    cy.add(changes.flatMap((c) => (c.kind === 'add' && c.group === 'nodes' ? [c.element] : [])));
    cy.add(changes.flatMap((c) => (c.kind === 'add' && c.group === 'edges' ? [c.element] : [])));
    for (const change of changes) {
      if (change.kind !== 'update') continue;
      const ele = cy.getElementById(change.id);
      if (change.data) ele.data(change.data);
      // Moving an actor recomputes its edges and bounds: only actors whose place changed are moved.
      if (change.position) ele.position(change.position);
    }
    return { hide, reveal };
  }

  /**
   * Shows exactly these elements. Returns the layout used and whether the map changed at all.
   * @param {import('./mapElements.js').Elements} elements
   * @param {Array<[string, string]>} [linkPairs] the bloc links (pairs of actor ids) for the layout
   */
  function render(elements, linkPairs = []) {
    setLarge(elements.nodes.length > PRESET_LAYOUT_THRESHOLD);
    const { changes, added, preset, serverLayout, counts } = reconcile(elements, contents, { large });
    const linksChanged = linksKeyOf(linkPairs) !== shownLinks;
    const changed = changes.length > 0 || linksChanged;
    // Only when Cytoscape's elements differ: it redraws the whole map at the end of any batch, even an
    // empty one, and the server's answer after a preview usually changes nothing. A filter change on a
    // big map often only hides or shows edges, which the edge layer alone draws.
    if (changed && !linksChanged && onlyDrawnEdges(changes)) apply(changes);
    else if (changed) {
      /** @type {ReturnType<typeof apply> | undefined} */
      let applied;
      cy.batch(() => {
        applied = apply(changes);
        replaceLinks(linkPairs);
      });
      // The next frame would bound each hidden or shown element on its own; asked for all at once,
      // Cytoscape pays its per-call overhead once (2,000 actors, 1,300–2,000 edges flipped: ~25 ms
      // less per filter change). New elements are left to the frame: on a first draw of 2,000 actors,
      // bounding them all here took ~400 ms, far more than the frame spends on them.
      if (applied) restyled(applied.hide.union(applied.reveal)).filter((e) => e.inside()).boundingBox();
    }
    shownCounts = counts;
    if (large && changed) {
      edgeLayer.setEdges(real());
      picker.invalidate();
      picker.warm();
    }
    // A changed filter keeps the analyst's viewport; only a mostly new map is fitted to the screen.
    if (serverLayout) cy.fit(cy.elements().filter(onMap), 30);
    else if (!preset && added > 0) cy.layout(/** @type {import('cytoscape').LayoutOptions} */ ({ ...coseLayout(elements.nodes.length), eles: cy.elements().filter(onMap) })).run();
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
      if (!large && eles.nodes().nonempty()) cy.layout(/** @type {import('cytoscape').LayoutOptions} */ ({ ...coseLayout(eles.nodes().length), eles })).run();
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
        cy.animate({ fit: { eles: egoOf(node), padding: 70 }, duration: large ? 0 : 250, complete: () => resolve(undefined) });
      });
    },
    fit: () => cy.fit(cy.elements().filter(onMap), 30),
    counts: () => ({ ...shownCounts }),
    /** The current elements as plain data, for the table and the exports. */
    snapshot: () => ({
      nodes: cy.nodes().filter(onMap).map((/** @type {import('cytoscape').NodeSingular} */ n) => ({ ...n.data(), position: { ...n.position() } })),
      edges: real().map((e) => ({ ...e.data() })),
    }),
    /** Viewport PNG with the hulls underneath (cy.png alone would drop them). */
    async png(background) {
      /** @type {import('cytoscape').ExportBlobPromiseOptions} */
      const options = { output: 'blob-promise', full: false, scale: 2, bg: 'rgba(0,0,0,0)' };
      const image = await createImageBitmap(await cy.png(options));
      const focusImage = dimmed ? await createImageBitmap(await focusLayer.png(options)) : null;
      const canvas = document.createElement('canvas');
      canvas.width = image.width;
      canvas.height = image.height;
      const ctx = /** @type {CanvasRenderingContext2D} */ (canvas.getContext('2d'));
      ctx.fillStyle = background;
      ctx.fillRect(0, 0, canvas.width, canvas.height);
      ctx.drawImage(hulls.canvas, 0, 0, canvas.width, canvas.height);
      // As on screen: the map dimmed under the selection; a big map's edges under its actors.
      if (large) edgeLayer.drawTo(ctx, canvas.width / container.clientWidth, focusImage ? DIMMED_OPACITY : 1);
      if (focusImage) ctx.globalAlpha = DIMMED_OPACITY;
      ctx.drawImage(image, 0, 0);
      ctx.globalAlpha = 1;
      if (focusImage) ctx.drawImage(focusImage, 0, 0);
      /** @type {Promise<Blob | null>} */
      const png = new Promise((resolve) => canvas.toBlob(resolve, 'image/png'));
      return png;
    },
    /** An actor or edge on the map now (not hidden by the filters), or an empty collection; for the test hooks. */
    shownById: (id) => shown(cy.getElementById(id)),
    /** The actors on the map now; for the test hooks. */
    shownNodes: () => cy.nodes().filter(onMap),
  };
}
