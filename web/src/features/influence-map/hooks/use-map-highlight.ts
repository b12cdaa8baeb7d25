import { useMemo } from 'react';
import { answersFromLayers, type MapAnswers } from '../map-layers.js';
import { useMapGraph } from '../state/map-graph.js';
import { useMapStore } from '../state/map-store.js';

/** The answers the panels put on the map (see MapLayer), as classes and overlays of the map's elements. */
export function useMapHighlight(): MapAnswers {
  const layers = useMapStore((s) => s.layers);
  const { edgeIndex, present } = useMapGraph();
  return useMemo(() => answersFromLayers(layers, edgeIndex, present), [layers, edgeIndex, present]);
}
