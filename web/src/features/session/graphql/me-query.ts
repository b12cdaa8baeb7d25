import type { TypedDocumentNode } from '@apollo/client';
import { parse } from 'graphql';

export interface MeQueryResult {
  me: { id: string; name: string; role: string } | null;
}

/**
 * `me` is not in the schema yet (issue 5 adds it with auth). Parsed here instead of through
 * `graphql()` so codegen does not reject it; the app falls back when the server refuses it.
 * Move it to `graphql()` once the SDL has `me`.
 */
export const MeQuery: TypedDocumentNode<MeQueryResult, Record<string, never>> = parse(`
  query Me {
    me {
      id
      name
      role
    }
  }
`);
