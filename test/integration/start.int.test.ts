import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { issueToken } from '../../server/src/kernel/auth/tokens.js';
import { loadConfig } from '../../server/src/kernel/config.js';
import { findFreePort } from '../../server/src/kernel/database/embedded-neo4j.js';
import { createLogger } from '../../server/src/kernel/logger.js';
import { main } from '../../server/src/main.js';
import { graphql } from './gql/index.js';
import { postGraphQL } from './support/api.js';

const SECRET = 'start-test-secret-0123456789abcdef0123';

const SEEDED = graphql(`query StartSeeded { graphVersion territories { id peopleCount } }`);

/** Asks as the demo's admin, with a token signed by the secret this start was given. */
async function seeded(url: string) {
  return postGraphQL(url, await issueToken(SECRET, 'user-admin'), SEEDED);
}

describe('npm start wiring (main)', () => {
  it('starts its own Neo4j, seeds an empty database once, serves, and keeps data across restarts', async () => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'kamgraph-start-'));
    const config = loadConfig({
      PORT: String(await findFreePort()),
      NEO4J_BOLT_PORT: String(await findFreePort()),
      NEO4J_DATA: dataDir,
      NEO4J_HEAP: '1g',
      NEO4J_PAGECACHE: '128m',
      DEMO_PEOPLE: '120',
      AUTH_SECRET: SECRET,
    });
    const logger = createLogger('silent');
    try {
      const first = await main(config, logger);
      expect(first.database.embedded).toBeDefined();
      const before = await seeded(first.url);
      // Portugal by default: at 120 people one health region, under the country's own territory.
      expect(before.data!.territories).toEqual(expect.arrayContaining([{ id: 'territory-north', peopleCount: 120 }, { id: 'territory-pt', peopleCount: 0 }]));
      expect(before.data!.territories).toHaveLength(2);
      const health = await fetch(`${first.url}/health`);
      expect(await health.json()).toEqual({ status: 'ok', database: 'up' });
      await first.shutdown();
      expect(first.database.embedded!.stoppedCleanly).toBe(true);

      const second = await main(config, logger);
      const again = await seeded(second.url);
      expect(again.data).toEqual(before.data);
      await second.shutdown();
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 240_000);
});
