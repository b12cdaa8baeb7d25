import { z } from 'zod';
import { alignById } from '../../kernel/database/batch.js';
import { cypher } from '../../kernel/database/cypher.js';
import type { DbClient } from '../../kernel/database/db-client.js';
import { toNeo4jDate, toNeo4jInteger } from '../../kernel/database/plain.js';
import { count, optionalBoolean, optionalDate, optionalText, text, textList } from '../../kernel/database/rows.js';
import { committeeRow, institutionRow } from '../institutions/repository.js';
import { COMMITTEE_ROLES, PERSON_CATEGORIES, personalProperties, RELATIONSHIP_STAGES, stageRank, TIE_TYPES, USER_ROLES } from '../graph/model.js';
import type { ErasureHook } from '../privacy/erasure-hook.js';
import type { TerritoryModel } from '../territories/models.js';
import type { UserModel } from '../users/models.js';
import { readCriteria } from './rules/ladder.js';
import type { CommitteeMembershipModel, PersonModel, PositionModel, RelationshipModel, StanceModel } from './models.js';

type ByIds = { ids: readonly string[] };
const institutionRef = institutionRow;
const committeeRef = committeeRow;

const personRow = z.object({
  id: text,
  name: text,
  title: optionalText,
  category: z.enum(PERSON_CATEGORIES).nullable(),
  specialty: optionalText,
  optedOut: z.boolean(),
  consent: optionalBoolean,
  anonymised: z.boolean(),
  orcid: optionalText,
});
const peopleByIds = cypher<ByIds, PersonModel>(import.meta.url, 'people-by-ids.cypher', personRow);
const positionRow = z.object({ personId: text, institution: institutionRef, title: optionalText, head: z.boolean(), since: optionalDate, until: optionalDate });
const committeeSeatRow = z.object({ personId: text, committee: committeeRef, role: z.enum(COMMITTEE_ROLES), since: optionalDate, until: optionalDate });
const stanceRow = z.object({ personId: text, towardId: text, towardName: text, value: z.number(), ours: z.boolean(), source: optionalText, since: optionalDate });
const relationshipRow = z.object({
  personId: text,
  userId: text,
  stage: z.enum(RELATIONSHIP_STAGES).nullable(),
  since: optionalDate,
  criteria: textList,
  owns: z.boolean(),
});

/** The parts of a person's detail one statement can bring (see cypher/person-details.cypher). */
export const PERSON_DETAIL_PARTS = ['person', 'positions', 'committees', 'stances', 'relationships', 'territories'] as const;
export type PersonDetailPart = (typeof PERSON_DETAIL_PARTS)[number];

/** One person's detail; parts not asked for are null (person) or empty. */
export interface PersonDetails {
  person: PersonModel | null;
  positions: PositionModel[];
  committees: CommitteeMembershipModel[];
  stances: StanceModel[];
  relationships: RelationshipModel[];
  /** The users of `relationships`, in the same order. */
  users: UserModel[];
  territories: TerritoryModel[];
}

const personDetails = cypher<
  { ids: readonly string[]; asOf: unknown } & { [K in `with${Capitalize<PersonDetailPart>}`]: boolean },
  {
    id: string;
    person: PersonModel | null;
    positions: Array<Omit<PositionModel, 'personId'>>;
    committees: Array<Omit<CommitteeMembershipModel, 'personId'>>;
    stances: Array<Omit<StanceModel, 'personId'>>;
    relationships: Array<Omit<z.infer<typeof relationshipRow>, 'personId'> & { user: UserModel }>;
    territories: TerritoryModel[];
  }
>(
  import.meta.url,
  'person-details.cypher',
  z.object({
    id: text,
    person: personRow.nullable(),
    positions: z.array(positionRow.omit({ personId: true })),
    committees: z.array(committeeSeatRow.omit({ personId: true })),
    stances: z.array(stanceRow.omit({ personId: true })),
    relationships: z.array(
      relationshipRow.omit({ personId: true }).extend({ user: z.object({ id: text, name: text, role: z.enum(USER_ROLES), email: optionalText, kamKind: optionalText }) }),
    ),
    territories: z.array(z.object({ id: text, name: text, code: optionalText, level: optionalText })),
  }),
);
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

  /**
   * The asked parts of many people's detail in one statement (see
   * cypher/person-details.cypher), one entry per id (null: no such person).
   */
  async details(ids: readonly string[], asOf: string, parts: ReadonlySet<PersonDetailPart>): Promise<Array<PersonDetails | null>> {
    const rows = await this.db.read(personDetails, {
      ids,
      asOf: toNeo4jDate(asOf),
      withPerson: parts.has('person'),
      withPositions: parts.has('positions'),
      withCommittees: parts.has('committees'),
      withStances: parts.has('stances'),
      withRelationships: parts.has('relationships'),
      withTerritories: parts.has('territories'),
    });
    return alignById(ids, rows, (row) => row.id).map((row) => {
      if (!row) return null;
      const personId = row.id;
      const relationships = row.relationships
        .map(({ user, ...r }) => ({ relationship: { ...r, personId, criteria: readCriteria(r.criteria) }, user }))
        .sort((a, b) => byBestRelationship(a.relationship, b.relationship));
      return {
        person: row.person,
        positions: row.positions.map((x) => ({ ...x, personId })),
        committees: row.committees.map((x) => ({ ...x, personId })),
        stances: row.stances.map((x) => ({ ...x, personId })),
        relationships: relationships.map((x) => x.relationship),
        users: relationships.map((x) => x.user),
        territories: row.territories,
      };
    });
  }

  /** People matching a strategist's filter, by name (see cypher/find-people.cypher). */
  async find(filter: FindPeopleFilter): Promise<string[]> {
    return (await this.db.read(findPeople, { ...filter, today: toNeo4jDate(filter.today) })).map((r) => r.id);
  }
}

/** Best stage first; at the same stage, the owner first. */
function byBestRelationship(a: { stage: string | null; owns: boolean }, b: { stage: string | null; owns: boolean }): number {
  return stageRank(b.stage as RelationshipModel['stage']) - stageRank(a.stage as RelationshipModel['stage']) || Number(b.owns) - Number(a.owns);
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
