import { randomUUID } from 'node:crypto';
import type { Driver } from 'neo4j-driver';
import { afterAll, inject } from 'vitest';
import { createDriver } from '../../../server/src/kernel/database/connect.js';
import { DbClient } from '../../../server/src/kernel/database/db-client.js';

export const DATABASE = 'neo4j';

/** A driver to the run's shared Neo4j, closed after the file. */
export function useTestDriver(): Driver {
  const driver = createDriver(inject('neo4jUri'));
  afterAll(() => driver.close());
  return driver;
}

/** A prefix that keeps this test's ids apart from every other test's. */
export function uniquePrefix(label = 't'): string {
  return `${label}-${randomUUID().slice(0, 8)}`;
}

/** The app's own database client over the test driver: what import, export and seeding take. */
export function testDb(driver: Driver): DbClient {
  return new DbClient(driver, DATABASE);
}
