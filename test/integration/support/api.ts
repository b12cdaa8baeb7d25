import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll } from 'vitest';
import { issueToken } from '../../../server/src/kernel/auth/tokens.js';
import { DbClient } from '../../../server/src/kernel/database/db-client.js';
import { fixedClock } from '../../../server/src/kernel/clock.js';
import { createLogger } from '../../../server/src/kernel/logger.js';
import { createServer, type ChangeOptions, type KamgraphServer, type ServerDeps } from '../../../server/src/server.js';
import { DATABASE } from './database.js';

export const TEST_SECRET = 'integration-test-secret-0123456789abcdef';
/** An admin that every test file may use; made once, idempotently. */
export const TEST_ADMIN = 'test-admin';
/**
 * The day the integration tests' server believes it is: answers that default to "today"
 * (as-of reads, due dates, flags) must not change with the day the suite runs.
 */
export const TEST_TODAY = '2026-11-27';

export interface GraphQLResponse<T> {
  data?: T;
  errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
}

export interface RequestOptions {
  /** The user to send it as (default: the test admin). */
  as?: string;
  /** The request's Accept-Language header (default: none, which reads English). */
  acceptLanguage?: string;
}

/** A typed document's variables, required when the operation declares a required one. */
export type VariablesArgs<V> = Record<string, never> extends V ? [variables?: V, options?: RequestOptions] : [variables: V, options?: RequestOptions];

export interface TestApi {
  url: string;
  db: DbClient;
  /**
   * POSTs a GraphQL operation over real HTTP as a user (default: the test admin). Documents
   * are made with `graphql()` from ../gql, so their results and variables are typed from
   * the SDL (`npm run codegen` after changing one).
   */
  query<R, V>(document: TypedDocumentNode<R, V>, ...args: VariablesArgs<V>): Promise<GraphQLResponse<R>>;
  /**
   * A plain string, for the few documents that must be malformed, refused by validation or
   * built at run time, which codegen would reject or cannot see.
   */
  query<R = Record<string, unknown>>(document: string, variables?: Record<string, unknown>, options?: RequestOptions): Promise<GraphQLResponse<R>>;
  token(userId: string): Promise<string>;
  /** The server itself, once started (for what HTTP does not reach, such as its warm-up). */
  server(): KamgraphServer;
}

/** POSTs one operation to a server's /graphql with a bearer token and returns the parsed body. */
export async function postGraphQL<R>(
  url: string,
  token: string,
  document: TypedDocumentNode<R, never> | string,
  variables?: unknown,
  headers: Record<string, string> = {},
): Promise<GraphQLResponse<R>> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, ...headers },
    body: JSON.stringify({ query: typeof document === 'string' ? document : print(document), variables }),
  });
  return (await response.json()) as GraphQLResponse<R>;
}

/** Starts the real HTTP server (port 0) on the run's Neo4j for the current test file. */
export function useTestApi(driver: Driver, options: Pick<ServerDeps, 'evidence' | 'countryPack' | 'analyticsCache'> & { changes?: Partial<ChangeOptions> } = {}): TestApi {
  let server: KamgraphServer | undefined;
  const api: TestApi = {
    url: '',
    db: new DbClient(driver, DATABASE),
    token: (userId) => issueToken(TEST_SECRET, userId),
    server: () => {
      if (!server) throw new Error('the test server starts in beforeAll');
      return server;
    },
    query: async (document: TypedDocumentNode<unknown, never> | string, variables?: unknown, options?: RequestOptions) =>
      postGraphQL(api.url, await api.token(options?.as ?? TEST_ADMIN), document, variables, options?.acceptLanguage ? { 'accept-language': options.acceptLanguage } : {}) as never,
  };
  beforeAll(async () => {
    await driver.executeQuery(
      `MERGE (u:Entity:User {id: $id}) ON CREATE SET u.name = 'Test Admin', u.role = 'admin'`,
      { id: TEST_ADMIN },
      { database: DATABASE },
    );
    server = await createServer({
      db: api.db,
      // TEST_LOG=error shows what the masked INTERNAL_SERVER_ERRORs were.
      logger: createLogger((process.env.TEST_LOG as 'error' | undefined) ?? 'silent'),
      authSecret: TEST_SECRET,
      webDist: '/nonexistent',
      clock: fixedClock(TEST_TODAY),
      ...(options.evidence ? { evidence: options.evidence } : {}),
      ...(options.changes ? { changes: options.changes } : {}),
      ...(options.countryPack ? { countryPack: options.countryPack } : {}),
      ...(options.analyticsCache !== undefined ? { analyticsCache: options.analyticsCache } : {}),
    });
    const port = await server.listen(0, '127.0.0.1');
    api.url = `http://127.0.0.1:${port}`;
  });
  afterAll(async () => server?.stop());
  return api;
}
