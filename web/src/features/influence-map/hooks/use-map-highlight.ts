import { useMemo } from 'react';
import { EMPTY_HIGHLIGHT, chainHighlight, mergeHighlights, shaperHighlight, type Highlight } from '../overlays.js';
import { useMapGraph } from '../state/map-graph.js';
import { MAP_LAYERS, useMapStore } from '../state/map-store.js';

export interface MapAnswers {
  /** Nodes and ties lit (and the overlays drawn for ties the map does not hold). */
  highlight: Highlight;
  /** Ringed: members of decision-group roles we do not reach. */
  uncovered: readonly string[];
  /** When this changes, the view fits what is lit. */
  fitKey: string | null;
}

/** The answers the panels put on the map (see MapLayer), as classes and overlays of the map's elements. */
export function useMapHighlight(): MapAnswers {
  const layers = useMapStore((s) => s.layers);
  const { edgeIndex, present } = useMapGraph();
  return useMemo(() => {
    const parts: Highlight[] = [];
    const uncovered: string[] = [];
    let fitKey: string | null = null;
    for (const key of MAP_LAYERS) {
      const layer = layers[key];
      if (!layer) continue;
      if (layer.tender) parts.push(shaperHighlight(layer.tender.paths, layer.tender.id, edgeIndex, present));
      if (layer.chains?.length) parts.push(chainHighlight(layer.chains, edgeIndex, present, { fromUser: layer.fromUser ?? null, tieTypes: layer.tieTypes ?? [] }));
      if (layer.uncovered) uncovered.push(...layer.uncovered);
      fitKey ??= layer.fitKey ?? null;
    }
    return { highlight: parts.length ? mergeHighlights(...parts) : EMPTY_HIGHLIGHT, uncovered, fitKey };
  }, [layers, edgeIndex, present]);
}
