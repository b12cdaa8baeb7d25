import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueToken } from '../../server/src/kernel/auth/tokens.js';
import { AnalyticsCache } from '../../server/src/kernel/cache/analytics-cache.js';
import { DbClient } from '../../server/src/kernel/database/db-client.js';
import { writeGraph } from '../../server/src/modules/graph/graph-writer.js';
import { createLogger } from '../../server/src/kernel/logger.js';
import type { NodeRecord, PropertyValue, TieRecord, TieType } from '../../server/src/modules/graph/model.js';
import { createServer, type KamgraphServer } from '../../server/src/server.js';
import type { ResultOf, TypedDocumentNode } from '@graphql-typed-document-node/core';
import { graphql } from './gql/index.js';
import { postGraphQL, TEST_ADMIN, TEST_SECRET, TEST_TODAY } from './support/api.js';
import { fixedClock } from '../../server/src/kernel/clock.js';
import { DATABASE, testDb, uniquePrefix, useTestDriver } from './support/database.js';

const TODAY = TEST_TODAY;

const POWER = graphql(`
  query CachePower($t: ID!) {
    balanceOfPower(scope: { territoryId: $t }) { peopleInScope ranking { rank score person { id } } whatMayChange { newTies { from { id } to { id } strength } } }
  }
`);
const MAP_RANKS = graphql(`query CacheMapRanks($t: ID!) { graphView(scope: { territoryId: $t }) { nodes { id rank } } }`);
// Its own tie types: a view no earlier test has asked for.
const MAP = graphql(`query CacheMap($t: ID!) { graphView(scope: { territoryId: $t }, tieTypes: [INFLUENCES, WORKS_AT]) { edges { source target type strength } } }`);
const SET_TIE = graphql(`mutation CacheSetTie($input: TieInput!) { setTie(input: $input) { ok errors { field message } } }`);
const PEOPLE_IN_SCOPE = graphql(`
  query CachePeopleInScope($t: ID!, $d: Date, $w: [ID!]) { balanceOfPower(scope: { territoryId: $t }, asOf: $d, without: $w) { peopleInScope } }
`);

/** Six people in a territory: A chairs a committee, B and C influence A, D, E and F are quiet. */
function smallTerritory(p: string): { nodes: NodeRecord[]; ties: TieRecord[] } {
  const id = (s: string) => `${p}-${s}`;
  const nodes: NodeRecord[] = [];
  const ties: TieRecord[] = [];
  const node = (s: string, type: NodeRecord['type'], name: string, props: Record<string, PropertyValue> = {}) => nodes.push({ id: id(s), type, name, props });
  const tie = (from: string, to: string, type: TieType, props: Record<string, PropertyValue> = {}) => ties.push({ from: id(from), to: id(to), type, props });
  node('terr', 'Territory', `Cache County ${p}`);
  node('hosp', 'Institution', 'Cache Hospital', { kind: 'hospital' });
  node('comm', 'Committee', 'Cache Committee');
  tie('hosp', 'terr', 'LOCATED_IN');
  tie('comm', 'hosp', 'PART_OF');
  for (const s of ['A', 'B', 'C', 'D', 'E', 'F']) {
    node(s, 'Person', `Person ${s}`);
    tie(s, 'hosp', 'WORKS_AT', { position: 'Physician' });
  }
  tie('A', 'comm', 'MEMBER_OF', { role: 'chair' });
  tie('B', 'A', 'INFLUENCES', { strength: 0.8, since: '2020-01-01' });
  tie('C', 'A', 'INFLUENCES', { strength: 0.6, since: '2020-01-01' });
  return { nodes, ties };
}

describe('analytics cache per graph version', () => {
  const driver = useTestDriver();
  const db = new DbClient(driver, DATABASE);
  const cache = AnalyticsCache.forDatabase(db);
  const p = uniquePrefix('cache');
  const id = (s: string) => `${p}-${s}`;
  let server: KamgraphServer | undefined;
  let url = '';

  beforeAll(async () => {
    await driver.executeQuery(`MERGE (u:Entity:User {id: $id}) ON CREATE SET u.name = 'Test Admin', u.role = 'admin'`, { id: TEST_ADMIN }, { database: DATABASE });
    await writeGraph(testDb(driver), smallTerritory(p), { atomic: true });
    server = await createServer({ db, logger: createLogger('silent'), authSecret: TEST_SECRET, webDist: '/nonexistent', clock: fixedClock(TEST_TODAY), analyticsCache: cache, responseCache: null });
    url = `http://127.0.0.1:${await server.listen(0, '127.0.0.1')}`;
  });
  afterAll(async () => server?.stop());

  async function ask<R, V>(document: TypedDocumentNode<R, V>, variables: V): Promise<{ data: R; trips: number }> {
    const before = db.roundTrips;
    const body = await postGraphQL(url, await issueToken(TEST_SECRET, TEST_ADMIN), document, variables);
    expect(body.errors).toBeUndefined();
    return { data: body.data!, trips: db.roundTrips - before };
  }

  const rankOf = (answer: ResultOf<typeof POWER>, s: string) => answer.balanceOfPower.ranking.find((r) => r.person.id === id(s))!.rank;

  it('answers a repeat question from the cache: fewer round trips, the same answer', async () => {
    const first = await ask(POWER, { t: id('terr') });
    const hitsBefore = cache.stats().hits;
    const second = await ask(POWER, { t: id('terr') });
    expect(second.data).toEqual(first.data);
    expect(cache.stats().hits).toBe(hitsBefore + 1);
    // The write footprints (projection-memo.ts), the scope check, people in scope and the
    // projection's three parts (6 queries) are skipped; the version read is there either way.
    expect(second.trips).toBe(first.trips - 6);
    expect(first.data.balanceOfPower.peopleInScope).toBe(6);
  });

  it('the map shares the cached scope power', async () => {
    const power = await ask(POWER, { t: id('terr') });
    const hitsBefore = cache.stats().hits;
    const view = await ask(MAP_RANKS, { t: id('terr') });
    expect(cache.stats().hits).toBe(hitsBefore + 1);
    for (const s of ['A', 'B', 'D']) expect(view.data.graphView.nodes.find((n) => n.id === id(s))!.rank).toBe(rankOf(power.data, s));
  });

  it('keeps the map view too: a repeat costs fewer round trips, an edit shows at once', async () => {
    const first = await ask(MAP, { t: id('terr') });
    const again = await ask(MAP, { t: id('terr') });
    expect(again.data).toEqual(first.data);
    expect(again.trips).toBeLessThan(first.trips);
    const set = await ask(SET_TIE, { input: { from: id('C'), to: id('E'), type: 'INFLUENCES', strength: 0.42, since: TODAY } });
    expect(set.data.setTie.ok).toBe(true);
    const after = await ask(MAP, { t: id('terr') });
    expect(after.data.graphView.edges).toContainEqual({ source: id('C'), target: id('E'), type: 'INFLUENCES', strength: 0.42 });
    expect(first.data.graphView.edges).not.toContainEqual(expect.objectContaining({ source: id('C'), target: id('E'), type: 'INFLUENCES' }));
  });

  it('an edit through the API (setTie) invalidates it: the next answer shows the edit', async () => {
    const before = await ask(POWER, { t: id('terr') });
    expect(rankOf(before.data, 'D')).toBeGreaterThan(1);
    const missesBefore = cache.stats().misses;

    // D now sways A, B and C strongly: D must climb, and the tie is new (whatMayChange).
    for (const to of ['A', 'B', 'C']) {
      const set = await ask(SET_TIE, { input: { from: id('D'), to: id(to), type: 'INFLUENCES', strength: 0.95, basis: 'HIERARCHY', since: TODAY } });
      expect(set.data.setTie.ok).toBe(true);
    }
    const after = await ask(POWER, { t: id('terr') });
    expect(cache.stats().misses).toBe(missesBefore + 1);
    expect(rankOf(after.data, 'D')).toBeLessThan(rankOf(before.data, 'D'));
    expect(after.data.balanceOfPower.whatMayChange.newTies).toEqual(
      expect.arrayContaining([{ from: { id: id('D') }, to: { id: id('A') }, strength: 0.95 }]),
    );
  });

  it('a write from another process (any client of the database) invalidates it too', async () => {
    await ask(POWER, { t: id('terr') });
    // Another writer: the batched import writer on its own driver session, as `npm run import` would.
    await writeGraph(testDb(driver), { nodes: [{ id: id('G'), type: 'Person', name: 'Person G', props: {} }], ties: [{ from: id('G'), to: id('hosp'), type: 'WORKS_AT', props: { position: 'Physician' } }] }, { atomic: true });
    const after = await ask(POWER, { t: id('terr') });
    expect(after.data.balanceOfPower.peopleInScope).toBe(7);
  });

  it('concurrent askers after a write share one computation', async () => {
    await writeGraph(testDb(driver), { nodes: [], ties: [{ from: id('E'), to: id('F'), type: 'KNOWS', props: { strength: 0.5 } }] }, { atomic: true });
    const missesBefore = cache.stats().misses;
    const answers = await Promise.all(Array.from({ length: 5 }, () => ask(POWER, { t: id('terr') })));
    expect(cache.stats().misses).toBe(missesBefore + 1);
    for (const answer of answers) expect(answer.data).toEqual(answers[0]!.data);
  });

  it('different arguments are different entries (asOf, without)', async () => {
    const today = await ask(POWER, { t: id('terr') });
    const past = await ask(PEOPLE_IN_SCOPE, { t: id('terr'), d: '2019-01-01' });
    const without = await ask(PEOPLE_IN_SCOPE, { t: id('terr'), w: [id('A'), id('B')] });
    expect(past.data.balanceOfPower.peopleInScope).toBe(today.data.balanceOfPower.peopleInScope);
    expect(without.data.balanceOfPower.peopleInScope).toBe(today.data.balanceOfPower.peopleInScope - 2);
  });
});
