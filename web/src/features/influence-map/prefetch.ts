// The map's query leaves before the app's code is loaded and parsed: the entry (main.tsx)
// sends it with plain fetch when the URL names a scope, then imports the app; the Apollo
// link below hands that answer to the map's first GraphView query when its variables
// match (once), and sends anything else as usual. Nothing here imports React or Apollo.
import { print } from 'graphql';
import { GraphViewDocument } from '../../gql/graphql.js';
import { readToken } from '@shared/session/token-store.js';
import { decodeViewState } from '@shared/urls/map-view.js';
import { mapQueryVariables } from './map-variables.js';

interface Prefetched {
  key: string;
  answer: Promise<unknown>;
}

let prefetched: Prefetched | null = null;

/** Sends the map's query now when this is the map page and its URL names a scope. */
export function prefetchMap(location: Location = window.location): void {
  if (location.pathname.replace(/\/+$/, '') !== '') return;
  const token = readToken();
  const variables = mapQueryVariables(decodeViewState(location.search));
  if (!token || !variables) return;
  const answer = fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json,application/json;q=0.9', authorization: `Bearer ${token}` },
    body: JSON.stringify({ operationName: 'GraphView', variables, query: print(GraphViewDocument) }),
  }).then((response) => {
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    return response.json() as Promise<unknown>;
  });
  // A failure is handled by the normal path (the link sends the query again).
  answer.catch(() => undefined);
  prefetched = { key: JSON.stringify(variables), answer };
}

/** The early answer for these variables, once; null when there is none (or it was taken). */
export function takePrefetched(operationName: string | undefined, variables: Record<string, unknown> | undefined): Promise<unknown> | null {
  if (!prefetched || operationName !== 'GraphView' || JSON.stringify(variables ?? {}) !== prefetched.key) return null;
  const { answer } = prefetched;
  prefetched = null;
  return answer;
}
