import { cypherFile } from '../db/cypher.js';
import type { DbClient } from '../db/db-client.js';
import { toNeo4jDate } from '../db/plain.js';
import type { TerritoryModel } from '../models.js';

const listTerritories = cypherFile<{ asOf: unknown }, TerritoryModel>('queries/territory/list-territories.cypher');

export class TerritoryRepository {
  constructor(private readonly db: DbClient) {}

  list(asOf: string): Promise<TerritoryModel[]> {
    return this.db.read(listTerritories, { asOf: toNeo4jDate(asOf) });
  }

  async byId(id: string, asOf: string): Promise<TerritoryModel | null> {
    return (await this.list(asOf)).find((t) => t.id === id) ?? null;
  }
}
