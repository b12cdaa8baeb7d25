import { z } from 'zod';
import { alignById } from '../../kernel/database/batch.js';
import { cypher } from '../../kernel/database/cypher.js';
import type { DbClient } from '../../kernel/database/db-client.js';
import { toNeo4jDate } from '../../kernel/database/plain.js';
import { count, optionalText, text } from '../../kernel/database/rows.js';
import type { TerritoryCounts, TerritoryModel } from './models.js';

const listTerritories = cypher<Record<string, never>, TerritoryModel>(
  import.meta.url,
  'list-territories.cypher',
  z.object({ id: text, name: text, code: optionalText, level: optionalText }),
);
const territoryCounts = cypher<{ ids: readonly string[]; asOf: unknown }, TerritoryCounts & { id: string }>(
  import.meta.url,
  'territory-counts.cypher',
  z.object({ id: text, peopleCount: count, institutionCount: count }),
);

export class TerritoryRepository {
  constructor(private readonly db: DbClient) {}

  list(): Promise<TerritoryModel[]> {
    return this.db.read(listTerritories, {});
  }

  /** Head counts in the order of `ids` (zeros for an unknown id). */
  async counts(ids: readonly string[], asOf: string): Promise<TerritoryCounts[]> {
    const rows = await this.db.read(territoryCounts, { ids, asOf: toNeo4jDate(asOf) });
    return alignById(ids, rows, (r) => r.id).map((row) => row ?? { peopleCount: 0, institutionCount: 0 });
  }
}
