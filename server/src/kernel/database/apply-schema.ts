import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { PROJECT_ROOT } from '../config.js';
import { cypherStatements } from './cypher.js';

/** Applies every `cypher/schema/*.cypher` in name order; each statement is idempotent. */
export async function applySchema(driver: Driver, database: string): Promise<number> {
  const files = readdirSync(path.join(PROJECT_ROOT, 'cypher', 'schema'))
    .filter((f) => f.endsWith('.cypher'))
    .sort();
  let applied = 0;
  for (const file of files) {
    for (const statement of cypherStatements(path.join('schema', file))) {
      await driver.executeQuery(statement, {}, { database });
      applied += 1;
    }
  }
  await driver.executeQuery('CALL db.awaitIndexes(300)', {}, { database });
  return applied;
}
