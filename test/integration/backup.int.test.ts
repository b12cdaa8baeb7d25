import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { PROJECT_ROOT } from '../../server/src/kernel/config.js';
import { createDriver } from '../../server/src/kernel/database/connect.js';
import { findFreePort, startEmbeddedNeo4j, type EmbeddedNeo4j } from '../../server/src/kernel/database/embedded-neo4j.js';
import { graphql } from './gql/index.js';
import { DATABASE, uniquePrefix, useTestDriver } from './support/database.js';
import { useTestApi } from './support/api.js';

const run = promisify(execFile);
const PERSON = graphql(`mutation BackupPerson($id: ID!, $t: ID!) { upsertPerson(input: { id: $id, name: "Backed up", territoryId: $t }) { ok } }`);
const TIE = graphql(`
  mutation BackupTie($a: ID!, $b: ID!) { setTie(input: { from: $a, to: $b, type: INFLUENCES, strength: 0.5, since: "2026-01-01" }) { ok } }
`);

/** Runs an npm script's entry point as `npm run <name> -- <file>` does, against the Neo4j on `boltPort`. */
async function cli(script: 'backup' | 'restore', file: string, boltPort: number): Promise<{ stdout: string; stderr: string }> {
  return run(path.join(PROJECT_ROOT, 'node_modules', '.bin', 'tsx'), [path.join(PROJECT_ROOT, 'server', 'src', 'cli', `${script}.ts`), file], {
    cwd: PROJECT_ROOT,
    // LC_ALL=C: the commands print English whatever the shell running the tests speaks.
    env: { ...process.env, LC_ALL: 'C', NEO4J_URI: '', NEO4J_BOLT_PORT: String(boltPort), AUTH_SECRET: 'backup-test-secret-0123456789abcdef01234', LOG_LEVEL: 'error' },
  });
}

/** Every property of a test's nodes and ties with its Neo4j type, as text that compares across databases. */
// A tie's properties in name order: the order the store lists them in is its own business.
const FINGERPRINT = `
  MATCH (n:Entity) WHERE n.id STARTS WITH $p
  OPTIONAL MATCH (n)-[r]->(m)
  WITH n, r, m ORDER BY n.id, type(r), m.id
  RETURN n.id AS id, labels(n) AS labels,
         [k IN keys(n) | k + ':' + valueType(n[k]) + '=' + toString(n[k])] AS props,
         collect(CASE WHEN r IS NULL THEN null ELSE type(r) + '->' + coalesce(m.id, '?') + ' ' +
                 reduce(s = '', k IN COLLECT { UNWIND keys(r) AS k RETURN k ORDER BY k } | s + k + ':' + valueType(r[k]) + '=' + toString(r[k]) + ';') END) AS ties
  ORDER BY id`;

describe('npm run backup / npm run restore', () => {
  const driver = useTestDriver();
  const api = useTestApi(driver);
  const p = uniquePrefix('bk');
  const folder = mkdtempSync(path.join(os.tmpdir(), 'kamgraph-backup-'));
  let target: EmbeddedNeo4j | undefined;
  afterAll(async () => {
    await target?.stop();
    rmSync(folder, { recursive: true, force: true });
  });

  it('backs up a consistent graph while the API writes, restores it into an empty database, and finds every acknowledged write', async () => {
    await driver.executeQuery('CREATE (:Entity:Territory {id: $t, name: $t})', { t: `${p}-t` }, { database: DATABASE });
    for (const id of ['a', 'b']) expect((await api.query(PERSON, { id: `${p}-${id}`, t: `${p}-t` })).data?.upsertPerson.ok).toBe(true);
    expect((await api.query(TIE, { a: `${p}-a`, b: `${p}-b` })).data?.setTie.ok).toBe(true);

    const acknowledged: string[] = [];
    let writing = true;
    let counter = 0;
    const clients = Array.from({ length: 4 }, async (_, c) => {
      while (writing) {
        const id = `${p}-w${c}-${counter++}`;
        const body = await api.query(PERSON, { id, t: `${p}-t` });
        if (body.data?.upsertPerson.ok === true) acknowledged.push(id);
      }
    });
    while (acknowledged.length < 20) await new Promise((resolve) => setTimeout(resolve, 50));

    const sourcePort = Number(new URL(inject('neo4jUri')).port);
    const file = path.join(folder, 'graph.kgbackup');
    const beforeBackup = [...acknowledged];
    const backup = await cli('backup', file, sourcePort);
    const duringBackup = acknowledged.length;
    writing = false;
    await Promise.all(clients);
    expect(backup.stdout).toMatch(/^Backed up \d+ nodes and \d+ ties \(graph version \d+\)/);
    // The load went on while the backup ran: it was taken from a working app.
    expect(acknowledged.length).toBeGreaterThan(beforeBackup.length);

    const header = JSON.parse(readFileSync(file, 'utf8').split('\n', 1)[0]!) as { graphVersion: number };
    target = await startEmbeddedNeo4j({ dataDir: path.join(folder, 'restored'), port: await findFreePort(), heap: '512m', pageCache: '64m', log: () => {} });
    const targetPort = Number(new URL(target.uri).port);
    const restore = await cli('restore', file, targetPort);
    expect(restore.stdout).toMatch(/^Restored \d+ nodes and \d+ ties from .*the counts per label and per tie type match the backup\./);

    const restored = createDriver(target.uri);
    try {
      const ids = async (d: typeof restored) =>
        (await d.executeQuery('MATCH (n:Person) WHERE n.id STARTS WITH $p RETURN collect(n.id) AS ids', { p }, { database: DATABASE })).records[0]!.get('ids') as string[];
      const restoredIds = new Set(await ids(restored));
      // Every write acknowledged before the backup began is in it ...
      expect(beforeBackup.filter((id) => !restoredIds.has(id))).toEqual([]);
      // ... and nothing that was not written: the backup holds writes, not inventions.
      const attempted = new Set([`${p}-a`, `${p}-b`, ...acknowledged]);
      expect([...restoredIds].filter((id) => !attempted.has(id))).toEqual([]);
      expect(restoredIds.size).toBeLessThanOrEqual(duringBackup + 2);

      // One moment: the graph version stored is the one the backup read, and every person
      // in it came with the territory tie written in the same transaction.
      const [meta] = (await restored.executeQuery("MATCH (m:GraphMeta {key: 'graph'}) RETURN m.version AS v, keys(m) AS keys", {}, { database: DATABASE })).records;
      expect(meta!.get('v')).toBe(header.graphVersion);
      expect(meta!.get('keys')).not.toContain('backupPausedAt');
      const orphans = await restored.executeQuery('MATCH (n:Person) WHERE n.id STARTS WITH $p AND NOT (n)-[:LOCATED_IN]->(:Territory {id: $t}) RETURN count(n) AS n', { p, t: `${p}-t` }, { database: DATABASE });
      expect(orphans.records[0]!.get('n')).toBe(0);

      // Values keep their types (dates stay dates, floats floats) and no restore marks remain.
      const fingerprint = async (d: typeof restored) =>
        (await d.executeQuery(FINGERPRINT, { p: `${p}-` }, { database: DATABASE })).records
          .map((r) => r.toObject())
          // Key order is the store's business, not the data's.
          .map((row) => ({ ...row, id: row.id as string, props: [...(row.props as string[])].sort() }))
          .filter((row) => restoredIds.has(row.id) || !row.id.startsWith(`${p}-w`));
      const there = await fingerprint(restored);
      expect(there.length).toBe(restoredIds.size + 1);
      expect(there).toEqual(await fingerprint(driver));
      expect(JSON.stringify(there)).toMatch(/since:DATE NOT NULL=2026-01-01/);
      expect(JSON.stringify(there)).toMatch(/strength:FLOAT NOT NULL=0\.5/);
      const marks = await restored.executeQuery('MATCH (n) WHERE n:BackupRestoring OR n.backupRestoreKey IS NOT NULL RETURN count(n) AS n', {}, { database: DATABASE });
      expect(marks.records[0]!.get('n')).toBe(0);
    } finally {
      await restored.close();
    }

    // A second restore into the now full database is refused and changes nothing.
    await expect(cli('restore', file, targetPort)).rejects.toMatchObject({ stderr: expect.stringMatching(/already holds \d+ nodes; a restore only writes into an empty database/) });
  }, 300_000);
});
