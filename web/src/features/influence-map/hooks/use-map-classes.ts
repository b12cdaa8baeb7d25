import { useMemo } from 'react';
import { searchMatches } from '@shared/ui/SearchBox.js';
import type { Highlight } from '../overlays.js';
import { useMapGraph } from '../state/map-graph.js';
import { useMapStore } from '../state/map-store.js';
import type { Visibility } from '../visibility.js';
import type { MapClasses } from './use-cytoscape.js';

/** The state classes of the map's elements: hidden by a filter, lit by an answer, hovered or found, ringed, changed. */
export function useMapClasses(visibility: Visibility, highlight: Highlight, uncovered: readonly string[], changed: readonly string[], search: string): MapClasses {
  const hover = useMapStore((s) => s.hover);
  const { candidates } = useMapGraph();
  const searchHits = useMemo(() => searchMatches(candidates, search, 50).map((c) => c.id), [candidates, search]);
  return useMemo(
    () => ({
      hidden: visibility.hiddenNodes.size || visibility.hiddenEdges.size ? new Set([...visibility.hiddenNodes, ...visibility.hiddenEdges]) : visibility.hiddenNodes,
      path: [...highlight.nodeIds, ...highlight.edgeIds, ...highlight.overlay.map((el) => String(el.data.id))],
      highlight: hover ?? searchHits,
      uncovered,
      changed,
    }),
    [visibility, highlight, hover, searchHits, uncovered, changed],
  );
}
