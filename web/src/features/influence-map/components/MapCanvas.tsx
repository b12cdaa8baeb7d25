import type { Core, ElementDefinition } from 'cytoscape';
import { useEffect, useRef, useState } from 'react';
import { useCytoscape, type LayoutState, type MapClasses } from '../hooks/use-cytoscape.js';
import { exposeMapForTests } from '../map-debug.js';

export interface MapCanvasProps {
  elements: readonly ElementDefinition[] | null;
  layoutKey: string;
  classes: MapClasses;
  selected: string | null;
  fitKey: string | null;
  visibleNodes: number;
  onNodeTap(id: string, additive: boolean): void;
  onEdgeTap(id: string): void;
  onBackgroundTap(): void;
  onSelectionChange(count: number): void;
  onReady(cy: Core | null): void;
  /** Told when the layout state changes ('ready': laid out and drawn on the next frame). */
  onLayoutState?(state: LayoutState): void;
}

export function MapCanvas(props: MapCanvasProps) {
  const container = useRef<HTMLDivElement | null>(null);
  const [hover, setHover] = useState<{ id: string; name: string; x: number; y: number } | null>(null);
  const { cy, layoutState } = useCytoscape(container, props.elements, props.layoutKey, props.classes, props.selected, {
    onNodeTap: props.onNodeTap,
    onEdgeTap: props.onEdgeTap,
    onBackgroundTap: props.onBackgroundTap,
    onHover: setHover,
    onSelectionChange: props.onSelectionChange,
  }, props.fitKey);
  const { onReady, onLayoutState } = props;
  useEffect(() => {
    onLayoutState?.(layoutState);
  }, [layoutState, onLayoutState]);
  useEffect(() => {
    onReady(cy);
    return cy ? exposeMapForTests(cy) : undefined;
  }, [cy, onReady]);

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
        data-visible-nodes={props.visibleNodes}
        aria-label="Influence map"
        role="application"
      />
      {hover && (
        <div className="map-tooltip" style={{ left: hover.x, top: hover.y }} role="tooltip">
          {hover.name}
        </div>
      )}
      <div className="map-zoom" aria-label="Zoom">
        <button type="button" title="Zoom in" onClick={() => zoomBy(1.3)}>
          +
        </button>
        <button type="button" title="Zoom out" onClick={() => zoomBy(1 / 1.3)}>
          −
        </button>
        <button type="button" title="Fit the map to the window" onClick={() => cy?.animate({ fit: { eles: cy.elements(':visible'), padding: 40 } }, { duration: 250 })}>
          ⤢
        </button>
      </div>
    </div>
  );
}
