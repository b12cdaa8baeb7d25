import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll } from 'vitest';
import { DbClient } from '../../../server/src/db/db-client.js';
import { createLogger } from '../../../server/src/logger.js';
import { createServer, type KamgraphServer } from '../../../server/src/server.js';
import { DATABASE } from './database.js';

export interface TestApi {
  url: string;
  db: DbClient;
  /** POSTs a GraphQL operation over real HTTP; returns the parsed body. */
  query<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<{ data?: T; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> }>;
}

/** Starts the real HTTP server (port 0) on the run's Neo4j for the current test file. */
export function useTestApi(driver: Driver): TestApi {
  let server: KamgraphServer | undefined;
  const api: TestApi = {
    url: '',
    db: new DbClient(driver, DATABASE),
    query: async (query, variables) => {
      const response = await fetch(`${api.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as never;
    },
  };
  beforeAll(async () => {
    server = await createServer({ db: api.db, logger: createLogger('silent'), webDist: '/nonexistent' });
    const port = await server.listen(0, '127.0.0.1');
    api.url = `http://127.0.0.1:${port}`;
  });
  afterAll(async () => server?.stop());
  return api;
}
