import { print } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { issueToken } from '../../server/src/kernel/auth/tokens.js';
import { ResponseCache } from '../../server/src/kernel/cache/response-cache.js';
import { fixedClock } from '../../server/src/kernel/clock.js';
import { DbClient } from '../../server/src/kernel/database/db-client.js';
import { createLogger } from '../../server/src/kernel/logger.js';
import { writeGraph } from '../../server/src/modules/graph/graph-writer.js';
import type { NodeRecord, PropertyValue, TieRecord, TieType } from '../../server/src/modules/graph/model.js';
import { createServer, type KamgraphServer } from '../../server/src/server.js';
import { graphql } from './gql/index.js';
import { postGraphQL, TEST_ADMIN, TEST_SECRET, TEST_TODAY, type GraphQLResponse } from './support/api.js';
import { DATABASE, testDb, uniquePrefix, useTestDriver } from './support/database.js';

const DETAIL = graphql(`
  query ResponseCacheDetail($id: ID!) {
    person(id: $id) { id name positions { institution { id } title } territories { id } committees { committee { id } role } stances { towardId value } }
  }
`);
const PEOPLE = graphql(`query ResponseCachePeople($s: String!) { people(search: $s, first: 50) { nodes { id name } } }`);
const SET_TIE = graphql(`mutation ResponseCacheSetTie($input: TieInput!) { setTie(input: $input) { ok errors { field message } } }`);
const AUDIT = graphql(`query ResponseCacheAudit($t: ID) { auditLog(targetId: $t) { action } }`);
const DOSSIER = graphql(`query ResponseCacheDossier($id: ID!) { person(id: $id) { id dossier { hobbies } } }`);

/** Two territories, a KAM in each, two people in each; the first person of T1 has a dossier. */
function twoTerritories(p: string): { nodes: NodeRecord[]; ties: TieRecord[] } {
  const id = (s: string) => `${p}-${s}`;
  const nodes: NodeRecord[] = [];
  const ties: TieRecord[] = [];
  const node = (s: string, type: NodeRecord['type'], name: string, props: Record<string, PropertyValue> = {}) => nodes.push({ id: id(s), type, name, props });
  const tie = (from: string, to: string, type: TieType, props: Record<string, PropertyValue> = {}) => ties.push({ from: id(from), to: id(to), type, props });
  for (const t of ['1', '2']) {
    node(`T${t}`, 'Territory', `Cached County ${t} ${p}`);
    node(`h${t}`, 'Institution', `Cached Hospital ${t}`, { kind: 'hospital' });
    tie(`h${t}`, `T${t}`, 'LOCATED_IN');
    node(`k${t}`, 'User', `Cached Kam ${t}`, { role: 'kam' });
    tie(`k${t}`, `T${t}`, 'LOCATED_IN');
    for (const s of ['a', 'b']) {
      node(`${s}${t}`, 'Person', `Cached ${p} ${s}${t}`);
      tie(`${s}${t}`, `h${t}`, 'WORKS_AT', { position: 'Physician' });
    }
  }
  node('clinic', 'Institution', 'Cached Clinic', { kind: 'hospital' });
  tie('clinic', 'T1', 'LOCATED_IN');
  node('dossier', 'Dossier', 'Dossier a1', { hobbies: ['sailing'] });
  tie('a1', 'dossier', 'HAS_DOSSIER');
  return { nodes, ties };
}

describe('response cache: whole answers per graph version and viewer', () => {
  const driver = useTestDriver();
  const db = new DbClient(driver, DATABASE);
  const cache = new ResponseCache();
  const p = uniquePrefix('rcache');
  const id = (s: string) => `${p}-${s}`;
  let server: KamgraphServer | undefined;
  let url = '';

  beforeAll(async () => {
    await driver.executeQuery(`MERGE (u:Entity:User {id: $id}) ON CREATE SET u.name = 'Test Admin', u.role = 'admin'`, { id: TEST_ADMIN }, { database: DATABASE });
    await writeGraph(testDb(driver), twoTerritories(p), { atomic: true });
    // No analytics cache: every answer not served whole is computed in full.
    server = await createServer({ db, logger: createLogger('silent'), authSecret: TEST_SECRET, webDist: '/nonexistent', clock: fixedClock(TEST_TODAY), analyticsCache: null, responseCache: cache });
    url = `http://127.0.0.1:${await server.listen(0, '127.0.0.1')}`;
  });
  afterAll(async () => server?.stop());

  async function ask<R, V>(document: TypedDocumentNode<R, V>, variables: V, as = TEST_ADMIN): Promise<{ body: GraphQLResponse<R>; trips: number }> {
    const before = db.roundTrips;
    const body = await postGraphQL(url, await issueToken(TEST_SECRET, as), document, variables);
    return { body, trips: db.roundTrips - before };
  }

  it('serves a repeat from the cache: only the viewer-and-version read reaches the database, and the answer is the same', async () => {
    const first = await ask(DETAIL, { id: id('a1') });
    expect(first.body.errors).toBeUndefined();
    expect(first.trips).toBeGreaterThan(1);
    const hits = cache.stats().hits;
    const repeat = await ask(DETAIL, { id: id('a1') });
    expect(repeat.body).toEqual(first.body);
    expect(repeat.trips).toBe(1);
    expect(cache.stats().hits).toBe(hits + 1);
    // Other variables are another question.
    const other = await ask(DETAIL, { id: id('b1') });
    expect(other.body.data!.person!.id).toBe(id('b1'));
    expect(other.trips).toBeGreaterThan(1);
  });

  it('sends a repeat as the very text of the first answer, and an answer with errors as Apollo writes it', async () => {
    const token = await issueToken(TEST_SECRET, TEST_ADMIN);
    const send = async (query: string, variables: unknown) => {
      const response = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query, variables }) });
      return { type: response.headers.get('content-type'), text: await response.text() };
    };
    const query = print(DETAIL);
    const first = await send(query, { id: id('b2') });
    const repeat = await send(query, { id: id('b2') });
    expect(repeat).toEqual(first);
    expect(first.text).toBe(`${JSON.stringify({ data: JSON.parse(first.text).data })}\n`);
    const refused = await send('query { person(id: 1, nope: 2) { id } }', {});
    expect(JSON.parse(refused.text).errors.length).toBeGreaterThan(0);
    expect(refused.text.endsWith('}\n')).toBe(true);
  });

  it('never caches a mutation, and any write makes the next question compute again', async () => {
    const before = await ask(DETAIL, { id: id('a1') });
    expect((await ask(DETAIL, { id: id('a1') })).trips).toBe(1);
    const input = { from: id('a1'), to: id('clinic'), type: 'WORKS_AT' as const, position: 'Consultant' };
    const write = await ask(SET_TIE, { input });
    expect(write.body.data!.setTie.ok).toBe(true);
    const again = await ask(SET_TIE, { input });
    expect(again.trips).toBeGreaterThan(1);
    const after = await ask(DETAIL, { id: id('a1') });
    expect(after.trips).toBeGreaterThan(1);
    expect(after.body.data!.person!.positions.map((x) => x.institution.id).sort()).toEqual([id('clinic'), id('h1')]);
    expect(after.body).not.toEqual(before.body);
    expect((await ask(DETAIL, { id: id('a1') })).trips).toBe(1);
  });

  it('never serves one viewer the answer computed for another with other territories', async () => {
    const search = { s: `Cached ${p}` };
    const k1 = await ask(PEOPLE, search, id('k1'));
    const k2 = await ask(PEOPLE, search, id('k2'));
    expect(k1.body.data!.people.nodes.map((n) => n.id).sort()).toEqual([id('a1'), id('b1')]);
    expect(k2.body.data!.people.nodes.map((n) => n.id).sort()).toEqual([id('a2'), id('b2')]);
    expect(k2.trips).toBeGreaterThan(1);
    // Each repeat is served, to its own viewer only.
    expect(await ask(PEOPLE, search, id('k1'))).toEqual({ body: k1.body, trips: 1 });
    expect(await ask(PEOPLE, search, id('k2'))).toEqual({ body: k2.body, trips: 1 });
    // A person outside k2's territories stays refused after k1 asked about them.
    expect((await ask(DETAIL, { id: id('a1') }, id('k1'))).body.data!.person!.id).toBe(id('a1'));
    const refused = await ask(DETAIL, { id: id('a1') }, id('k2'));
    expect(refused.body.data?.person ?? null).toBeNull();
  });

  it('always answers audited reads and the audit trail afresh', async () => {
    const read = () => ask(DOSSIER, { id: id('a1') });
    expect((await read()).body.data!.person!.dossier!.hobbies).toEqual(['sailing']);
    expect((await read()).trips).toBeGreaterThan(1);
    const log = async () => (await ask(AUDIT, { t: id('a1') })).body.data!.auditLog.filter((e) => e.action === 'dossier.read').length;
    const before = await log();
    await read();
    expect(await log()).toBe(before + 1);
  });
});
