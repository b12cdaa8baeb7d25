// The one owner of the Cytoscape instance: created once on mount, destroyed on unmount.
// Elements are diffed by id in a batch and the layout runs after the batch, only when the
// map has no saved positions for most of its nodes.
import cytoscape, { type Core, type ElementDefinition, type NodeSingular } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { useEffect, useRef, useState, type RefObject } from 'react';
import { applyElements, setClassOn } from '../apply-elements.js';
import { coverage, loadPositions, placeNewNodes, runSeededLayout, savePositions, type Positions } from '../layout.js';
import { mapStylesheet, scaleLabels } from '../map-style.js';
import { OVERLAY_PREFIX } from '../overlays.js';

let registered = false;
function registerExtensions(): void {
  if (registered) return;
  cytoscape.use(fcose);
  registered = true;
}

export interface MapHandlers {
  onNodeTap(id: string, additive: boolean): void;
  onEdgeTap(id: string): void;
  onBackgroundTap(): void;
  onHover(hover: { id: string; name: string; x: number; y: number } | null): void;
  onSelectionChange(count: number): void;
}

export interface MapClasses {
  hidden: ReadonlySet<string>;
  /** Lit paths (nodes and ties); everything else fades while a path is lit. */
  path: readonly string[];
  /** Search matches and the node hovered in a side list. */
  highlight: readonly string[];
  uncovered: readonly string[];
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
): { cy: Core | null; layoutState: LayoutState } {
  const [cy, setCy] = useState<Core | null>(null);
  const [layoutState, setLayoutState] = useState<LayoutState>('idle');
  const handlersRef = useRef(handlers);
  handlersRef.current = handlers;
  const positionsKey = useRef<string | null>(null);

  useEffect(() => {
    if (!container.current) return;
    registerExtensions();
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
    instance.on('dragfree', 'node', () => {
      if (positionsKey.current) savePositions(positionsKey.current, currentPositions(instance));
    });
    setCy(instance);
    return () => {
      clearTimeout(selectionTimer);
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
    const result = applyElements(cy, elements);
    const layoutable = cy.elements().filter((el) => !el.id().startsWith(OVERLAY_PREFIX));
    const ids = layoutable.nodes().filter((n) => !n.isParent()).map((n) => n.id());
    const saved: Positions = keyChanged ? loadPositions(layoutKey) : {};
    const fresh: NodeSingular[] = keyChanged ? (layoutable.nodes().filter((n) => !n.isParent()).toArray() as NodeSingular[]) : result.freshNodes.filter((n) => !n.id().startsWith(OVERLAY_PREFIX));

    if (keyChanged && coverage(ids, saved) < 0.9) {
      setLayoutState('running');
      // fcose skips hidden elements; lay out everything so that showing them later needs no layout.
      const hidden = cy.$('.hidden');
      hidden.removeClass('hidden');
      runSeededLayout(cy, layoutKey);
      hidden.addClass('hidden');
      cy.fit(undefined, 30);
      savePositions(layoutKey, currentPositions(cy));
    } else if (fresh.length) {
      cy.batch(() => {
        const unknown = fresh.filter((n) => {
          const p = saved[n.id()];
          if (p) n.position(p);
          return !p;
        });
        placeNewNodes(cy, unknown, layoutKey);
      });
      if (keyChanged) cy.fit(undefined, 40);
      savePositions(layoutKey, currentPositions(cy));
    }
    // Overlay nodes (the "You" of an introduction path) sit next to the person they reach.
    const overlayNodes = result.freshNodes.filter((n) => n.id().startsWith(OVERLAY_PREFIX));
    if (overlayNodes.length) placeNewNodes(cy, overlayNodes, `${layoutKey}|overlay`, 90);
    scaleLabels(cy);
    setLayoutState('ready');
  }, [cy, elements, layoutKey]);

  // State classes: cheap, batched, never a layout.
  useEffect(() => {
    if (!cy) return;
    cy.batch(() => {
      setClassOn(cy, 'hidden', classes.hidden);
      setClassOn(cy, 'path', classes.path);
      setClassOn(cy, 'highlight', classes.highlight);
      setClassOn(cy, 'uncovered', classes.uncovered);
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
    });
    scaleLabels(cy);
  }, [cy, elements, classes]);

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
  }, [cy, elements, selected]);

  return { cy, layoutState };
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
