import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { issueToken } from '../../server/src/kernel/auth/tokens.js';
import { ViewerSource } from '../../server/src/kernel/auth/viewer-source.js';
import { ResponseCache } from '../../server/src/kernel/cache/response-cache.js';
import { fixedClock } from '../../server/src/kernel/clock.js';
import { DbClient } from '../../server/src/kernel/database/db-client.js';
import { createLogger } from '../../server/src/kernel/logger.js';
import { writeGraph } from '../../server/src/modules/graph/graph-writer.js';
import { createServer, type KamgraphServer } from '../../server/src/server.js';
import { graphql } from './gql/index.js';
import { postGraphQL, TEST_ADMIN, TEST_SECRET, TEST_TODAY, type GraphQLResponse } from './support/api.js';
import { DATABASE, testDb, uniquePrefix, useTestDriver } from './support/database.js';

const DETAIL = graphql(`query ViewerSourceDetail($id: ID!) { person(id: $id) { id positions { institution { id } title } } }`);
const SET_TIE = graphql(`mutation ViewerSourceSetTie($input: TieInput!) { setTie(input: $input) { ok errors { field message } } }`);

describe('a server that remembers who asks and the graph version between writes', () => {
  const driver = useTestDriver();
  const db = new DbClient(driver, DATABASE);
  // Elsewhere: another process, the CLI, another machine. Its writes are not this server's.
  const elsewhere = testDb(driver);
  const p = uniquePrefix('viewers');
  const id = (s: string) => `${p}-${s}`;
  // A background read far apart: the test runs it itself (checkForOtherWrites).
  const viewers = new ViewerSource(db, { checkMs: 3_600_000 });
  let server: KamgraphServer | undefined;
  let url = '';

  beforeAll(async () => {
    await driver.executeQuery(`MERGE (u:Entity:User {id: $id}) ON CREATE SET u.name = 'Test Admin', u.role = 'admin'`, { id: TEST_ADMIN }, { database: DATABASE });
    await writeGraph(
      elsewhere,
      {
        nodes: [
          { id: id('person'), type: 'Person', name: 'Remembered Person', props: {} },
          { id: id('h1'), type: 'Institution', name: 'Remembered Hospital', props: { kind: 'hospital' } },
          { id: id('h2'), type: 'Institution', name: 'Remembered Clinic', props: { kind: 'hospital' } },
          { id: id('h3'), type: 'Institution', name: 'Remembered Centre', props: { kind: 'hospital' } },
        ],
        ties: [{ from: id('person'), to: id('h1'), type: 'WORKS_AT', props: { position: 'Physician' } }],
      },
      { atomic: true },
    );
    server = await createServer({
      db,
      viewers,
      logger: createLogger('silent'),
      authSecret: TEST_SECRET,
      webDist: '/nonexistent',
      clock: fixedClock(TEST_TODAY),
      analyticsCache: null,
      responseCache: new ResponseCache(),
    });
    url = `http://127.0.0.1:${await server.listen(0, '127.0.0.1')}`;
  });
  afterAll(async () => {
    await server?.stop();
    viewers.close();
  });

  async function ask<R, V>(document: TypedDocumentNode<R, V>, variables: V): Promise<{ body: GraphQLResponse<R>; trips: number }> {
    const before = db.roundTrips;
    const body = await postGraphQL(url, await issueToken(TEST_SECRET, TEST_ADMIN), document, variables);
    return { body, trips: db.roundTrips - before };
  }
  const institutions = (body: GraphQLResponse<{ person: { positions: Array<{ institution: { id: string } }> } | null }>) =>
    body.data!.person!.positions.map((x) => x.institution.id).sort();

  it('answers a repeat without asking the database anything, with the same answer', async () => {
    const first = await ask(DETAIL, { id: id('person') });
    expect(first.body.errors).toBeUndefined();
    const repeat = await ask(DETAIL, { id: id('person') });
    expect(repeat.body).toEqual(first.body);
    expect(repeat.trips).toBe(0);
  });

  it('forgets at once when this server writes: the next question reads the version and answers the write', async () => {
    const write = await ask(SET_TIE, { input: { from: id('person'), to: id('h2'), type: 'WORKS_AT', position: 'Consultant' } });
    expect(write.body.data!.setTie.ok).toBe(true);
    const after = await ask(DETAIL, { id: id('person') });
    expect(institutions(after.body)).toEqual([id('h1'), id('h2')].sort());
    expect(after.trips).toBeGreaterThan(1);
    expect((await ask(DETAIL, { id: id('person') })).trips).toBe(0);
  });

  it('forgets when anything written through its database client commits, not only GraphQL mutations', async () => {
    await writeGraph(db, { nodes: [], ties: [{ from: id('person'), to: id('h3'), type: 'WORKS_AT', props: { position: 'Visiting' } }] }, { atomic: true });
    expect(institutions((await ask(DETAIL, { id: id('person') })).body)).toEqual([id('h1'), id('h2'), id('h3')].sort());
  });

  it('learns of a write made elsewhere at its background read, and answered from memory until then', async () => {
    const before = await ask(DETAIL, { id: id('person') });
    await writeGraph(elsewhere, { nodes: [], ties: [{ from: id('person'), to: id('h1'), type: 'WORKS_AT', props: { position: 'Physician', until: TEST_TODAY } }] }, { atomic: true });
    // What GRAPH_VERSION_CHECK_MS bounds: until the background read, the remembered answer stands.
    expect((await ask(DETAIL, { id: id('person') })).body).toEqual(before.body);
    await viewers.checkForOtherWrites();
    const after = await ask(DETAIL, { id: id('person') });
    expect(institutions(after.body)).toEqual([id('h2'), id('h3')].sort());
    expect(after.trips).toBeGreaterThan(1);
  });

  it('does not remember a read that was under way when a write was told', async () => {
    viewers.forget();
    const before = db.roundTrips;
    const reading = viewers.viewerAndVersion(TEST_ADMIN, TEST_TODAY);
    // A write commits while the read is on its way: what it read may be older than the write.
    viewers.forget();
    expect((await reading).viewer?.userId).toBe(TEST_ADMIN);
    await viewers.viewerAndVersion(TEST_ADMIN, TEST_TODAY);
    expect(db.roundTrips - before).toBe(2);
    // Read again with nothing told meanwhile: remembered now.
    await viewers.viewerAndVersion(TEST_ADMIN, TEST_TODAY);
    expect(db.roundTrips - before).toBe(2);
  });

  it('reads with every request when it is not to remember (GRAPH_VERSION_CHECK_MS=0)', async () => {
    const every = ViewerSource.readEveryRequest(db);
    try {
      const before = db.roundTrips;
      await every.viewerAndVersion(TEST_ADMIN, TEST_TODAY);
      await every.viewerAndVersion(TEST_ADMIN, TEST_TODAY);
      expect(db.roundTrips - before).toBe(2);
    } finally {
      every.close();
    }
  });
});
