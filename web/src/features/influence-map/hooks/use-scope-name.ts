import { useQuery } from '@apollo/client/react';
import { ScopeNameQuery } from '../graphql/scope-name-query.js';
import { useMapView } from './use-map-view.js';

/** The name of the map's scope (a territory, institution, committee or tender); null while unknown. */
export function useScopeName(): string | null {
  const [{ scope }] = useMapView();
  const result = useQuery(ScopeNameQuery, {
    variables: {
      territory: scope?.kind === 'territory' ? scope.id : '-',
      institution: scope?.kind === 'institution' ? scope.id : '-',
      committee: scope?.kind === 'committee' ? scope.id : '-',
      tender: scope?.kind === 'tender' ? scope.id : '-',
    },
    skip: !scope,
  });
  const sn = result.data;
  return sn?.territory?.name ?? sn?.institution?.name ?? sn?.committee?.name ?? sn?.tender?.name ?? null;
}
