import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { issueToken } from '../../server/src/kernel/auth/tokens.js';
import { fixedClock } from '../../server/src/kernel/clock.js';
import { DbClient } from '../../server/src/kernel/database/db-client.js';
import { createLogger } from '../../server/src/kernel/logger.js';
import { writeGraph } from '../../server/src/modules/graph/graph-writer.js';
import type { NodeRecord, TieRecord } from '../../server/src/modules/graph/model.js';
import { PowerWorkers } from '../../server/src/modules/power/power-workers.js';
import { createServer, type KamgraphServer } from '../../server/src/server.js';
import { graphql } from './gql/index.js';
import { postGraphQL, TEST_ADMIN, TEST_SECRET, TEST_TODAY } from './support/api.js';
import { DATABASE, testDb, uniquePrefix, useTestDriver } from './support/database.js';

const POWER = graphql(`
  query WorkersPower($t: ID!) {
    balanceOfPower(scope: { territoryId: $t }, first: 500) { peopleInScope modularity ranking { rank score person { id } explanation { factor value evidence { description } } } coalitions { memberIds power lean } }
  }
`);
const DETAIL = graphql(`query WorkersPersonDetail($id: ID!) { person(id: $id) { id name positions { title } territories { id } } }`);

/**
 * People in clusters of 50 with ten influence ties each: enough that the measures take a
 * while (exact betweenness: the scope is at its limit), now that they run on index arrays.
 */
const PEOPLE = 2_000;
const TIES_EACH = 10;

function bigTerritory(p: string): { nodes: NodeRecord[]; ties: TieRecord[] } {
  const id = (s: string | number) => `${p}-${s}`;
  const nodes: NodeRecord[] = [
    { id: id('terr'), type: 'Territory', name: `Worker County ${p}`, props: {} },
    { id: id('hosp'), type: 'Institution', name: 'Worker Hospital', props: { kind: 'hospital' } },
  ];
  const ties: TieRecord[] = [{ from: id('hosp'), to: id('terr'), type: 'LOCATED_IN', props: {} }];
  let state = 42;
  const random = () => ((state = (state * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648);
  for (let i = 0; i < PEOPLE; i += 1) {
    nodes.push({ id: id(i), type: 'Person', name: `Worker ${i}`, props: {} });
    ties.push({ from: id(i), to: id('hosp'), type: 'WORKS_AT', props: { position: i % 40 === 0 ? 'Head' : 'Physician', head: i % 40 === 0 } });
    for (let k = 0; k < TIES_EACH; k += 1) {
      const j = random() < 0.85 ? Math.floor(i / 50) * 50 + Math.floor(random() * 50) : Math.floor(random() * PEOPLE);
      if (j !== i && j < PEOPLE) ties.push({ from: id(i), to: id(j), type: 'INFLUENCES', props: { strength: Math.round(random() * 90 + 10) / 100 } });
    }
  }
  return { nodes, ties };
}

describe('analytics off the event loop', () => {
  const driver = useTestDriver();
  const db = new DbClient(driver, DATABASE);
  const p = uniquePrefix('workers');
  const id = (s: string | number) => `${p}-${s}`;
  const workers = new PowerWorkers({ threads: 1, minPeople: 500 });
  const servers: KamgraphServer[] = [];
  const urls: Record<'threads' | 'inProcess', string> = { threads: '', inProcess: '' };

  beforeAll(async () => {
    await driver.executeQuery(`MERGE (u:Entity:User {id: $id}) ON CREATE SET u.name = 'Test Admin', u.role = 'admin'`, { id: TEST_ADMIN }, { database: DATABASE });
    await writeGraph(testDb(driver), bigTerritory(p), { atomic: false });
    // No caches: every question computes cold.
    const common = { db, logger: createLogger('silent'), authSecret: TEST_SECRET, webDist: '/nonexistent', clock: fixedClock(TEST_TODAY), analyticsCache: null, responseCache: null };
    for (const [name, powerWorkers] of [['threads', workers], ['inProcess', null]] as const) {
      const server = await createServer({ ...common, powerWorkers });
      servers.push(server);
      urls[name] = `http://127.0.0.1:${await server.listen(0, '127.0.0.1')}`;
    }
  });
  afterAll(async () => {
    await Promise.all(servers.map((s) => s.stop()));
    await workers.close();
  });

  const ask = async <R, V>(url: string, document: TypedDocumentNode<R, V>, variables: V) => {
    const body = await postGraphQL(url, await issueToken(TEST_SECRET, TEST_ADMIN), document, variables);
    expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
    return body.data!;
  };

  it('gives the same balance of power computed in a worker thread as in-process', async () => {
    const before = workers.stats().offThread;
    const threaded = await ask(urls.threads, POWER, { t: id('terr') });
    const inProcess = await ask(urls.inProcess, POWER, { t: id('terr') });
    expect(workers.stats().offThread).toBe(before + 1);
    expect(threaded.balanceOfPower.peopleInScope).toBe(PEOPLE);
    expect(threaded).toEqual(inProcess);
  });

  it('answers a person detail while a large scope is being measured: it completes first', async () => {
    const finished: string[] = [];
    const big = ask(urls.threads, POWER, { t: id('terr') }).then(() => finished.push('balanceOfPower'));
    // Wait until the measures are running in the worker (the event loop stays free to see it).
    while (workers.stats().running === 0 && finished.length === 0) await new Promise((resolve) => setTimeout(resolve, 5));
    expect(finished).toEqual([]);
    const detail = await ask(urls.threads, DETAIL, { id: id(7) });
    finished.push('personDetail');
    expect(detail.person?.id).toBe(id(7));
    await big;
    expect(finished).toEqual(['personDetail', 'balanceOfPower']);
  });
});
