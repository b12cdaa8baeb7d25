import { z } from 'zod';
import { alignById, groupById } from '../../kernel/database/batch.js';
import { cypher } from '../../kernel/database/cypher.js';
import type { DbClient } from '../../kernel/database/db-client.js';
import { toNeo4jDate, toNeo4jInteger } from '../../kernel/database/plain.js';
import { optionalBoolean, optionalDate, optionalText, text, textList } from '../../kernel/database/rows.js';
import { COMMITTEE_ROLES, INSTITUTION_KINDS, PERSON_CATEGORIES, RELATIONSHIP_STAGES, stageRank } from '../graph/model.js';
import { readCriteria } from './rules/ladder.js';
import type { CommitteeMembershipModel, PersonModel, PositionModel, RelationshipModel, StanceModel } from './models.js';

type ByIds = { ids: readonly string[] };
type ByIdsAsOf = { ids: readonly string[]; asOf: unknown };
const institutionRef = z.object({ id: text, name: text, kind: z.enum(INSTITUTION_KINDS).nullable() });
const committeeRef = z.object({ id: text, name: text, kind: optionalText });

const peopleByIds = cypher<ByIds, PersonModel>(
  import.meta.url,
  'people-by-ids.cypher',
  z.object({
    id: text,
    name: text,
    title: optionalText,
    category: z.enum(PERSON_CATEGORIES).nullable(),
    specialty: optionalText,
    optedOut: z.boolean(),
    consent: optionalBoolean,
    anonymised: z.boolean(),
  }),
);
const positionsByPersonIds = cypher<ByIdsAsOf, PositionModel>(
  import.meta.url,
  'positions-by-person-ids.cypher',
  z.object({ personId: text, institution: institutionRef, title: optionalText, head: z.boolean(), since: optionalDate, until: optionalDate }),
);
const territoriesByPersonIds = cypher<ByIdsAsOf, { personId: string; territoryIds: string[] }>(
  import.meta.url,
  'territories-by-person-ids.cypher',
  z.object({ personId: text, territoryIds: textList }),
);
const committeesByPersonIds = cypher<ByIdsAsOf, CommitteeMembershipModel>(
  import.meta.url,
  'committees-by-person-ids.cypher',
  z.object({ personId: text, committee: committeeRef, role: z.enum(COMMITTEE_ROLES), since: optionalDate, until: optionalDate }),
);
const stancesByPersonIds = cypher<ByIdsAsOf, StanceModel>(
  import.meta.url,
  'stances-by-person-ids.cypher',
  z.object({ personId: text, towardId: text, towardName: text, value: z.number(), ours: z.boolean(), source: optionalText, since: optionalDate }),
);
const relationshipRow = z.object({
  personId: text,
  userId: text,
  stage: z.enum(RELATIONSHIP_STAGES).nullable(),
  since: optionalDate,
  criteria: textList,
  owns: z.boolean(),
});
const relationshipsByPersonIds = cypher<ByIdsAsOf, z.infer<typeof relationshipRow>>(import.meta.url, 'relationships-by-person-ids.cypher', relationshipRow);
const searchPeople = cypher<{ text: string; limit: unknown }, { id: string }>(import.meta.url, 'search-people.cypher', z.object({ id: text }));

/** Batch reads keyed by person id, shaped for DataLoader (one result per id, same order). */
export class PersonRepository {
  constructor(private readonly db: DbClient) {}

  async byIds(ids: readonly string[]): Promise<Array<PersonModel | null>> {
    return alignById(ids, await this.db.read(peopleByIds, { ids }), (row) => row.id);
  }

  async positions(ids: readonly string[], asOf: string): Promise<PositionModel[][]> {
    return groupById(ids, await this.db.read(positionsByPersonIds, { ids, asOf: toNeo4jDate(asOf) }), (row) => row.personId);
  }

  async committees(ids: readonly string[], asOf: string): Promise<CommitteeMembershipModel[][]> {
    return groupById(ids, await this.db.read(committeesByPersonIds, { ids, asOf: toNeo4jDate(asOf) }), (row) => row.personId);
  }

  async stances(ids: readonly string[], asOf: string): Promise<StanceModel[][]> {
    return groupById(ids, await this.db.read(stancesByPersonIds, { ids, asOf: toNeo4jDate(asOf) }), (row) => row.personId);
  }

  /** Our users' relationships with each person, best stage first. */
  async relationships(ids: readonly string[], asOf: string): Promise<RelationshipModel[][]> {
    const rows = await this.db.read(relationshipsByPersonIds, { ids, asOf: toNeo4jDate(asOf) });
    const models = rows.map((row) => ({ ...row, criteria: readCriteria(row.criteria) }));
    return groupById(ids, models, (row) => row.personId).map((list) =>
      list.sort((a, b) => stageRank(b.stage) - stageRank(a.stage) || Number(b.owns) - Number(a.owns)),
    );
  }

  async territoryIds(ids: readonly string[], asOf: string): Promise<string[][]> {
    const rows = await this.db.read(territoriesByPersonIds, { ids, asOf: toNeo4jDate(asOf) });
    return alignById(ids, rows, (row) => row.personId).map((row) => row?.territoryIds ?? []);
  }

  /** People whose name contains the text, by name. */
  async search(textPart: string, limit: number): Promise<string[]> {
    return (await this.db.read(searchPeople, { text: textPart, limit: toNeo4jInteger(limit) })).map((r) => r.id);
  }
}
