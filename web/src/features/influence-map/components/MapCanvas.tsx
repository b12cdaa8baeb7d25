import type { ElementDefinition } from 'cytoscape';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { Core } from 'cytoscape';
import { useCytoscape, type MapClasses, type MapHandlers, type OverviewCanvas } from '../hooks/use-cytoscape.js';
import { useMapView } from '../hooks/use-map-view.js';
import { exposeMapForTests } from '../map-debug.js';
import { coalitionOfAggregate } from '../overview.js';
import { useMapActions } from '../state/map-store.js';
import { tr } from '@shared/i18n/intl.js';

export interface MapCanvasProps {
  elements: readonly ElementDefinition[] | null;
  /** Which saved positions apply (the scope). */
  layoutKey: string;
  classes: MapClasses;
  /** When this changes (a new answer lit on the map), the view fits the lit elements. */
  fitKey: string | null;
  visibleNodes: number;
  /** A large scope's overview (null: every node of the answer is drawn). */
  overview?: OverviewCanvas | null;
}

/**
 * Zooming into the overview opens the coalition it zoomed into: the collapsed coalition
 * nearest the view's centre whose disc is drawn at least this share of the canvas's
 * smaller side, once the view is zoomed in well past the fitted overview (a coalition that
 * fills the view when it opens is not opened by the fit itself). Larger coalitions open
 * only with a click: drawing them all is the slow map again.
 */
const ZOOM_OPENS_AT = 0.35;
const ZOOM_PAST_FIT = 1.5;
const ZOOM_OPENS_UP_TO = 1500;

/** The collapsed coalition the view has zoomed into, or null. */
function zoomedInto(cy: Core): number | null {
  const width = cy.width();
  const height = cy.height();
  const side = Math.min(width, height);
  const fitted = Number(cy.scratch('_fitZoom'));
  if (!(fitted > 0) || cy.zoom() < fitted * ZOOM_PAST_FIT) return null;
  let best: { coalition: number; distance: number } | null = null;
  cy.nodes('.aggregate').forEach((node) => {
    if (node.hasClass('expanded') || node.hasClass('hidden')) return;
    const p = node.renderedPosition();
    if (p.x < width * 0.2 || p.x > width * 0.8 || p.y < height * 0.2 || p.y > height * 0.8) return;
    if (node.renderedWidth() < side * ZOOM_OPENS_AT || Number(node.data('members')) > ZOOM_OPENS_UP_TO) return;
    const coalition = coalitionOfAggregate(node.id());
    const distance = Math.hypot(p.x - width / 2, p.y - height / 2);
    if (coalition !== null && (!best || distance < best.distance)) best = { coalition, distance };
  });
  return best ? (best as { coalition: number }).coalition : null;
}

/** The Cytoscape canvas: a tap selects (in the URL), a tie opens its panel, the page learns when the map is drawn. */
export function MapCanvas({ elements, layoutKey, classes, fitKey, visibleNodes, overview = null }: MapCanvasProps) {
  const container = useRef<HTMLDivElement | null>(null);
  const [view, update] = useMapView();
  const { selectEdge, setSelectionCount, setCy, setDrawn } = useMapActions();
  const [hover, setHover] = useState<{ id: string; name: string; x: number; y: number } | null>(null);
  const handlers = useMemo<MapHandlers>(
    () => ({
      onNodeTap: (id, additive) => {
        if (additive) return;
        selectEdge(null);
        // A node clicked on the map replaces an open programme, event or product.
        update({ selected: id, item: null, tab: 'person' }, 'push');
      },
      onEdgeTap: (id) => {
        selectEdge(id);
        update({ tab: 'person' });
      },
      onBackgroundTap: () => {
        selectEdge(null);
        update({ selected: null, item: null });
      },
      onHover: setHover,
      onSelectionChange: setSelectionCount,
      // The overview: a click on a coalition opens it (a click on an open one closes it).
      onGroupTap: (id) => {
        const coalition = coalitionOfAggregate(id);
        if (coalition === null) return;
        update((v) => ({ open: v.open.includes(coalition) ? v.open.filter((c) => c !== coalition) : [...v.open, coalition] }), 'push');
      },
      onViewportSettled: (instance) => {
        const coalition = zoomedInto(instance);
        if (coalition !== null) update((v) => (v.open.includes(coalition) ? {} : { open: [...v.open, coalition] }));
      },
    }),
    [update, selectEdge, setSelectionCount],
  );
  const { cy, layoutState } = useCytoscape(container, elements, layoutKey, classes, view.selected, handlers, fitKey, overview);
  // The side queries wait for the map's first drawing (see use-map-settled.ts).
  useEffect(() => {
    if (layoutState === 'ready') requestAnimationFrame(() => setTimeout(() => setDrawn(true), 0));
  }, [layoutState, setDrawn]);
  useEffect(() => {
    setCy(cy);
    return cy ? exposeMapForTests(cy) : undefined;
  }, [cy, setCy]);

  const zoomBy = (factor: number) => {
    if (!cy) return;
    const width = cy.width();
    const height = cy.height();
    cy.animate({ zoom: { level: cy.zoom() * factor, renderedPosition: { x: width / 2, y: height / 2 } } }, { duration: 150 });
  };

  return (
    <div className="map-canvas-wrap">
      <div
        ref={container}
        className="map-canvas"
        data-testid="map"
        data-layout={layoutState}
        data-visible-nodes={visibleNodes}
        data-overview={overview ? 'on' : 'off'}
        aria-label={tr('map.canvas.label')}
        role="application"
      />
      {hover && (
        <div className="map-tooltip" style={{ left: hover.x, top: hover.y }} role="tooltip">
          {hover.name}
        </div>
      )}
      <div className="map-zoom" aria-label={tr('map.canvas.zoom')}>
        <button type="button" title={tr('map.canvas.zoomIn')} onClick={() => zoomBy(1.3)}>
          +
        </button>
        <button type="button" title={tr('map.canvas.zoomOut')} onClick={() => zoomBy(1 / 1.3)}>
          −
        </button>
        <button type="button" title={tr('map.canvas.fit')} onClick={() => cy?.animate({ fit: { eles: cy.elements(':visible'), padding: 40 } }, { duration: 250 })}>
          ⤢
        </button>
      </div>
    </div>
  );
}
