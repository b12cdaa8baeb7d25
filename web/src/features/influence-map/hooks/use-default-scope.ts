import { useQuery } from '@apollo/client/react';
import { useEffect } from 'react';
import { TerritoriesQuery } from '@shared/graphql/territories-query.js';
import { useMapView } from './use-map-view.js';

/** No scope in the URL: open the first territory (the demo has one). */
export function useDefaultScope(): void {
  const [view, update] = useMapView();
  const territories = useQuery(TerritoriesQuery);
  const first = territories.data?.territories[0]?.id;
  useEffect(() => {
    if (!view.scope && first) update({ scope: { kind: 'territory', id: first } });
  }, [view.scope, first, update]);
}
