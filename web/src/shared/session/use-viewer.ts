import { useQuery } from '@apollo/client/react';
import { UserRole } from '../../gql/vocabulary.js';
import { readClaims, readToken } from './token-store.js';
import { PlanningViewerQuery } from './viewer-query.js';

export interface Viewer {
  id: string | null;
  name: string | null;
  role: UserRole | null;
  /** Users whose plans and agenda the viewer may see besides their own (a manager's team). */
  team: { id: string; name: string; role: UserRole | null }[];
  territories: { id: string; name: string }[];
  seesAllTerritories: boolean;
  isManager: boolean;
  /** May create plans and log interactions (strategists only read). */
  mayEdit: boolean;
  loading: boolean;
  error: Error | undefined;
  refetch(): unknown;
}

/** The signed-in user with their team and territories, for the planning pages (the token's subject until `me` answers). */
export function useViewer(): Viewer {
  const result = useQuery(PlanningViewerQuery, { errorPolicy: 'all' });
  const me = result.data?.me;
  const token = readToken();
  const sub = token ? (readClaims(token)?.sub ?? null) : null;
  const role = me?.user.role ?? null;
  return {
    id: me?.user.id ?? sub,
    name: me?.user.name ?? sub,
    role,
    team: me?.team ?? [],
    territories: me?.territories ?? [],
    seesAllTerritories: me?.seesAllTerritories ?? false,
    isManager: role === UserRole.MANAGER || (me?.team.length ?? 0) > 0,
    mayEdit: role !== UserRole.STRATEGIST,
    loading: result.loading,
    error: result.error,
    refetch: result.refetch,
  };
}
