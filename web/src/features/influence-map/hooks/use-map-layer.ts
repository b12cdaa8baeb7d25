import { useEffect } from 'react';
import { useMapActions, type MapLayer, type MapLayerKey } from '../state/map-store.js';

/** Lights an answer on the map while the calling component shows it (null: nothing). */
export function useMapLayer(key: MapLayerKey, layer: MapLayer | null): void {
  const { setLayer } = useMapActions();
  useEffect(() => {
    setLayer(key, layer);
  }, [key, layer, setLayer]);
  useEffect(() => () => setLayer(key, null), [key, setLayer]);
}
