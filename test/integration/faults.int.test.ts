import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueToken } from '../../server/src/kernel/auth/tokens.js';
import { applySchema } from '../../server/src/modules/graph/apply-schema.js';
import { createDriver } from '../../server/src/kernel/database/connect.js';
import { DbClient } from '../../server/src/kernel/database/db-client.js';
import { findFreePort, startEmbeddedNeo4j, type EmbeddedNeo4j } from '../../server/src/kernel/database/embedded-neo4j.js';
import { createLogger } from '../../server/src/kernel/logger.js';
import { createServer, type KamgraphServer } from '../../server/src/server.js';
import { graphql } from './gql/index.js';
import type { RelationshipStage, StageCriterion } from './gql/graphql.js';
import { postGraphQL, TEST_SECRET, TEST_TODAY, useTestApi } from './support/api.js';
import { fixedClock } from '../../server/src/kernel/clock.js';
import { DATABASE, uniquePrefix, useTestDriver } from './support/database.js';

const UNDER_LOAD = graphql(`mutation FaultsUnderLoad($id: ID!) { upsertPerson(input: { id: $id, name: "Under load", territoryId: "fault-t" }) { ok } }`);
const TWO_PEOPLE = graphql(`mutation FaultsTwoPeople($a: ID!, $b: ID!) { a: upsertPerson(input: { id: $a, name: "A" }) { ok } b: upsertPerson(input: { id: $b, name: "B" }) { ok } }`);
const INFLUENCE = graphql(`
  mutation FaultsInfluence($a: ID!, $b: ID!, $s: Float!) { setTie(input: { from: $a, to: $b, type: INFLUENCES, strength: $s, since: "2026-01-01" }) { ok } }
`);
const RENAME = graphql(`mutation FaultsRename($id: ID!, $name: String!) { upsertPerson(input: { id: $id, name: $name }) { ok } }`);
const STAGE = graphql(`
  mutation FaultsStage($p: ID!, $s: RelationshipStage!, $c: [StageCriterionInput!]) { setStage(userId: "test-admin", personId: $p, stage: $s, criteria: $c) { ok } }
`);

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Outcome {
  id: string;
  ok: boolean;
  code?: string;
  ms: number;
}

describe('faults: the database vanishing mid-traffic', () => {
  let neo4j: EmbeddedNeo4j;
  let server: KamgraphServer;
  let url = '';
  let token = '';
  let port = 0;
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'kamgraph-faults-'));
  const driver = { current: undefined as ReturnType<typeof createDriver> | undefined };

  beforeAll(async () => {
    port = await findFreePort();
    neo4j = await startEmbeddedNeo4j({ dataDir, port, heap: '512m', pageCache: '64m', log: () => {} });
    driver.current = createDriver(neo4j.uri);
    await applySchema(driver.current, DATABASE);
    await driver.current.executeQuery(
      "CREATE (:Entity:User {id: 'fault-admin', name: 'Fault Admin', role: 'admin'}), (:Entity:Territory {id: 'fault-t', name: 'Fault Territory'})",
      {},
      { database: DATABASE },
    );
    server = await createServer({ db: new DbClient(driver.current, DATABASE), logger: createLogger('silent'), authSecret: TEST_SECRET, webDist: '/nonexistent', clock: fixedClock(TEST_TODAY) });
    url = `http://127.0.0.1:${await server.listen(0, '127.0.0.1')}`;
    token = await issueToken(TEST_SECRET, 'fault-admin');
  });

  afterAll(async () => {
    await server?.stop();
    await driver.current?.close();
    await neo4j?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  async function write(id: string): Promise<Outcome> {
    const started = performance.now();
    try {
      const body = await postGraphQL(url, token, UNDER_LOAD, { id });
      return { id, ok: body.data?.upsertPerson.ok === true, code: body.errors?.[0]?.extensions?.code as string | undefined, ms: performance.now() - started };
    } catch {
      return { id, ok: false, code: 'NETWORK', ms: performance.now() - started };
    }
  }

  it('fails fast with SERVICE_UNAVAILABLE, reconnects by itself, and loses no acknowledged write', async () => {
    const outcomes: Outcome[] = [];
    let running = true;
    let counter = 0;
    const clients = Array.from({ length: 4 }, async (_, c) => {
      while (running) {
        outcomes.push(await write(`fault-${c}-${counter++}`));
        await sleep(20);
      }
    });

    // Load first: the first writes on a fresh database also pay for query planning.
    while (outcomes.filter((o) => o.ok).length < 20) await sleep(100);
    const beforeCrash = outcomes.length;
    await neo4j.kill();
    await sleep(6000);
    const health = await fetch(`${url}/health`);
    expect(health.status).toBe(503);
    const duringOutage = outcomes.slice(beforeCrash).filter((o) => !o.ok);

    neo4j = await startEmbeddedNeo4j({ dataDir, port, heap: '512m', pageCache: '64m', log: () => {} });
    const back = outcomes.length;
    const deadline = Date.now() + 90_000; // generous: the driver backs off between reconnection tries
    while (outcomes.slice(back).filter((o) => o.ok).length < 10 && Date.now() < deadline) await sleep(100);
    running = false;
    await Promise.all(clients);

    expect(beforeCrash).toBeGreaterThan(5);
    expect(duringOutage.length).toBeGreaterThan(0);
    for (const failure of duringOutage) {
      expect(failure.code).toBe('SERVICE_UNAVAILABLE');
      expect(failure.ms).toBeLessThan(8_000);
    }
    const afterRestart = outcomes.slice(back);
    expect(afterRestart.filter((o) => o.ok).length).toBeGreaterThanOrEqual(10);
    expect((await fetch(`${url}/health`)).status).toBe(200);

    const acknowledged = outcomes.filter((o) => o.ok).map((o) => o.id);
    const { records } = await driver.current!.executeQuery('UNWIND $ids AS id MATCH (p:Person {id: id}) RETURN count(p) AS found', { ids: acknowledged }, { database: DATABASE });
    const lost = acknowledged.length - (records[0]!.get('found') as number);
    const slowest = Math.max(...duringOutage.map((o) => o.ms));
    console.info(`restart under load: slowest refusal ${Math.round(slowest)} ms; ${outcomes.length} writes, ${acknowledged.length} acknowledged, ${duringOutage.length} refused during the outage, ${lost} lost`);
    expect(lost).toBe(0);
    // A JVM restart on a busy two-core machine can take most of a minute by itself.
  }, 240_000);
});

/** Stages on the ladder with every criterion each claims (its own and the lower steps'). */
const STAGES: Array<[RelationshipStage, StageCriterion[]]> = [
  ['CONTACT', []],
  ['ACQUAINTANCE', ['KNOWS_KAM_AND_COMPANY', 'KAM_KNOWS_THEM']],
  ['LOYALTY', ['KNOWS_KAM_AND_COMPANY', 'KAM_KNOWS_THEM', 'KNOWS_OUR_MEDICINES', 'SPEAKS_WITH_RESPECT']],
];

describe('concurrent edits', () => {
  const shared = useTestDriver();
  const api = useTestApi(shared);
  const p = uniquePrefix('conc');

  it('never leaves duplicates or half-written state', async () => {
    const setup = await api.query(TWO_PEOPLE, { a: `${p}-a`, b: `${p}-b` });
    expect(setup.errors).toBeUndefined();
    const strengths = Array.from({ length: 16 }, (_, i) => (i + 1) / 20);
    const [ties, renames, stages] = await Promise.all([
      Promise.all(strengths.map((strength) => api.query(INFLUENCE, { a: `${p}-a`, b: `${p}-b`, s: strength }))),
      Promise.all(strengths.map((_, i) => api.query(RENAME, { id: `${p}-c`, name: `C ${i}` }))),
      Promise.all(
        strengths.map((_, i) => {
          // Each call brings every criterion its stage claims, so none depends on another having landed first.
          const [stage, criteria] = STAGES[i % STAGES.length]!;
          return api.query(STAGE, { p: `${p}-a`, s: stage, c: criteria.map((criterion) => ({ criterion })) });
        }),
      ),
    ]);
    for (const result of [...ties, ...renames, ...stages]) expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
    expect(ties.map((r) => r.data!.setTie.ok)).not.toContain(false);
    expect(renames.map((r) => r.data!.upsertPerson.ok)).not.toContain(false);
    expect(stages.map((r) => r.data!.setStage.ok)).not.toContain(false);
    const { records } = await shared.executeQuery(
      `MATCH (a:Person {id: $a})
       RETURN COUNT { (a)-[:INFLUENCES]->(:Person {id: $b}) } AS ties,
              [(a)-[r:INFLUENCES]->(:Person {id: $b}) | r.strength][0] AS strength,
              COUNT { (c:Person {id: $c}) } AS people,
              COUNT { (:User {id: 'test-admin'})-[r:RELATES]->(a) WHERE r.until IS NULL } AS openStages`,
      { a: `${p}-a`, b: `${p}-b`, c: `${p}-c` },
      { database: DATABASE },
    );
    const row = records[0]!.toObject();
    expect(row).toMatchObject({ ties: 1, people: 1, openStages: 1 });
    expect(strengths).toContain(row.strength);
  });
});
