import { skipToken, useQuery } from '@apollo/client/react';
import { useEffect, useMemo } from 'react';
import { scopeInput } from '@shared/urls/map-view.js';
import { tr } from '@shared/i18n/intl.js';
import { describeError } from '@shared/ui/describe-error.js';
import { useMapActions, useMapLayer, useMapSettled, useMapView, type MapLayer } from '../../influence-map/index.js';
import { MapTieSuggestionsQuery } from '../graphql/map-suggestions-query.js';

/** The most confident proposals the map draws: more than this is a tangle of dashes, not a picture. */
export const MAP_PROPOSALS = 500;

/**
 * Puts the open tie suggestions between people of the map's scope on the map while the
 * "proposed ties" layer is on (`proposed=1`): the map draws them dashed. Draws nothing itself.
 */
export function ProposedTiesMapLayer() {
  const [view] = useMapView();
  const settled = useMapSettled();
  const { say } = useMapActions();
  const asked = view.proposed && view.scope && settled;
  const result = useQuery(MapTieSuggestionsQuery, asked && view.scope ? { variables: { scope: scopeInput(view.scope), first: MAP_PROPOSALS } } : skipToken);
  const answer = result.data?.tieSuggestions;
  const layer = useMemo<MapLayer | null>(() => {
    if (!view.proposed || !answer) return null;
    return {
      proposed: answer.nodes.map((s) => ({ id: s.id, source: s.fromId, target: s.toId, type: s.type, strength: s.strength, confidence: s.confidence })),
      proposedTotal: answer.totalCount,
    };
  }, [view.proposed, answer]);
  useMapLayer('proposed', layer);
  useEffect(() => {
    if (result.error) say(tr('evidence.proposed.failed', { reason: describeError(result.error) }));
  }, [result.error, say]);
  return null;
}
