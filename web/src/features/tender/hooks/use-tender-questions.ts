import { skipToken, useQuery } from '@apollo/client/react';
import { useMapView } from '../../influence-map/index.js';
import { DecisionGroupQuery } from '../graphql/decision-group-query.js';
import { SpecShapersQuery } from '../graphql/spec-shapers-query.js';

/** The tender the map looks at: the one picked in the tender tab, or the map's scope. */
export function useTenderId(): string | null {
  const [view] = useMapView();
  return view.tender ?? (view.scope?.kind === 'tender' ? view.scope.id : null);
}

/** Who shapes the tender's specification (asked while its paths are lit). */
export function useSpecShapers() {
  const [view] = useMapView();
  const tenderId = useTenderId();
  return useQuery(SpecShapersQuery, tenderId && view.shapers ? { variables: { tenderId, maxHops: 3, asOf: view.asOf, without: view.without.length ? view.without : null } } : skipToken);
}

/** The tender's decision group and our coverage of it (asked while the tender tab is open). */
export function useDecisionGroup() {
  const [view] = useMapView();
  const tenderId = useTenderId();
  return useQuery(DecisionGroupQuery, tenderId && view.tab === 'tender' ? { variables: { tenderId, asOf: view.asOf } } : skipToken);
}
