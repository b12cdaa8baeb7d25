import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Driver } from 'neo4j-driver';
import { cypherStatements } from '../../kernel/database/cypher.js';

const CYPHER_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'cypher');

function statementsIn(folder: string): string[] {
  const dir = path.join(CYPHER_DIR, folder);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.cypher'))
    .sort()
    .flatMap((file) => cypherStatements(path.join(dir, file)));
}

/**
 * Brings a database to the current model at every start (and in the tests' setup): the
 * constraints and indexes (`cypher/schema/`), then the data migrations
 * (`cypher/migrations/`), in name order. Every statement is idempotent.
 */
export async function applySchema(driver: Driver, database: string): Promise<number> {
  const schema = statementsIn('schema');
  for (const statement of schema) await driver.executeQuery(statement, {}, { database });
  await driver.executeQuery('CALL db.awaitIndexes(300)', {}, { database });
  const migrations = statementsIn('migrations');
  for (const statement of migrations) await driver.executeQuery(statement, {}, { database });
  return schema.length + migrations.length;
}
