import http from 'node:http';
import { print } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { runCluster, type ClusterRunning } from '../../server/src/cluster.js';
import { issueToken } from '../../server/src/kernel/auth/tokens.js';
import { loadConfig } from '../../server/src/kernel/config.js';
import { findFreePort } from '../../server/src/kernel/database/embedded-neo4j.js';
import { createLogger } from '../../server/src/kernel/logger.js';
import { writeGraph } from '../../server/src/modules/graph/graph-writer.js';
import { graphql } from './gql/index.js';
import { TEST_ADMIN, TEST_SECRET } from './support/api.js';
import { DATABASE, testDb, uniquePrefix, useTestDriver } from './support/database.js';

const DETAIL = graphql(`query WorkersDetail($id: ID!) { person(id: $id) { id positions { title institution { id } } } }`);
const PACK = graphql(`query WorkersPack { countryPack { code } }`);
const SET_TIE = graphql(`mutation WorkersSetTie($input: TieInput!) { setTie(input: $input) { ok } }`);

/** One request on a connection of its own (no keep-alive), so that the cluster may hand it to any process. */
function post(url: string, token: string, query: string, variables: unknown): Promise<{ process: string; body: { data?: any; errors?: unknown[] } }> {
  return new Promise((resolve, reject) => {
    const request = http.request(`${url}/graphql`, { method: 'POST', agent: false, headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, connection: 'close' } }, (response) => {
      let text = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (text += chunk));
      response.on('end', () => resolve({ process: String(response.headers['x-kamgraph-process']), body: JSON.parse(text) }));
    });
    request.on('error', reject);
    request.end(JSON.stringify({ query, variables }));
  });
}

describe('WORKERS=2: two server processes on one port', () => {
  const driver = useTestDriver();
  const p = uniquePrefix('cluster');
  const id = (s: string) => `${p}-${s}`;
  let running: ClusterRunning | undefined;

  beforeAll(async () => {
    await driver.executeQuery(`MERGE (u:Entity:User {id: $id}) ON CREATE SET u.name = 'Test Admin', u.role = 'admin'`, { id: TEST_ADMIN }, { database: DATABASE });
    await writeGraph(
      testDb(driver),
      {
        nodes: [
          { id: id('person'), type: 'Person', name: 'Clustered Person', props: {} },
          { id: id('h1'), type: 'Institution', name: 'Cluster Hospital', props: { kind: 'hospital' } },
          { id: id('h2'), type: 'Institution', name: 'Cluster Clinic', props: { kind: 'hospital' } },
        ],
        ties: [{ from: id('person'), to: id('h1'), type: 'WORKS_AT', props: { position: 'Physician' } }],
      },
      { atomic: true },
    );
    const config = loadConfig({
      NODE_ENV: 'test',
      PORT: String(await findFreePort()),
      NEO4J_BOLT_PORT: new URL(inject('neo4jUri').replace(/^bolt/, 'http')).port,
      AUTH_SECRET: TEST_SECRET,
      SEED_ON_EMPTY: 'false',
      LOG_LEVEL: 'silent',
      WORKERS: '2',
      // Far longer than the first test's last questions take: a process that was not told of
      // the other's write would answer from memory there. The second test waits for it.
      GRAPH_VERSION_CHECK_MS: '10000',
      // Given here, not in the environment: every process must run with it all the same.
      COUNTRY_PACK: 'br',
    });
    running = await runCluster(config, createLogger('silent'));
  }, 180_000);
  afterAll(async () => running?.shutdown());

  it('spreads requests over both processes, and a write through one is seen by the other at once', async () => {
    const token = await issueToken(TEST_SECRET, TEST_ADMIN);
    const ask = () => post(running!.url, token, print(DETAIL), { id: id('person') });
    // Ask until both processes have answered (and cached) the question.
    const before = new Map<string, unknown>();
    for (let i = 0; i < 20 && before.size < 2; i += 1) {
      const answer = await ask();
      before.set(answer.process, answer.body);
    }
    expect([...before.keys()].sort()).toEqual(running!.workerPids().map(String).sort());
    for (const body of before.values()) expect((body as { data: { person: { positions: unknown[] } } }).data.person.positions).toHaveLength(1);
    // Each process has just remembered who asks and the version (its background read
    // forgets who asks): answered from memory unless told of the write.
    const fresh = new Set<string>();
    for (let i = 0; i < 20 && fresh.size < 2; i += 1) fresh.add((await ask()).process);

    const write = await post(running!.url, token, print(SET_TIE), { input: { from: id('person'), to: id('h2'), type: 'WORKS_AT', position: 'Consultant' } });
    expect(write.body.data.setTie.ok).toBe(true);
    // Every process, the writer and the other, answers with the new position.
    const after = new Map<string, string[]>();
    for (let i = 0; i < 20 && after.size < 2; i += 1) {
      const answer = await ask();
      after.set(answer.process, answer.body.data.person.positions.map((x: { institution: { id: string } }) => x.institution.id).sort());
    }
    expect(after.size).toBe(2);
    for (const institutions of after.values()) expect(institutions).toEqual([id('h1'), id('h2')].sort());
  });

  it('runs every process with the settings runCluster was given, not only those in the environment', async () => {
    const token = await issueToken(TEST_SECRET, TEST_ADMIN);
    const packs = new Map<string, string>();
    for (let i = 0; i < 20 && packs.size < 2; i += 1) {
      const answer = await post(running!.url, token, print(PACK), {});
      packs.set(answer.process, answer.body.data.countryPack.code);
    }
    expect([...packs.keys()].sort()).toEqual(running!.workerPids().map(String).sort());
    expect([...packs.values()]).toEqual(['br', 'br']);
  });

  it('learns of a write made outside the cluster (the CLI, another machine) in every process, at its background read', async () => {
    const token = await issueToken(TEST_SECRET, TEST_ADMIN);
    const ask = () => post(running!.url, token, print(DETAIL), { id: id('person') });
    await writeGraph(testDb(driver), { nodes: [], ties: [{ from: id('person'), to: id('h1'), type: 'WORKS_AT', props: { position: 'Physician', until: '2000-01-01' } }] }, { atomic: true });
    // Each process reads the graph version every GRAPH_VERSION_CHECK_MS: asked until both
    // have answered without the ended position.
    const seen = new Set<string>();
    const deadline = Date.now() + 30_000;
    while (seen.size < 2 && Date.now() < deadline) {
      const answer = await ask();
      const institutions = answer.body.data.person.positions.map((x: { institution: { id: string } }) => x.institution.id);
      if (!institutions.includes(id('h1'))) seen.add(answer.process);
    }
    expect([...seen].sort()).toEqual(running!.workerPids().map(String).sort());
  });
});
