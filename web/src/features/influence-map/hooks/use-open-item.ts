import { useCallback } from 'react';
import type { MapItem } from '@shared/urls/map-view.js';
import { useMapActions } from '../state/map-store.js';
import { useMapView } from './use-map-view.js';

/**
 * Opens what the map does not draw (a programme, an event, a product) in the details tab,
 * through the URL like a selected node: Back returns to what was open before.
 */
export function useOpenItem(): (item: MapItem | null) => void {
  const [, update] = useMapView();
  const { selectEdge } = useMapActions();
  return useCallback(
    (item: MapItem | null) => {
      selectEdge(null);
      update({ item, tab: 'person' }, 'push');
    },
    [update, selectEdge],
  );
}

/** Opens a tender's own tab (its facts, decision group and spec shapers). */
export function useOpenTender(): (id: string) => void {
  const [, update] = useMapView();
  const { selectEdge } = useMapActions();
  return useCallback(
    (id: string) => {
      selectEdge(null);
      update({ tender: id, tab: 'tender' }, 'push');
    },
    [update, selectEdge],
  );
}
