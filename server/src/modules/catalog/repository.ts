import neo4j from 'neo4j-driver';
import { cypherFile, type CypherQuery } from '../../kernel/database/cypher.js';
import type { DbClient } from '../../kernel/database/db-client.js';
import type { CommitteeModel, InstitutionModel, TenderModel, UserModel } from '../../models.js';

const tendersByIds = cypherFile<{ ids: readonly string[] }, TenderModel>('queries/catalog/tenders-by-ids.cypher');
const listTenders = cypherFile<{ territoryId: string | null; limit: unknown }, { id: string }>('queries/catalog/list-tenders.cypher');
const committeesByIds = cypherFile<{ ids: readonly string[] }, CommitteeModel>('queries/catalog/committees-by-ids.cypher');
const institutionsByIds = cypherFile<{ ids: readonly string[] }, InstitutionModel>('queries/catalog/institutions-by-ids.cypher');
const usersByIds = cypherFile<{ ids: readonly string[] }, UserModel>('queries/person/users-by-ids.cypher');
const therapeuticAreas = cypherFile<Record<string, never>, { id: string; name: string; code: string | null }>('queries/catalog/therapeutic-areas.cypher');
const searchPeople = cypherFile<{ text: string; limit: unknown }, { id: string }>('queries/catalog/search-people.cypher');

/** Batch lookups of the graph's named things, shaped for DataLoader. */
export class CatalogRepository {
  constructor(private readonly db: DbClient) {}

  tenders = (ids: readonly string[]) => this.byIds(tendersByIds, ids);
  committees = (ids: readonly string[]) => this.byIds(committeesByIds, ids);
  institutions = (ids: readonly string[]) => this.byIds(institutionsByIds, ids);
  users = (ids: readonly string[]) => this.byIds(usersByIds, ids);

  async tenderIds(territoryId: string | null, limit: number): Promise<string[]> {
    return (await this.db.read(listTenders, { territoryId, limit: neo4j.int(limit) })).map((r) => r.id);
  }

  therapeuticAreas() {
    return this.db.read(therapeuticAreas, {});
  }

  async searchPeople(text: string, limit: number): Promise<string[]> {
    return (await this.db.read(searchPeople, { text, limit: neo4j.int(limit) })).map((r) => r.id);
  }

  private async byIds<T extends { id: string }>(
    query: CypherQuery<{ ids: readonly string[] }, T>,
    ids: readonly string[],
  ): Promise<Array<T | null>> {
    const rows = await this.db.read(query, { ids });
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? null);
  }
}
