import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { issueToken } from '../../server/src/kernel/auth/tokens.js';
import { AnalyticsCache } from '../../server/src/kernel/cache/analytics-cache.js';
import { ResponseCache } from '../../server/src/kernel/cache/response-cache.js';
import { fixedClock } from '../../server/src/kernel/clock.js';
import { DbClient } from '../../server/src/kernel/database/db-client.js';
import { createLogger } from '../../server/src/kernel/logger.js';
import { writeGraph } from '../../server/src/modules/graph/graph-writer.js';
import type { NodeRecord, TieRecord } from '../../server/src/modules/graph/model.js';
import { createWholeGraphPower, type ScopePower } from '../../server/src/modules/power/questions.js';
import type { WholeGraphPower } from '../../server/src/modules/power/whole-graph.js';
import { createServer, type KamgraphServer } from '../../server/src/server.js';
import { graphql } from './gql/index.js';
import { postGraphQL, TEST_ADMIN, TEST_SECRET, TEST_TODAY } from './support/api.js';
import { DATABASE, testDb, uniquePrefix, useTestDriver } from './support/database.js';

const COUNTRY = graphql(`
  query WholeGraphCountry { balanceOfPower(scope: { everywhere: true }, first: 500) { asOf computedAt upToDate peopleInScope ranking { person { id } } } }
`);
const SCORE = graphql(`
  query WholeGraphScore($id: ID!) { powerScore(scope: { everywhere: true }, personId: $id) { explanation { factor evidence { description } } } }
`);
const SET_TIE = graphql(`mutation WholeGraphSetTie($input: TieInput!) { setTie(input: $input) { ok errors { field message } } }`);

/** Four people, two of them tied. */
function fewPeople(p: string): { nodes: NodeRecord[]; ties: TieRecord[] } {
  const id = (s: string) => `${p}-${s}`;
  return {
    nodes: ['A', 'B', 'C', 'D'].map((s) => ({ id: id(s), type: 'Person', name: `Whole ${s}`, props: {} }) as NodeRecord),
    ties: [{ from: id('A'), to: id('B'), type: 'INFLUENCES', props: { strength: 0.7, since: '2020-01-01' } }],
  };
}

describe('the whole graph’s balance of power, kept up to date in the background', () => {
  const driver = useTestDriver();
  const db = new DbClient(driver, DATABASE);
  const p = uniquePrefix('whole');
  const id = (s: string) => `${p}-${s}`;
  let server: KamgraphServer | undefined;
  let wholeGraph: WholeGraphPower<ScopePower> | undefined;
  let url = '';

  beforeAll(async () => {
    await driver.executeQuery(`MERGE (u:Entity:User {id: $id}) ON CREATE SET u.name = 'Test Admin', u.role = 'admin'`, { id: TEST_ADMIN }, { database: DATABASE });
    await writeGraph(testDb(driver), fewPeople(p), { atomic: true });
    const clock = fixedClock(TEST_TODAY);
    // Writes start no recomputation by themselves within the test (the unit test covers
    // that): the question right after a write is the one that starts it, and is answered
    // before it ends.
    wholeGraph = createWholeGraphPower(db, null, clock, createLogger('silent'), { settleMs: 600_000, pollMs: 600_000 });
    // Both caches, as production runs.
    server = await createServer({
      db,
      logger: createLogger('silent'),
      authSecret: TEST_SECRET,
      webDist: '/nonexistent',
      clock,
      analyticsCache: AnalyticsCache.forDatabase(db),
      responseCache: new ResponseCache(),
      powerWorkers: null,
      wholeGraph,
    });
    url = `http://127.0.0.1:${await server.listen(0, '127.0.0.1')}`;
  });
  afterAll(async () => {
    wholeGraph?.stop();
    await server?.stop();
  });

  const ask = async <R, V>(document: TypedDocumentNode<R, V>, variables: V): Promise<R> => {
    const body = await postGraphQL(url, await issueToken(TEST_SECRET, TEST_ADMIN), document, variables);
    expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
    return body.data!;
  };
  /** What C's influence factor says, from the exact (never provisional) power score. */
  const influenceOfC = async () => {
    const score = await ask(SCORE, { id: id('C') });
    return score.powerScore!.explanation.find((f) => f.factor === 'INFLUENCE')!.evidence.map((e) => e.description);
  };

  it('answers a write at once with the latest ranking, says when it was computed, then has the new one', async () => {
    const first = await ask(COUNTRY, {});
    expect(first.balanceOfPower).toMatchObject({ asOf: TEST_TODAY, upToDate: true });
    expect(Date.parse(first.balanceOfPower.computedAt)).not.toBeNaN();
    // Everyone in the shared test database is in scope (other files' people too, so the four
    // here need not be among the first 500; C's own score below shows they are in it).
    const { peopleInScope, ranking } = first.balanceOfPower;
    expect(peopleInScope).toBeGreaterThanOrEqual(4);
    expect(ranking.length).toBe(Math.min(500, peopleInScope));

    expect(await influenceOfC()).toEqual([]);
    // A new tie: C is influenced from now on.
    const set = await ask(SET_TIE, { input: { from: id('D'), to: id('C'), type: 'INFLUENCES', strength: 0.9, since: TEST_TODAY } });
    expect(set.setTie.ok).toBe(true);
    const right = await ask(COUNTRY, {});
    // The latest ranking, as computed before the write, and said to be so.
    expect(right.balanceOfPower).toEqual({ ...first.balanceOfPower, upToDate: false });
    // Questions that must see the graph as it is wait for the current ranking instead.
    expect(await influenceOfC()).toEqual(['influenced by 1 person']);
    // The newer ranking arrives; the provisional answer was not kept by the response cache.
    await vi.waitFor(async () => expect((await ask(COUNTRY, {})).balanceOfPower.upToDate).toBe(true), { timeout: 30_000, interval: 100 });
    const later = await ask(COUNTRY, {});
    expect(later.balanceOfPower.computedAt >= first.balanceOfPower.computedAt).toBe(true);
    expect(wholeGraph!.stats().computed).toBeGreaterThanOrEqual(2);
  });

  it('keeps nothing for a strategist who never asked: writes start no computation', async () => {
    const idle = createWholeGraphPower(db, null, fixedClock(TEST_TODAY), createLogger('silent'), { settleMs: 0 });
    try {
      idle.written();
      idle.notice(Number.MAX_SAFE_INTEGER);
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(idle.stats()).toMatchObject({ computed: 0, warm: false });
    } finally {
      idle.stop();
    }
  });
});
