import { skipToken, useQuery } from '@apollo/client/react';
import { useCurrentUser } from '@shared/session/use-current-user.js';
import { useMapStore, useMapView } from '../../influence-map/index.js';
import { IntroductionPathsQuery } from '../graphql/introduction-paths-query.js';

/** The strongest warm-introduction chains from the signed-in user to the map's "reach" target. */
export function useIntroductionPaths() {
  const [view] = useMapView();
  const user = useCurrentUser();
  const maxHops = useMapStore((s) => s.maxHops);
  return useQuery(IntroductionPathsQuery, view.reach ? { variables: { fromId: user.id, toId: view.reach, maxHops, asOf: view.asOf } } : skipToken);
}
