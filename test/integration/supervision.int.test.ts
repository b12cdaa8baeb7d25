import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { issueToken } from '../../server/src/kernel/auth/tokens.js';
import { loadConfig } from '../../server/src/kernel/config.js';
import { findFreePort } from '../../server/src/kernel/database/embedded-neo4j.js';
import { main } from '../../server/src/main.js';
import { graphql } from './gql/index.js';
import { postGraphQL } from './support/api.js';

const SECRET = 'supervision-test-secret-0123456789abcdef';
const WRITE = graphql(`mutation SupervisedWrite($id: ID!) { upsertPerson(input: { id: $id, name: "Written under load", territoryId: "sup-t" }) { ok } }`);

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls until `check` holds; the deadline only stops a broken build from hanging the suite. */
async function until(what: string, check: () => boolean | Promise<boolean>, deadlineMs = 120_000): Promise<void> {
  const deadline = Date.now() + deadlineMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`gave up waiting for: ${what}`);
    await sleep(100);
  }
}

describe('the embedded database is supervised (npm start)', () => {
  it('notices a SIGKILLed JVM under write load, logs it, restarts it, serves again, and loses no acknowledged write', async () => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'kamgraph-supervision-'));
    const config = loadConfig({
      PORT: String(await findFreePort()),
      NEO4J_BOLT_PORT: String(await findFreePort()),
      NEO4J_DATA: dataDir,
      NEO4J_HEAP: '512m',
      NEO4J_PAGECACHE: '64m',
      SEED_ON_EMPTY: 'false',
      AUTH_SECRET: SECRET,
    });
    const logLines: string[] = [];
    const logger = pino({ level: 'info', base: undefined }, new Writable({ write: (chunk: Buffer, _e, done) => (logLines.push(...chunk.toString().trim().split('\n')), done()) }));
    const gaveUp: string[] = [];
    const running = await main(config, logger, { onDatabaseGaveUp: (message) => gaveUp.push(message) });
    const { driver, database } = running.database;
    try {
      await driver.executeQuery("CREATE (:Entity:User {id: 'sup-admin', name: 'Sup Admin', role: 'admin'}), (:Entity:Territory {id: 'sup-t', name: 'Sup Territory'})", {}, { database });
      const token = await issueToken(SECRET, 'sup-admin');
      const health = async () => (await fetch(`${running.url}/health`)).json() as Promise<{ status: string; database: string }>;
      expect(await health()).toEqual({ status: 'ok', database: 'up' });

      const acknowledged: string[] = [];
      const refusals = new Set<string>();
      let running_ = true;
      let counter = 0;
      const clients = Array.from({ length: 4 }, async (_, c) => {
        while (running_) {
          const id = `sup-${c}-${counter++}`;
          try {
            const body = await postGraphQL(running.url, token, WRITE, { id });
            if (body.data?.upsertPerson.ok === true) acknowledged.push(id);
            else refusals.add(String(body.errors?.[0]?.extensions?.code));
          } catch {
            refusals.add('NETWORK');
          }
          await sleep(10);
        }
      });

      await until('writes before the crash', () => acknowledged.length >= 20);
      const killed = running.database.embedded!.pid;
      // As the OOM killer or `kill -9` would: the app is not told, it has to notice.
      process.kill(killed, 'SIGKILL');

      await until('/health to say degraded', async () => (await health()).status === 'degraded');
      expect(await health()).toEqual({ status: 'degraded', database: 'down' });
      await until('the exit to be logged', () => logLines.some((l) => l.includes(`(pid ${killed}) stopped unexpectedly (killed by SIGKILL)`)));

      await until('/health to say ok again', async () => (await health()).status === 'ok');
      const afterRecovery = acknowledged.length;
      await until('writes after the restart', () => acknowledged.length >= afterRecovery + 20);
      running_ = false;
      await Promise.all(clients);

      expect(running.database.embedded!.pid).not.toBe(killed);
      expect(running.database.supervisor!.restarts).toBe(1);
      expect(logLines.some((l) => l.includes('The embedded Neo4j is back'))).toBe(true);
      expect(gaveUp).toEqual([]);
      // Refused writes said why, in the API's terms; none was an internal error.
      expect([...refusals].filter((code) => code !== 'SERVICE_UNAVAILABLE' && code !== 'NETWORK')).toEqual([]);

      const { records } = await driver.executeQuery('UNWIND $ids AS id MATCH (p:Person {id: id}) RETURN count(p) AS found', { ids: acknowledged }, { database });
      expect(records[0]!.get('found')).toBe(acknowledged.length);
    } finally {
      await running.shutdown();
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 300_000);
});
