import { cypherFile } from '../db/cypher.js';
import type { DbClient } from '../db/db-client.js';
import { toNeo4jDate } from '../db/plain.js';
import type { PersonModel, PositionModel } from '../models.js';

const peopleByIds = cypherFile<{ ids: readonly string[] }, PersonModel>('queries/person/people-by-ids.cypher');
const positionsByPersonIds = cypherFile<{ ids: readonly string[]; asOf: unknown }, PositionModel>(
  'queries/person/positions-by-person-ids.cypher',
);
const territoriesByPersonIds = cypherFile<{ ids: readonly string[]; asOf: unknown }, { personId: string; territoryIds: string[] }>(
  'queries/person/territories-by-person-ids.cypher',
);

/** Batch reads keyed by person id, shaped for DataLoader (one result per id, same order). */
export class PersonRepository {
  constructor(private readonly db: DbClient) {}

  async byIds(ids: readonly string[]): Promise<Array<PersonModel | null>> {
    const rows = await this.db.read(peopleByIds, { ids });
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  async positions(ids: readonly string[], asOf: string): Promise<PositionModel[][]> {
    const rows = await this.db.read(positionsByPersonIds, { ids, asOf: toNeo4jDate(asOf) });
    return groupBy(ids, rows, (row) => row.personId);
  }

  async territoryIds(ids: readonly string[], asOf: string): Promise<string[][]> {
    const rows = await this.db.read(territoriesByPersonIds, { ids, asOf: toNeo4jDate(asOf) });
    const byId = new Map(rows.map((row) => [row.personId, row.territoryIds]));
    return ids.map((id) => byId.get(id) ?? []);
  }
}

export function groupBy<T>(ids: readonly string[], rows: T[], keyOf: (row: T) => string): T[][] {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const list = groups.get(key);
    if (list) list.push(row);
    else groups.set(key, [row]);
  }
  return ids.map((id) => groups.get(id) ?? []);
}
