// The one owner of the Cytoscape instance: created once on mount, destroyed on unmount.
// Elements are diffed by id in a batch and the layout runs after the batch, only when the
// map has no saved positions for most of its nodes.
import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';
import { useEffect, useRef, useState, type RefObject } from 'react';
import { mapStylesheet, scaleLabels } from '@shared/visual-encoding/map-style.js';
import { applyElements, setClassOn } from '../apply-elements.js';
import { coverage, loadPositions, placeNewNodes, savePositions, seededLayout, type Positions } from '../layout.js';
import { OVERLAY_PREFIX } from '../overlays.js';

export interface MapHandlers {
  onNodeTap(id: string, additive: boolean): void;
  onEdgeTap(id: string): void;
  onBackgroundTap(): void;
  onHover(hover: { id: string; name: string; x: number; y: number } | null): void;
  onSelectionChange(count: number): void;
  /** The overview: a coalition's node was clicked. */
  onGroupTap?(id: string): void;
  /** The overview: the view stopped zooming or panning (it may open what it zoomed into). */
  onViewportSettled?(cy: Core): void;
}

/** A large scope's overview on the canvas: its own positions, never saved (they are fixed per person). */
export interface OverviewCanvas {
  layout(elements: readonly ElementDefinition[], aspect: number): Positions;
}

export interface MapClasses {
  hidden: ReadonlySet<string>;
  /** Lit paths (nodes and ties); everything else fades while a path is lit. */
  path: readonly string[];
  /** Search matches and the node hovered in a side list. */
  highlight: readonly string[];
  uncovered: readonly string[];
  /** People and ties that changed (see the changes feature): marked, nothing fades. */
  changed: readonly string[];
}

export type LayoutState = 'idle' | 'running' | 'ready';

/** The "layout" key says which saved positions apply: the scope, and whether groups are drawn. */
export function useCytoscape(
  container: RefObject<HTMLDivElement | null>,
  elements: readonly ElementDefinition[] | null,
  layoutKey: string,
  classes: MapClasses,
  selected: string | null,
  handlers: MapHandlers,
  /** When this changes (a new answer lit on the map), the view fits the lit elements. */
  fitKey: string | null = null,
  /** Drawing a large scope's overview (null: the map as it is). */
  overview: OverviewCanvas | null = null,
): { cy: Core | null; layoutState: LayoutState } {
  const [cy, setCy] = useState<Core | null>(null);
  const [layoutState, setLayoutState] = useState<LayoutState>('idle');
  const handlersRef = useRef(handlers);
  handlersRef.current = handlers;
  const positionsKey = useRef<string | null>(null);
  const classesRef = useRef(classes);
  classesRef.current = classes;
  /** Ids hidden by the filters and not added yet (big maps only), and where the layout put them. */
  const held = useRef<Set<string>>(new Set());
  const laidPositions = useRef<Positions>({});
  const overviewRef = useRef(overview);
  overviewRef.current = overview;
  /** Overview nodes the user moved: a new element list leaves them where they were put. */
  const dragged = useRef<Set<string>>(new Set());
  /** Nodes the last element list added (a person shown in the overview because it was selected). */
  const justAdded = useRef<Set<string>>(new Set());
  useEffect(() => {
    if (!container.current) return;
    const instance = cytoscape({
      container: container.current,
      style: mapStylesheet(),
      minZoom: 0.05,
      maxZoom: 4,
      boxSelectionEnabled: true,
      selectionType: 'single',
      // Big maps: draw a texture while panning/zooming and skip edges until it stops.
      textureOnViewport: false,
      hideEdgesOnViewport: false,
      motionBlur: false,
      pixelRatio: 'auto',
    });
    const h = () => handlersRef.current;
    instance.on('tap', 'node', (event) => {
      const node = event.target;
      if (node.hasClass('coalition') || node.id().startsWith(OVERLAY_PREFIX)) return;
      if (node.hasClass('aggregate')) {
        h().onGroupTap?.(node.id());
        return;
      }
      const original = event.originalEvent as MouseEvent | undefined;
      h().onNodeTap(node.id(), !!(original && (original.shiftKey || original.ctrlKey || original.metaKey)));
    });
    instance.on('tap', 'edge', (event) => {
      if (!event.target.id().startsWith(OVERLAY_PREFIX)) h().onEdgeTap(event.target.id());
    });
    instance.on('tap', (event) => {
      if (event.target === instance) h().onBackgroundTap();
    });
    instance.on('mouseover', 'node', (event) => {
      const node = event.target;
      if (node.hasClass('coalition')) return;
      const p = node.renderedPosition();
      h().onHover({ id: node.id(), name: String(node.data('name') ?? node.id()), x: p.x, y: p.y - node.renderedHeight() / 2 });
    });
    instance.on('mouseout', 'node', () => h().onHover(null));
    instance.on('viewport', () => h().onHover(null));
    let selectionTimer: ReturnType<typeof setTimeout> | undefined;
    instance.on('select unselect', 'node', () => {
      // Box selection fires one event per node: report once it settles.
      clearTimeout(selectionTimer);
      selectionTimer = setTimeout(() => h().onSelectionChange(instance.$('node:selected').length), 30);
    });
    let zoomFrame = 0;
    instance.on('zoom', () => {
      cancelAnimationFrame(zoomFrame);
      zoomFrame = requestAnimationFrame(() => scaleLabels(instance));
    });
    let settleTimer: ReturnType<typeof setTimeout> | undefined;
    instance.on('viewport', () => {
      clearTimeout(settleTimer);
      settleTimer = setTimeout(() => h().onViewportSettled?.(instance), 300);
    });
    instance.on('dragfree', 'node', (event) => {
      if (overviewRef.current) dragged.current.add(event.target.id());
      else if (positionsKey.current) savePositions(positionsKey.current, currentPositions(instance));
    });
    setCy(instance);
    return () => {
      clearTimeout(selectionTimer);
      clearTimeout(settleTimer);
      cancelAnimationFrame(zoomFrame);
      instance.destroy();
      setCy(null);
    };
  }, [container]);

  // Elements: diff, then position what is new (saved, near neighbours, or a full layout).
  useEffect(() => {
    if (!cy || !elements) return;
    const big = elements.length > 3000;
    // Level of detail for big maps: a texture while the view moves, edges back when it stops.
    // Cytoscape reads these options once at start; its renderer keeps them as plain fields.
    const renderer = (cy as unknown as { renderer(): { textureOnViewport: boolean; hideEdgesOnViewport: boolean } }).renderer();
    renderer.textureOnViewport = big;
    renderer.hideEdgesOnViewport = big;

    const keyChanged = positionsKey.current !== layoutKey;
    positionsKey.current = layoutKey;
    // A new scope: its saved positions, or a fresh layout computed on the definitions, so that
    // the elements are added once, where they belong.
    let positions: Positions | undefined;
    let laidOut = false;
    const aspect = cy.width() > 0 && cy.height() > 0 ? cy.width() / cy.height() : 1.5;
    if (overview) {
      // The overview's places are fixed per person: computed each time (cheap: no forces),
      // applied to what is new and to the people and coalitions already drawn (unless moved by hand).
      const started = performance.now();
      const all = overview.layout(elements, aspect);
      measure('map:layout', started);
      if (keyChanged) {
        dragged.current.clear();
        positions = all;
        laidOut = true;
        setLayoutState('running');
      } else {
        positions = {};
        for (const [id, p] of Object.entries(all)) {
          const el = cy.getElementById(id);
          const label = el.nonempty() ? el.data('label') : null;
          if (el.empty() || ((label === 'Person' || label === 'Group') && !dragged.current.has(id))) positions[id] = p;
        }
      }
    } else if (keyChanged) {
      const saved = loadPositions(layoutKey);
      if (coverage(layoutNodeIds(elements), saved) < 0.9) {
        setLayoutState('running');
        const started = performance.now();
        positions = seededLayout(elements, layoutKey, aspect);
        measure('map:layout', started);
        laidOut = true;
      } else {
        positions = saved;
      }
    }
    // On a big new map, what the filters hide (by default the knows and reports-to ties, a
    // third of a national map's ties) is held back: added, at its laid-out place, when a
    // filter first shows it.
    if (keyChanged) {
      held.current = heldBack(elements, classesRef.current.hidden);
      laidPositions.current = positions ?? {};
    }
    const applying = performance.now();
    const result = applyElements(cy, held.current.size ? withoutHeld(elements, held.current) : elements, positions);
    measure('map:add', applying);
    justAdded.current = keyChanged ? new Set() : new Set(result.added);
    const fresh = result.freshNodes.filter((n) => !n.id().startsWith(OVERLAY_PREFIX));
    if (fresh.length) cy.batch(() => placeNewNodes(cy, fresh, layoutKey));
    if (keyChanged) {
      // The overview leaves room for its bar over the map.
      fitNodes(cy, overview ? 80 : laidOut ? 30 : 40);
      cy.scratch('_fitZoom', cy.zoom());
    }
    if (overview) {
      // Nothing saved: the overview's places never change.
    } else if (laidOut && positions) savePositions(layoutKey, positions);
    else if (fresh.length) savePositions(layoutKey, currentPositions(cy));
    // Overlay nodes (the "You" of an introduction path) sit next to the person they reach.
    const overlayNodes = result.freshNodes.filter((n) => n.id().startsWith(OVERLAY_PREFIX));
    if (overlayNodes.length) placeNewNodes(cy, overlayNodes, `${layoutKey}|overlay`, 90);
    scaleLabels(cy);
    setLayoutState('ready');
    if (laidOut) {
      // The first drawing of the laid-out map (Cytoscape styles and draws on its next frame).
      const drawing = performance.now();
      requestAnimationFrame(() => requestAnimationFrame(() => measure('map:draw', drawing)));
    }
    // The overview's layout function changes with the answer, which changes the elements too.
  }, [cy, elements, layoutKey]);

  // State classes: cheap, batched, never a layout.
  useEffect(() => {
    if (!cy) return;
    cy.batch(() => {
      if (elements && held.current.size) {
        // A filter shows held-back elements: add them now, where the layout put them.
        const shown = [...held.current].filter((id) => !classes.hidden.has(id));
        if (shown.length) {
          for (const id of shown) held.current.delete(id);
          const missing: Positions = {};
          for (const id of shown) {
            const p = laidPositions.current[id];
            if (p) missing[id] = p;
          }
          const added = applyElements(cy, withoutHeld(elements, held.current), missing);
          if (added.freshNodes.length) placeNewNodes(cy, added.freshNodes, layoutKey);
        }
      }
      applyClasses(cy, classes);
    });
    scaleLabels(cy);
  }, [cy, elements, classes, layoutKey]);

  useEffect(() => {
    if (!cy || !fitKey || layoutState !== 'ready') return;
    const lit = cy.$('.path');
    if (lit.nonempty()) cy.animate({ fit: { eles: lit, padding: 70 } }, { duration: 400 });
  }, [cy, fitKey, layoutState]);

  useEffect(() => {
    if (!cy) return;
    const current = cy.$('node:selected');
    if (selected === null) {
      if (current.length === 1) current.unselect();
      return;
    }
    const node = cy.getElementById(selected);
    if (node.empty() || node.selected()) return;
    cy.batch(() => {
      current.unselect();
      node.select();
    });
    scaleLabels(cy);
    // Selected from a list while inside a collapsed coalition: drawn just now, so brought into view now.
    if (overviewRef.current && justAdded.current.has(selected)) focusNode(cy, selected);
  }, [cy, elements, selected]);

  return { cy, layoutState };
}

function applyClasses(cy: Core, classes: MapClasses): void {
  setClassOn(cy, 'hidden', classes.hidden);
  setClassOn(cy, 'path', classes.path);
  setClassOn(cy, 'highlight', classes.highlight);
  setClassOn(cy, 'uncovered', classes.uncovered);
  setClassOn(cy, 'changed', classes.changed);
  const focus = classes.highlight.length ? classes.highlight : classes.path;
  if (focus.length) {
    const keep = new Set(focus);
    // Ties of a highlighted node stay visible; everything else fades.
    if (classes.highlight.length) {
      for (const id of classes.highlight) {
        cy.getElementById(id).connectedEdges().forEach((e) => {
          keep.add(e.id());
        });
      }
    }
    setClassOn(cy, 'faded', cy.elements().filter((el) => !keep.has(el.id()) && !el.hasClass('coalition') && !el.id().startsWith(OVERLAY_PREFIX)).map((el) => el.id()));
  } else {
    setClassOn(cy, 'faded', []);
  }
}

/** Hidden elements are held back only on big maps: below that, adding them costs little. */
const HOLD_BACK_FROM = 1500;

/** The ids of elements the filters hide now, when there are enough of them to matter. */
function heldBack(elements: readonly ElementDefinition[], hidden: ReadonlySet<string>): Set<string> {
  if (hidden.size < HOLD_BACK_FROM) return new Set();
  const out = new Set<string>();
  for (const el of elements) {
    const id = String(el.data.id);
    if (hidden.has(id)) out.add(id);
  }
  return out;
}

/** The elements without the held ones (and without ties to a held node). */
function withoutHeld(elements: readonly ElementDefinition[], held: ReadonlySet<string>): ElementDefinition[] {
  return elements.filter((el) => {
    const d = el.data as Record<string, unknown>;
    if (held.has(String(d.id))) return false;
    return d.source === undefined || (!held.has(String(d.source)) && !held.has(String(d.target)));
  });
}

/** User Timing marks (visible in a browser profile and to the bench). */
function measure(name: string, start: number): void {
  try {
    performance.measure(name, { start, end: performance.now() });
  } catch {
    // Old browsers: no detail, no harm.
  }
}

/** Ids of the nodes a layout places: not compound groups, not overlays. */
function layoutNodeIds(elements: readonly ElementDefinition[]): string[] {
  const ids: string[] = [];
  for (const el of elements) {
    const d = el.data as Record<string, unknown>;
    if (el.group === 'edges' || d.source !== undefined || d.label === 'Coalition') continue;
    const id = String(d.id);
    if (!id.startsWith(OVERLAY_PREFIX)) ids.push(id);
  }
  return ids;
}

/**
 * Fits the view to the nodes' discs. Cytoscape's own fit measures every label first (a
 * text measurement per node, seconds on a national map); labels are mostly not drawn
 * when the whole map is in view, so the discs are what must fit.
 */
export function fitNodes(cy: Core, padding: number): void {
  let x1 = Infinity;
  let y1 = Infinity;
  let x2 = -Infinity;
  let y2 = -Infinity;
  cy.nodes().forEach((n) => {
    if (n.isParent() || n.hasClass('hidden')) return;
    const p = n.position();
    const r = (Number(n.data('size')) || 30) / 2;
    x1 = Math.min(x1, p.x - r);
    y1 = Math.min(y1, p.y - r);
    x2 = Math.max(x2, p.x + r);
    y2 = Math.max(y2, p.y + r + 14);
  });
  const width = cy.width();
  const height = cy.height();
  if (!Number.isFinite(x1) || width <= 0 || height <= 0) return;
  const zoom = Math.min(cy.maxZoom(), Math.max(cy.minZoom(), Math.min((width - 2 * padding) / Math.max(1, x2 - x1), (height - 2 * padding) / Math.max(1, y2 - y1))));
  cy.viewport({ zoom, pan: { x: (width - zoom * (x1 + x2)) / 2, y: (height - zoom * (y1 + y2)) / 2 } });
}

export function currentPositions(cy: Core): Positions {
  const out: Positions = {};
  cy.nodes().forEach((n) => {
    if (n.isParent() || n.id().startsWith(OVERLAY_PREFIX)) return;
    const p = n.position();
    out[n.id()] = { x: p.x, y: p.y };
  });
  return out;
}

/** Centres on a node, zooming in enough to read its neighbours' names. */
export function focusNode(cy: Core, id: string): void {
  const node = cy.getElementById(id);
  if (node.empty()) return;
  cy.animate({ center: { eles: node }, zoom: Math.max(cy.zoom(), 1.1) }, { duration: 350 });
}
