import { useCallback } from 'react';
import { useMapActions, useMapStoreSnapshot } from '../state/map-store.js';
import { focusNode } from './use-cytoscape.js';
import { useMapView } from './use-map-view.js';

/** Opens a node's details from a list (a ranking row, a path step) and brings it into view (closing an open programme or event). */
export function usePickNode(): (id: string) => void {
  const [, update] = useMapView();
  const { selectEdge } = useMapActions();
  const snapshot = useMapStoreSnapshot();
  return useCallback(
    (id: string) => {
      selectEdge(null);
      update({ selected: id, item: null, tab: 'person' }, 'push');
      const { cy } = snapshot();
      if (cy) focusNode(cy, id);
    },
    [update, selectEdge, snapshot],
  );
}
