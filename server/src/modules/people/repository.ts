import { cypherFile } from '../../kernel/database/cypher.js';
import type { DbClient } from '../../kernel/database/db-client.js';
import { toNeo4jDate } from '../../kernel/database/plain.js';
import { RELATIONSHIP_STAGES } from '../graph/model.js';
import type { CommitteeMembershipModel, DossierModel, PersonModel, PositionModel, RelationshipModel, StanceModel } from '../../models.js';

const peopleByIds = cypherFile<{ ids: readonly string[] }, PersonModel>('queries/person/people-by-ids.cypher');
const positionsByPersonIds = cypherFile<{ ids: readonly string[]; asOf: unknown }, PositionModel>(
  'queries/person/positions-by-person-ids.cypher',
);
const territoriesByPersonIds = cypherFile<{ ids: readonly string[]; asOf: unknown }, { personId: string; territoryIds: string[] }>(
  'queries/person/territories-by-person-ids.cypher',
);

const committeesByPersonIds = cypherFile<{ ids: readonly string[]; asOf: unknown }, CommitteeMembershipModel>(
  'queries/person/committees-by-person-ids.cypher',
);
const stancesByPersonIds = cypherFile<{ ids: readonly string[]; asOf: unknown }, StanceModel>(
  'queries/person/stances-by-person-ids.cypher',
);
const relationshipsByPersonIds = cypherFile<
  { ids: readonly string[]; asOf: unknown },
  { personId: string; userId: string; stage: string | null; owns: boolean }
>('queries/person/relationships-by-person-ids.cypher');

const dossiersByPersonIds = cypherFile<{ ids: readonly string[] }, { personId: string; dossier: Record<string, unknown> }>(
  'queries/privacy/dossiers-by-person-ids.cypher',
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

  async committees(ids: readonly string[], asOf: string): Promise<CommitteeMembershipModel[][]> {
    const rows = await this.db.read(committeesByPersonIds, { ids, asOf: toNeo4jDate(asOf) });
    return groupBy(ids, rows, (row) => row.personId);
  }

  async stances(ids: readonly string[], asOf: string): Promise<StanceModel[][]> {
    const rows = await this.db.read(stancesByPersonIds, { ids, asOf: toNeo4jDate(asOf) });
    return groupBy(ids, rows, (row) => row.personId);
  }

  /** Our users' relationships with each person, best stage first. */
  async relationships(ids: readonly string[], asOf: string): Promise<RelationshipModel[][]> {
    const rows = await this.db.read(relationshipsByPersonIds, { ids, asOf: toNeo4jDate(asOf) });
    const models = rows.map((row) => ({ ...row, stage: row.stage ?? 'unknown' }));
    return groupBy(ids, models, (row) => row.personId).map((list) =>
      list.sort((a, b) => stageRank(b.stage) - stageRank(a.stage) || Number(b.owns) - Number(a.owns)),
    );
  }

  async dossiers(ids: readonly string[]): Promise<Array<DossierModel | null>> {
    const rows = await this.db.read(dossiersByPersonIds, { ids });
    const byId = new Map(rows.map((row) => [row.personId, toDossier(row.personId, row.dossier)]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  async territoryIds(ids: readonly string[], asOf: string): Promise<string[][]> {
    const rows = await this.db.read(territoriesByPersonIds, { ids, asOf: toNeo4jDate(asOf) });
    const byId = new Map(rows.map((row) => [row.personId, row.territoryIds]));
    return ids.map((id) => byId.get(id) ?? []);
  }
}

function stageRank(stage: string): number {
  return (RELATIONSHIP_STAGES as readonly string[]).indexOf(stage);
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

export function toDossier(personId: string, d: Record<string, unknown>): DossierModel {
  const text = (key: string) => (typeof d[key] === 'string' ? (d[key] as string) : null);
  return {
    personId,
    birthday: text('birthday'),
    hobbies: Array.isArray(d.hobbies) ? (d.hobbies as string[]) : [],
    family: text('family'),
    values: text('values'),
    communicationStyle: text('communicationStyle'),
    characterType: text('characterType'),
    source: text('source'),
    recordedOn: text('recordedOn'),
  };
}
