import { useQuery } from '@apollo/client/react';
import type { UserRole } from '../../gql/vocabulary.js';
import { MeQuery } from './me-query.js';
import { readClaims, readToken } from './token-store.js';

export interface CurrentUser {
  id: string;
  name: string | null;
  role: UserRole | null;
  /** Where the id came from: the API, the token's subject, or the demo default. */
  source: 'me' | 'token' | 'default';
}

/** The demo's main KAM: the "from" of introduction paths when nobody is signed in. */
export const DEFAULT_USER_ID = 'user-kam';

/** `me` when the API answers it; else the token's subject; else the demo KAM. */
export function useCurrentUser(): CurrentUser {
  const { data } = useQuery(MeQuery, { errorPolicy: 'all' });
  const me = data?.me?.user;
  if (me) return { id: me.id, name: me.name, role: me.role, source: 'me' };
  const token = readToken();
  const sub = token ? readClaims(token)?.sub : null;
  if (sub) return { id: sub, name: null, role: null, source: 'token' };
  return { id: DEFAULT_USER_ID, name: null, role: null, source: 'default' };
}
