import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDriver } from '../../server/src/kernel/database/connect.js';
import { findFreePort, isPortOpen, startEmbeddedNeo4j } from '../../server/src/kernel/database/embedded-neo4j.js';

describe('embedded Neo4j launcher', () => {
  it('serves Bolt on loopback, stops on SIGTERM and keeps its data across restarts', async () => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'kamgraph-launcher-'));
    const port = await findFreePort();
    try {
      const first = await startEmbeddedNeo4j({ dataDir, port, heap: '512m', pageCache: '64m', log: () => {} });
      expect(first.uri).toBe(`bolt://127.0.0.1:${port}`);
      const driver = createDriver(first.uri);
      const info = await driver.getServerInfo();
      expect(info.agent).toMatch(/^Neo4j\/5\.26\./);
      await driver.executeQuery("CREATE (:Probe {id: 'kept'})", {}, { database: 'neo4j' });
      await driver.close();
      await first.stop();
      expect(first.stoppedCleanly).toBe(true);
      expect(await isPortOpen(port)).toBe(false);

      const second = await startEmbeddedNeo4j({ dataDir, port, heap: '512m', pageCache: '64m', log: () => {} });
      const again = createDriver(second.uri);
      const { records } = await again.executeQuery('MATCH (p:Probe) RETURN p.id AS id', {}, { database: 'neo4j' });
      expect(records.map((r) => r.get('id'))).toEqual(['kept']);
      await again.close();
      await second.stop();
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 180_000);

  it('refuses a port that is already taken, naming the setting to change', async () => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'kamgraph-launcher-'));
    const net = await import('node:net');
    const blocker = net.createServer().listen(0, '127.0.0.1');
    await new Promise((resolve) => blocker.once('listening', resolve));
    const port = (blocker.address() as { port: number }).port;
    try {
      await expect(startEmbeddedNeo4j({ dataDir, port, log: () => {} })).rejects.toThrow(/NEO4J_BOLT_PORT/);
    } finally {
      blocker.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
