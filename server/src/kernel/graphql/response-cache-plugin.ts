import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { HeaderMap } from '@apollo/server';
import type { DocumentNode, FragmentDefinitionNode, SelectionSetNode } from 'graphql';
import type { Viewer } from '../auth/viewer.js';
import { ResponseCache, viewerKey } from '../cache/response-cache.js';

/** What the plugin needs of a request's context. */
export interface ResponseCacheContext extends BaseContext {
  viewer: Viewer;
  today: string;
  /** The language of the answer's texts: two languages never share an answer. */
  locale: string;
  /** Read with the viewer when the request began; null for mutations (server.ts). */
  graphVersion: number | null;
  /** Audited reads (a dossier, an export) must be recorded every time: never answered from the cache. */
  audit: { readonly recorded: number };
  /** Marked when the answer will change without a write (a ranking still being computed; see GraphContext): not stored. */
  provisional?: { readonly marked: boolean };
}

/**
 * Root fields whose answers change without a graph write: the audit trail is appended
 * without moving the graph version (an audited read must not empty every cache); a user's
 * watches and inbox read mark (`me`) are their own bookkeeping, written without a version
 * bump; webhook deliveries are attempted in the background.
 */
const VOLATILE_ROOT_FIELDS = new Set(['auditLog', 'me', 'webhooks', 'webhook']);

/**
 * Answers a repeated query from `cache` before any resolver runs (Apollo's
 * `responseForOperation`), and stores answers without errors after they are built. Only
 * queries: mutations (and anything else) always run. Parsing and validation still happen
 * (Apollo keeps parsed, validated documents by hash), so a refused document stays refused.
 */
export function responseCachePlugin<TContext extends ResponseCacheContext>(cache: ResponseCache): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      let pending: { version: number; key: string; auditedBefore: number } | null = null;
      return {
        async responseForOperation(rc) {
          const version = rc.contextValue.graphVersion;
          if (rc.operation.operation !== 'query' || version === null || !rc.queryHash) return null;
          if (readsVolatileField(rc.document, rc.operation.selectionSet)) return null;
          const key = ResponseCache.key({
            version,
            viewer: viewerKey(rc.contextValue.viewer),
            today: rc.contextValue.today,
            locale: rc.contextValue.locale,
            documentHash: rc.queryHash,
            operationName: rc.operationName ?? null,
            variables: rc.request.variables,
          });
          const stored = cache.lookup(version, key);
          if (stored) return { http: { status: undefined, headers: new HeaderMap() }, body: { kind: 'single', singleResult: stored } };
          pending = { version, key, auditedBefore: rc.contextValue.audit.recorded };
          return null;
        },
        async willSendResponse(rc) {
          if (!pending) return;
          const { body } = rc.response;
          if (body.kind !== 'single' || body.singleResult.errors || !body.singleResult.data) return;
          if (rc.contextValue.audit.recorded !== pending.auditedBefore) return;
          if (rc.contextValue.provisional?.marked) return;
          cache.store(pending.version, pending.key, body.singleResult);
        },
      };
    },
  };
}

/** Whether the operation's root selection (through fragments) names a volatile field. */
function readsVolatileField(document: DocumentNode, selectionSet: SelectionSetNode, seen = new Set<string>()): boolean {
  for (const selection of selectionSet.selections) {
    if (selection.kind === 'Field') {
      if (VOLATILE_ROOT_FIELDS.has(selection.name.value)) return true;
    } else if (selection.kind === 'InlineFragment') {
      if (readsVolatileField(document, selection.selectionSet, seen)) return true;
    } else if (!seen.has(selection.name.value)) {
      seen.add(selection.name.value);
      const fragment = document.definitions.find((d): d is FragmentDefinitionNode => d.kind === 'FragmentDefinition' && d.name.value === selection.name.value);
      if (fragment && readsVolatileField(document, fragment.selectionSet, seen)) return true;
    }
  }
  return false;
}
