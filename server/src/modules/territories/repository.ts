import { cypherFile } from '../../kernel/database/cypher.js';
import type { DbClient } from '../../kernel/database/db-client.js';
import { toNeo4jDate } from '../../kernel/database/plain.js';
import type { TerritoryCounts, TerritoryModel } from '../../models.js';

const listTerritories = cypherFile<Record<string, never>, TerritoryModel>('queries/territory/list-territories.cypher');
const territoryCounts = cypherFile<{ ids: readonly string[]; asOf: unknown }, TerritoryCounts & { id: string }>(
  'queries/territory/territory-counts.cypher',
);

export class TerritoryRepository {
  constructor(private readonly db: DbClient) {}

  list(): Promise<TerritoryModel[]> {
    return this.db.read(listTerritories, {});
  }

  /** Head counts in the order of `ids` (zeros for an unknown id). */
  async counts(ids: readonly string[], asOf: string): Promise<TerritoryCounts[]> {
    const rows = await this.db.read(territoryCounts, { ids, asOf: toNeo4jDate(asOf) });
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => byId.get(id) ?? { peopleCount: 0, institutionCount: 0 });
  }
}
