import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Driver } from 'neo4j-driver';
import { cypherStatements } from '../../kernel/database/cypher.js';

const SCHEMA_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'cypher', 'schema');

/** Applies the graph model's constraints and indexes (`cypher/schema/*.cypher`, in name order); each statement is idempotent. */
export async function applySchema(driver: Driver, database: string): Promise<number> {
  const files = readdirSync(SCHEMA_DIR)
    .filter((f) => f.endsWith('.cypher'))
    .sort();
  let applied = 0;
  for (const file of files) {
    for (const statement of cypherStatements(path.join(SCHEMA_DIR, file))) {
      await driver.executeQuery(statement, {}, { database });
      applied += 1;
    }
  }
  await driver.executeQuery('CALL db.awaitIndexes(300)', {}, { database });
  return applied;
}
