import { z } from 'zod';
import { alignById, groupById } from '../../kernel/database/batch.js';
import { cypher } from '../../kernel/database/cypher.js';
import type { DbClient } from '../../kernel/database/db-client.js';
import { toNeo4jDate, toNeo4jInteger } from '../../kernel/database/plain.js';
import { count, optionalBoolean, optionalDate, optionalText, text, textList } from '../../kernel/database/rows.js';
import { committeeRow, institutionRow } from '../institutions/repository.js';
import { COMMITTEE_ROLES, PERSON_CATEGORIES, personalProperties, RELATIONSHIP_STAGES, stageRank, TIE_TYPES } from '../graph/model.js';
import type { ErasureHook } from '../privacy/erasure-hook.js';
import { readCriteria } from './rules/ladder.js';
import type { CommitteeMembershipModel, PersonModel, PositionModel, RelationshipModel, StanceModel } from './models.js';

type ByIds = { ids: readonly string[] };
type ByIdsAsOf = { ids: readonly string[]; asOf: unknown };
const institutionRef = institutionRow;
const committeeRef = committeeRow;

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
    orcid: optionalText,
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
/** A strategist's people filter, every field optional (null: any); see cypher/find-people.cypher. */
export interface FindPeopleFilter {
  search: string | null;
  categories: readonly string[] | null;
  specialty: string | null;
  territoryId: string | null;
  institutionId: string | null;
  committeeId: string | null;
  stages: readonly string[] | null;
  reached: boolean | null;
  stanceMin: number | null;
  stanceMax: number | null;
  /** Only these people (a power-rank cut). */
  ids: readonly string[] | null;
  today: string;
}
const findPeople = cypher<Omit<FindPeopleFilter, 'today'> & { today: unknown }, { id: string }>(import.meta.url, 'find-people.cypher', z.object({ id: text }));

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

  /** People matching a strategist's filter, by name (see cypher/find-people.cypher). */
  async find(filter: FindPeopleFilter): Promise<string[]> {
    return (await this.db.read(findPeople, { ...filter, today: toNeo4jDate(filter.today) })).map((r) => r.id);
  }
}

const erasePersonFields = cypher<
  { personId: string; placeholder: string; today: unknown; cleared: Record<string, null>; tieCleared: Record<string, null> },
  { touched: number }
>(import.meta.url, 'erase-person-fields.cypher', z.object({ touched: count }));

const nullMap = (keys: readonly string[]): Record<string, null> => Object.fromEntries(keys.map((k) => [k, null]));

/** The person's own personal fields and the provenance text on their ties (erasure on request only). */
export const peopleErasure: ErasureHook = {
  module: 'people',
  holds: "the person's name, title, specialty, e-mail and phone; who-told-us text on their ties",
  async erase(tx, subject) {
    if (subject.scope !== 'person') return 0;
    const tieKeys = [...new Set(TIE_TYPES.flatMap((type) => personalProperties('tie', type)))];
    const [row] = await tx.run(erasePersonFields, {
      personId: subject.personId,
      placeholder: subject.placeholder,
      today: toNeo4jDate(subject.today),
      cleared: nullMap(personalProperties('node', 'Person')),
      tieCleared: nullMap(tieKeys),
    });
    return row?.touched ?? 0;
  },
};
