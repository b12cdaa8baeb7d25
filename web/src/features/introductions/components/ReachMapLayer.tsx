import { useEffect, useMemo } from 'react';
import { useMapActions, useMapLayer, useMapStore, useMapView, type MapLayer } from '../../influence-map/index.js';
import { useIntroductionPaths } from '../hooks/use-introduction-paths.js';

/** Lights the chosen introduction path on the map while the reach tab is open (the first path by default). Draws nothing itself. */
export function ReachMapLayer() {
  const [view] = useMapView();
  const paths = useIntroductionPaths().data?.introductionPaths;
  const active = useMapStore((s) => s.reachIndex);
  const { setReachIndex } = useMapActions();
  // A new target starts at its best path.
  useEffect(() => setReachIndex(0), [view.reach, setReachIndex]);

  const layer = useMemo<MapLayer | null>(() => {
    if (!view.reach || !paths || view.tab !== 'reach') return null;
    const path = paths[Math.min(active, paths.length - 1)];
    if (!path) return null;
    return {
      chains: [path.people.map((p) => p.id)],
      fromUser: path.viaUser ? { id: path.viaUser.id, name: path.viaUser.name } : null,
      tieTypes: path.tieTypes,
      fitKey: `reach:${view.reach}:${active}:${paths.length}`,
    };
  }, [view.reach, view.tab, paths, active]);
  useMapLayer('reach', layer);
  return null;
}
