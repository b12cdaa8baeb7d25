import type { ElementDefinition } from 'cytoscape';
import { useMemo } from 'react';
import { toElements } from '../to-elements.js';
import type { GraphView } from './use-graph-view.js';

/** The answer as Cytoscape elements (coalitions as groups when asked). */
export function useMapElements(data: GraphView | null, groups: boolean): ElementDefinition[] | null {
  return useMemo(() => {
    if (!data) return null;
    const started = performance.now();
    const out = toElements(data, { groups });
    performance.measure?.('map:elements', { start: started, end: performance.now() });
    return out;
  }, [data, groups]);
}
