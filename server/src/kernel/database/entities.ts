import { z } from 'zod';
import { cypher } from './cypher.js';
import type { DbClient } from './db-client.js';
import { count, text } from './rows.js';

/** Questions about the graph as a whole that every module may ask. */
const findEntities = cypher<{ ids: readonly string[] }, { id: string; type: string }>(
  import.meta.url,
  'find-entities.cypher',
  z.object({ id: text, type: text }),
);
const graphVersionQuery = cypher<Record<string, never>, { version: number }>(import.meta.url, 'graph-version.cypher', z.object({ version: count }));

/** id -> label (Person, Tender...) for the ids that exist. */
export async function entityTypes(db: DbClient, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db.read(findEntities, { ids: [...new Set(ids)] });
  return new Map(rows.map((r) => [r.id, r.type]));
}

/** The counter every write bumps (`GraphMeta {key:'graph'}.version`): what caches are keyed on. */
export async function readGraphVersion(db: DbClient): Promise<number> {
  return (await db.read(graphVersionQuery, {}))[0]?.version ?? 0;
}
