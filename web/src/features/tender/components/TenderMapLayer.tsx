import { useMemo } from 'react';
import { useMapLayer, useMapStore, useMapView, type MapLayer } from '../../influence-map/index.js';
import { useDecisionGroup, useSpecShapers, useTenderId } from '../hooks/use-tender-questions.js';

/**
 * Lights the tender's answers on the map, whatever tab is open: the spec shapers' paths
 * (only the hovered shaper's while one is hovered) and, while the tender tab is open, the
 * members of the decision-group roles we do not reach. Draws nothing itself.
 */
export function TenderMapLayer() {
  const [view] = useMapView();
  const tenderId = useTenderId();
  const shapers = useSpecShapers().data?.specShapers;
  const decision = useDecisionGroup().data?.decisionGroup;
  const focus = useMapStore((s) => s.shaperFocus);

  const shaperLayer = useMemo<MapLayer | null>(() => {
    if (!view.shapers || !tenderId || !shapers) return null;
    const list = focus ? shapers.filter((s) => s.person.id === focus) : shapers;
    return {
      tender: { id: tenderId, paths: list.map((s) => s.path.map((p) => p.id)) },
      // A new answer in the tender tab brings it into view.
      fitKey: view.tab === 'tender' ? `shapers:${tenderId}:${shapers.length}` : null,
    };
  }, [view.shapers, view.tab, tenderId, shapers, focus]);
  useMapLayer('shapers', shaperLayer);

  const uncoveredLayer = useMemo<MapLayer | null>(() => {
    if (!decision) return null;
    // A role is uncovered when nobody of ours reaches a member at acquaintance or beyond.
    return { uncovered: decision.roles.filter((r) => !r.covered).flatMap((r) => r.members.map((m) => m.person.id)) };
  }, [decision]);
  useMapLayer('decision-group', uncoveredLayer);
  return null;
}
