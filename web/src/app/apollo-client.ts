import { ApolloClient, ApolloLink, CombinedGraphQLErrors, HttpLink, InMemoryCache, ServerError } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { ErrorLink } from '@apollo/client/link/error';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { getMainDefinition } from '@apollo/client/utilities';
import { createClient } from 'graphql-ws';
import { Observable } from 'rxjs';
import { POSSIBLE_TYPES } from '../gql/possible-types.js';
import { takePrefetched } from '../features/influence-map/prefetch.js';
import { reportReconnected } from '@shared/graphql/live-socket.js';
import { readToken } from '@shared/session/token-store.js';
import { reportUnauthenticated } from './auth/auth-state.js';
import { currentIntl, tr } from '@shared/i18n/intl.js';

/** True when the API refused the request for want of a valid token. */
export function isUnauthenticated(error: unknown): string | null {
  if (CombinedGraphQLErrors.is(error)) {
    const found = error.errors.find((e) => e.extensions?.code === 'UNAUTHENTICATED');
    return found ? found.message : null;
  }
  if (ServerError.is(error)) {
    if (error.statusCode === 401) return tr('auth.needsSignIn');
    if (error.bodyText.includes('UNAUTHENTICATED')) {
      try {
        const body = JSON.parse(error.bodyText) as { errors?: { message: string; extensions?: { code?: string } }[] };
        return body.errors?.find((e) => e.extensions?.code === 'UNAUTHENTICATED')?.message ?? tr('auth.needsSignIn');
      } catch {
        return tr('auth.needsSignIn');
      }
    }
  }
  return null;
}

/** Close codes after which trying again cannot help: the server refused the token (4401, 4403). */
const REFUSED = new Set([4401, 4403]);

/**
 * Subscriptions: GraphQL over WebSocket (graphql-ws) on the same origin and path as HTTP,
 * opened only while something subscribes. The token goes as the connection parameter
 * `authorization`, read at each connection (a new sign-in applies on the next one). A
 * dropped socket reconnects quietly, again and again with growing waits; when it is back,
 * listeners hear of it (live-socket.ts) and refetch what they may have missed.
 */
function webSocketLink(): GraphQLWsLink {
  const url = `${window.location.protocol === 'https:' ? 'wss' : 'ws'}://${window.location.host}/graphql`;
  return new GraphQLWsLink(
    createClient({
      url,
      lazy: true,
      connectionParams: () => {
        const token = readToken();
        return { locale: currentIntl().locale, ...(token ? { authorization: `Bearer ${token}` } : {}) };
      },
      retryAttempts: Number.POSITIVE_INFINITY,
      shouldRetry: (event) => !(typeof event === 'object' && event !== null && 'code' in event && REFUSED.has(Number((event as { code: unknown }).code))),
      on: {
        connected: (_socket, _payload, wasRetry) => {
          if (wasRetry) reportReconnected();
        },
      },
    }),
  );
}

function isSubscription(operation: ApolloLink.Operation): boolean {
  const definition = getMainDefinition(operation.query);
  return definition.kind === 'OperationDefinition' && definition.operation === 'subscription';
}

export function createApolloClient(): ApolloClient {
  // The server words explanations, advice and change summaries in the app's language, not
  // the browser's: the picked locale goes with every request.
  const auth = new SetContextLink((prev) => {
    const token = readToken();
    const language = { 'accept-language': currentIntl().locale };
    return { headers: { ...prev.headers, ...language, ...(token ? { authorization: `Bearer ${token}` } : {}) } };
  });
  const errors = new ErrorLink(({ error }) => {
    const message = isUnauthenticated(error);
    if (message) reportUnauthenticated(message);
  });
  // The map's first query may already be on its way (see prefetch.ts): its answer, once.
  const early = new ApolloLink((operation, forward) => {
    const answer = takePrefetched(operation.operationName, operation.variables);
    if (!answer) return forward(operation);
    return new Observable<ApolloLink.Result>((observer) => {
      let inner: { unsubscribe(): void } | undefined;
      let closed = false;
      answer.then(
        (result) => {
          if (closed) return;
          observer.next(result as ApolloLink.Result);
          observer.complete();
        },
        () => {
          if (!closed) inner = forward(operation).subscribe(observer);
        },
      );
      return () => {
        closed = true;
        inner?.unsubscribe();
      };
    });
  });
  return new ApolloClient({
    link: ApolloLink.from([errors, ApolloLink.split(isSubscription, webSocketLink(), ApolloLink.from([early, auth, new HttpLink({ uri: '/graphql' })]))]),
    cache: new InMemoryCache({
      // A fragment on an interface (a tie's other end is an `Entity`) matches only when the
      // cache knows which types implement it; the SDL says so through codegen.
      possibleTypes: Object.fromEntries(Object.entries(POSSIBLE_TYPES).map(([name, types]) => [name, [...types]])),
      typePolicies: {
        // Map nodes and ties carry scope- and date-dependent values (power, rank, stance):
        // normalising them by id would let one view overwrite another's numbers.
        GraphNode: { keyFields: false },
        GraphEdge: { keyFields: false },
        GraphView: { keyFields: false },
        // The signed-in user has no id of their own: the queries that ask different parts of
        // `me` (who, watches, inbox, language) add to one another.
        Viewer: { merge: true },
      },
    }),
  });
}
