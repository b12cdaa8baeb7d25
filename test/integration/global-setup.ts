import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { createDriver } from '../../server/src/kernel/database/connect.js';
import { applySchema } from '../../server/src/modules/graph/apply-schema.js';
import { findFreePort, startEmbeddedNeo4j, type EmbeddedNeo4j } from '../../server/src/kernel/database/embedded-neo4j.js';

let neo4j: EmbeddedNeo4j | undefined;
let dataDir: string | undefined;

/** One real Neo4j for the whole run, on a free port with a throw-away data folder. */
export async function setup(project: TestProject): Promise<void> {
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'kamgraph-test-neo4j-'));
  const port = await findFreePort();
  neo4j = await startEmbeddedNeo4j({ dataDir, port, heap: '2g', pageCache: '256m' });
  const driver = createDriver(neo4j.uri);
  try {
    await applySchema(driver, 'neo4j');
  } finally {
    await driver.close();
  }
  project.provide('neo4jUri', neo4j.uri);
  project.provide('neo4jDataDir', dataDir);
}

export async function teardown(): Promise<void> {
  await neo4j?.stop();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
}

declare module 'vitest' {
  export interface ProvidedContext {
    neo4jUri: string;
    neo4jDataDir: string;
  }
}
