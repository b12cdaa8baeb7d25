/**
 * The evidence module's Cypher: names and decisions, participations, suggestions, and the
 * read model of works. Works, events, areas and people's ties to works are written by the
 * graph writer (modules/graph); what lies outside the entity model (names awaiting review,
 * suggestions) is written here, and bumps the graph version too.
 */
import { z } from 'zod';
import { InvestigatorRole, SpeakerRole, SuggestionStatus, UnmatchedStatus } from '../../__generated__/vocabulary.js';
import { alignById, groupById } from '../../kernel/database/batch.js';
import { cypher } from '../../kernel/database/cypher.js';
import type { DbClient, WriteTransaction } from '../../kernel/database/db-client.js';
import { toNeo4jDate } from '../../kernel/database/plain.js';
import { count, optionalDate, optionalNumber, optionalText, positionalList, text, textList } from '../../kernel/database/rows.js';
import type { AuthorshipModel, InvestigatorshipModel, PublicationModel, TieSuggestionModel, TrialModel, UnmatchedPersonModel } from './models.js';
import type { DirectoryPerson } from './rules/match.js';
import type { Participation, WorkKindWord } from './rules/types.js';
import type { ErasureHook } from '../privacy/erasure-hook.js';

type Ids = { ids: readonly string[] };
const counts = z.object({ created: count, updated: count });
type Counts = z.infer<typeof counts>;

const directoryRow = z.object({
  people: positionalList({ id: 'string', name: 'string', orcid: 'string?' }),
  jobs: positionalList({ personId: 'string', name: 'string', city: 'string?' }),
});
const peopleDirectory = cypher<{ today: unknown }, z.infer<typeof directoryRow>>(import.meta.url, 'people-directory.cypher', directoryRow);
const contributorDecisions = cypher<Ids, { id: string; status: string; personId: string | null; erased: boolean }>(
  import.meta.url,
  'contributor-decisions.cypher',
  z.object({ id: text, status: text, personId: optionalText, erased: z.boolean() }),
);
const mergeContributors = cypher<{ rows: unknown[]; today: unknown }, Counts>(import.meta.url, 'merge-contributors.cypher', counts);
const dropContributorTies = cypher<{ rows: unknown[] }, { removed: number }>(import.meta.url, 'drop-contributor-ties.cypher', z.object({ removed: count }));
const bumpVersion = cypher<Record<string, never>, { version: number }>(import.meta.url, 'bump-version.cypher', z.object({ version: count }));

/** The columns of a person's part in a work, as the evidence and power projections return them. */
export const PARTICIPATION_COLUMNS = {
  personId: 'string',
  workId: 'string',
  kind: ['publication', 'trial', 'talk'] as const,
  date: 'string?',
  label: 'string',
  title: 'string',
  matchScore: 'number',
  position: 'number?',
  authorCount: 'number?',
  last: 'boolean?',
  role: 'string?',
  overall: 'boolean?',
  sessionKey: 'string?',
  areaIds: 'string',
} as const;

const partsRow = z.object({
  parts: positionalList(PARTICIPATION_COLUMNS),
});
const ownParticipations = cypher<Ids, z.infer<typeof partsRow>>(import.meta.url, 'own-participations.cypher', partsRow);
const participationsAround = cypher<Ids, z.infer<typeof partsRow>>(import.meta.url, 'participations-around.cypher', partsRow);
const existingTies = cypher<{ pairs: unknown[]; today: unknown }, { key: string }>(import.meta.url, 'existing-ties.cypher', z.object({ key: text }));
const mergeSuggestions = cypher<{ rows: unknown[]; today: unknown }, Counts>(import.meta.url, 'merge-suggestions.cypher', counts);

const suggestionRow = z.object({
  id: text,
  fromId: text,
  toId: text,
  type: z.enum(['KNOWS', 'INFLUENCES']),
  basis: optionalText,
  domainId: optionalText,
  strength: z.number(),
  confidence: z.number(),
  matchScore: z.number(),
  workIds: textList,
  reasons: textList,
  status: z.enum(Object.values(SuggestionStatus)),
  decidedBy: optionalText,
  decidedOn: optionalDate,
  rejectReason: optionalText,
  updatedOn: optionalDate,
});
const suggestionsByIds = cypher<Ids, z.infer<typeof suggestionRow>>(import.meta.url, 'suggestions-by-ids.cypher', suggestionRow);
const listSuggestions = cypher<
  { status: string; type: string | null; personId: string | null; scopeIds: readonly string[] | null; within: boolean; minConfidence: number },
  { id: string; fromId: string; toId: string }
>(import.meta.url, 'list-suggestions.cypher', z.object({ id: text, fromId: text, toId: text }));
const decideSuggestion = cypher<{ id: string; status: string; by: string; on: unknown; reason: string | null }, { id: string }>(
  import.meta.url,
  'decide-suggestion.cypher',
  z.object({ id: text }),
);
const openSuggestionCount = cypher<{ personId: string }, { open: number }>(import.meta.url, 'open-suggestion-count.cypher', z.object({ open: count }));

const unmatchedRow = z.object({
  id: text,
  name: text,
  lastName: optionalText,
  foreName: optionalText,
  initials: optionalText,
  orcid: optionalText,
  affiliations: textList,
  cities: textList,
  workCount: count,
  candidates: textList,
  status: text,
});
const unmatchedByIds = cypher<Ids, z.infer<typeof unmatchedRow>>(import.meta.url, 'unmatched-by-ids.cypher', unmatchedRow);
const listUnmatched = cypher<{ status: string; search: string | null }, { id: string }>(import.meta.url, 'list-unmatched.cypher', z.object({ id: text }));
const contributorWorks = cypher<{ id: string; limit: number }, { workId: string; kind: string }>(
  import.meta.url,
  'contributor-works.cypher',
  z.object({ workId: text, kind: text }),
);
const resolveContributor = cypher<{ id: string; status: string; personId: string | null; by: string; on: unknown; reason: string | null; orcid: boolean }, { moved: number }>(
  import.meta.url,
  'resolve-contributor.cypher',
  z.object({ moved: count }),
);

const workRow = z.object({
  id: text,
  label: z.enum(['Publication', 'Trial']),
  name: text,
  date: optionalDate,
  url: optionalText,
  pmid: optionalText,
  doi: optionalText,
  journal: optionalText,
  meshTerms: textList,
  collectiveAuthors: textList,
  authorCount: optionalNumber,
  nctId: optionalText,
  officialTitle: optionalText,
  phases: textList,
  overallStatus: optionalText,
  completionDate: optionalDate,
  conditions: textList,
});
const worksByIds = cypher<Ids, z.infer<typeof workRow>>(import.meta.url, 'works-by-ids.cypher', workRow);
const workLabels = cypher<Ids, { id: string; label: string }>(import.meta.url, 'work-labels.cypher', z.object({ id: text, label: text }));
const worksOfPeople = cypher<Ids, { personId: string; workId: string; label: string }>(
  import.meta.url,
  'works-of-people.cypher',
  z.object({ personId: text, workId: text, label: text }),
);
const peopleOfWorks = cypher<
  Ids,
  { workId: string; personId: string | null; name: string; position: number | null; last: boolean | null; role: string | null; overall: boolean | null; site: string | null; city: string | null; matchScore: number | null }
>(
  import.meta.url,
  'people-of-works.cypher',
  z.object({
    workId: text,
    personId: optionalText,
    name: text,
    position: optionalNumber,
    last: z.boolean().nullable(),
    role: optionalText,
    overall: z.boolean().nullable(),
    site: optionalText,
    city: optionalText,
    matchScore: optionalNumber,
  }),
);
const areasOfWorks = cypher<Ids, { workId: string; areaId: string }>(import.meta.url, 'areas-of-works.cypher', z.object({ workId: text, areaId: text }));

export interface ContributorRow {
  id: string;
  key: string;
  name: string;
  /** The name folded (accents, case), for search. */
  searchName: string;
  lastName: string | null;
  foreName: string | null;
  initials: string | null;
  orcid: string | null;
  affiliations: string[];
  cities: string[];
  candidates: string[];
  bestScore: number;
  ties: Array<{ workId: string; type: 'AUTHORED' | 'INVESTIGATOR_IN' | 'SPOKE_AT'; key: string; props: Record<string, unknown> }>;
}

/** A proposed tie as the import writes it: its key, and its reasons as codes. */
export type SuggestionRow = Pick<TieSuggestionModel, 'id' | 'type' | 'fromId' | 'toId' | 'basis' | 'domainId' | 'strength' | 'confidence' | 'matchScore' | 'workIds'> & {
  key: string;
  reasons: string[];
};

function toParticipations(rows: z.infer<typeof partsRow>['parts']): Participation[] {
  return rows.map((r) => ({
    personId: r.personId,
    workId: r.workId,
    kind: r.kind as WorkKindWord,
    date: r.date,
    label: r.label,
    title: r.title,
    matchScore: r.matchScore,
    ...(r.position !== null ? { position: r.position } : {}),
    ...(r.authorCount !== null ? { authorCount: r.authorCount } : {}),
    ...(r.last !== null ? { last: r.last } : {}),
    role: r.role,
    ...(r.overall !== null ? { overall: r.overall } : {}),
    sessionKey: r.sessionKey,
    areaIds: r.areaIds === '' ? [] : r.areaIds.split(';'),
  }));
}

/** A suggestion's reasons are stored as `code count`. */
function reasonOf(stored: string): { code: string; count: number } {
  const [code, n] = stored.split(' ');
  return { code: code!, count: Number(n ?? 0) };
}

export class EvidenceRepository {
  constructor(private readonly db: DbClient) {}

  /** Everyone evidence may name, with ORCID iD and today's workplaces. */
  async directory(today: string): Promise<DirectoryPerson[]> {
    const [row] = await this.db.read(peopleDirectory, { today: toNeo4jDate(today) });
    if (!row) return [];
    const jobs = groupById(
      row.people.map((p) => p.id),
      row.jobs,
      (j) => j.personId,
    );
    return row.people.map((p, i) => ({ id: p.id, name: p.name, orcid: p.orcid, institutions: jobs[i]!.map((j) => ({ name: j.name, city: j.city })) }));
  }

  async decisions(ids: readonly string[]): Promise<Map<string, { status: string; personId: string | null; erased: boolean }>> {
    if (ids.length === 0) return new Map();
    const rows = await this.db.read(contributorDecisions, { ids });
    return new Map(rows.map((r) => [r.id, { status: r.status, personId: r.personId, erased: r.erased }]));
  }

  /** Names awaiting review and their ties, and ties now replaced by a person's, in one transaction. */
  async writeContributors(rows: ContributorRow[], dropped: Array<{ contributorId: string; workId: string }>, today: string): Promise<Counts & { removed: number }> {
    if (rows.length === 0 && dropped.length === 0) return { created: 0, updated: 0, removed: 0 };
    return this.db.writeTransaction(async (tx) => {
      const [c] = rows.length ? await tx.run(mergeContributors, { rows, today: toNeo4jDate(today) }) : [{ created: 0, updated: 0 }];
      const [d] = dropped.length ? await tx.run(dropContributorTies, { rows: dropped }) : [{ removed: 0 }];
      const out = { created: c?.created ?? 0, updated: c?.updated ?? 0, removed: d?.removed ?? 0 };
      if (out.created + out.updated + out.removed > 0) await tx.run(bumpVersion, {});
      return out;
    });
  }

  /** People's own parts in works. */
  async participationsOf(personIds: readonly string[]): Promise<Participation[]> {
    if (personIds.length === 0) return [];
    const [row] = await this.db.read(ownParticipations, { ids: personIds });
    return row ? toParticipations(row.parts) : [];
  }

  /** Everyone's parts in the works (and sessions) of some people. */
  async participationsAround(personIds: readonly string[]): Promise<Participation[]> {
    if (personIds.length === 0) return [];
    const [row] = await this.db.read(participationsAround, { ids: personIds });
    return row ? toParticipations(row.parts) : [];
  }

  /** Keys (`type|from|to`) of the pairs whose tie already holds. */
  async existingTies(pairs: Array<{ type: string; from: string; to: string }>, today: string): Promise<Set<string>> {
    if (pairs.length === 0) return new Set();
    const rows = await this.db.read(existingTies, { pairs, today: toNeo4jDate(today) });
    return new Set(rows.map((r) => r.key));
  }

  async mergeSuggestions(rows: SuggestionRow[], today: string): Promise<Counts> {
    if (rows.length === 0) return { created: 0, updated: 0 };
    return this.db.writeTransaction(async (tx) => {
      const [c] = await tx.run(mergeSuggestions, { rows, today: toNeo4jDate(today) });
      const out = { created: c?.created ?? 0, updated: c?.updated ?? 0 };
      if (out.created + out.updated > 0) await tx.run(bumpVersion, {});
      return out;
    });
  }

  async suggestions(ids: readonly string[]): Promise<Array<TieSuggestionModel | null>> {
    const rows = await this.db.read(suggestionsByIds, { ids });
    const models = rows.map(
      (r): TieSuggestionModel => ({ ...r, reasons: r.reasons.map(reasonOf).map((x) => ({ code: x.code as never, count: x.count, message: '' })) }),
    );
    return alignById(ids, models, (m) => m.id);
  }

  /**
   * Suggestion ids in order (most confident first) with their two people, for visibility and
   * paging. `within`: both people among `scopeIds` (else at least one).
   */
  listSuggestions(filter: { status: string; type: string | null; personId: string | null; scopeIds: readonly string[] | null; within: boolean; minConfidence: number }) {
    return this.db.read(listSuggestions, filter);
  }

  /** Marks a suggestion accepted or rejected (only an open one); false when it was not open. */
  async decide(id: string, status: 'accepted' | 'rejected', by: string, on: string, reason: string | null, tx?: WriteTransaction): Promise<boolean> {
    const run = async (t: WriteTransaction) => {
      const rows = await t.run(decideSuggestion, { id, status, by, on: toNeo4jDate(on), reason });
      if (rows.length) await t.run(bumpVersion, {});
      return rows.length > 0;
    };
    return tx ? run(tx) : this.db.writeTransaction(run);
  }

  async openSuggestions(personId: string): Promise<number> {
    return (await this.db.read(openSuggestionCount, { personId }))[0]?.open ?? 0;
  }

  async unmatched(ids: readonly string[]): Promise<Array<UnmatchedPersonModel | null>> {
    const rows = await this.db.read(unmatchedByIds, { ids });
    const models = rows.map(
      (r): UnmatchedPersonModel => ({
        ...r,
        status: (Object.values(UnmatchedStatus) as string[]).includes(r.status) ? (r.status as UnmatchedPersonModel['status']) : UnmatchedStatus.PENDING,
        candidates: r.candidates.map((c) => {
          const [personId, score, nameScore, placeScore] = c.split(' ');
          return { personId: personId!, score: Number(score), nameScore: Number(nameScore), placeScore: Number(placeScore) };
        }),
      }),
    );
    return alignById(ids, models, (m) => m.id);
  }

  async listUnmatched(status: string, search: string | null): Promise<string[]> {
    return (await this.db.read(listUnmatched, { status, search })).map((r) => r.id);
  }

  async contributorWorks(id: string, limit: number): Promise<string[]> {
    return (await this.db.read(contributorWorks, { id, limit })).map((r) => r.workId);
  }

  /** Records a decision on a name; merged or created moves its ties to the person. */
  async resolveContributor(args: { id: string; status: 'merged' | 'created' | 'ignored'; personId: string | null; by: string; on: string; reason: string | null; orcid: boolean }): Promise<number> {
    return this.db.writeTransaction(async (tx) => {
      const [row] = await tx.run(resolveContributor, { ...args, on: toNeo4jDate(args.on) });
      await tx.run(bumpVersion, {});
      return row?.moved ?? 0;
    });
  }

  async works(ids: readonly string[]): Promise<Array<PublicationModel | TrialModel | null>> {
    const rows = await this.db.read(worksByIds, { ids });
    const models = rows.map((r): PublicationModel | TrialModel =>
      r.label === 'Publication'
        ? {
            __typename: 'Publication',
            id: r.id,
            name: r.name,
            title: r.name,
            date: r.date,
            url: r.url,
            pmid: r.pmid ?? r.id.replace(/^pmid-/, ''),
            doi: r.doi,
            journal: r.journal,
            meshTerms: r.meshTerms,
            collectiveAuthors: r.collectiveAuthors,
            authorCount: r.authorCount ?? 0,
          }
        : {
            __typename: 'Trial',
            id: r.id,
            name: r.name,
            title: r.name,
            date: r.date,
            url: r.url,
            nctId: r.nctId ?? r.id.replace(/^trial-/, ''),
            officialTitle: r.officialTitle,
            phases: r.phases,
            overallStatus: r.overallStatus,
            completionDate: r.completionDate,
            conditions: r.conditions,
          },
    );
    return alignById(ids, models, (m) => m.id);
  }

  /** id -> Publication, Trial or Talk, for the ids that are works. */
  async workLabels(ids: readonly string[]): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    return new Map((await this.db.read(workLabels, { ids })).map((r) => [r.id, r.label]));
  }

  /** Each person's works, newest first. */
  async worksOf(personIds: readonly string[]): Promise<Array<Array<{ workId: string; label: string }>>> {
    return groupById(personIds, await this.db.read(worksOfPeople, { ids: personIds }), (r) => r.personId);
  }

  /** The named people of works (matched or awaiting review), in order. */
  async peopleOf(workIds: readonly string[]): Promise<Array<Array<AuthorshipModel & Omit<InvestigatorshipModel, 'role' | 'overall'> & { role: string | null; overall: boolean | null }>>> {
    const rows = await this.db.read(peopleOfWorks, { ids: workIds });
    return groupById(
      workIds,
      rows.map((r) => ({ ...r, position: r.position ?? 0, last: r.last ?? false })),
      (r) => r.workId,
    );
  }

  async areasOf(workIds: readonly string[]): Promise<string[][]> {
    return groupById(workIds, await this.db.read(areasOfWorks, { ids: workIds }), (r) => r.workId).map((rows) => rows.map((r) => r.areaId));
  }
}

export { InvestigatorRole, SpeakerRole };

const anonymiseContributors = cypher<{ personId: string; placeholder: string }, { changed: number }>(
  import.meta.url,
  'erasure-contributors.cypher',
  z.object({ changed: count }),
);

/** What evidence keeps about a person: the names from publications and trials that were resolved to them. */
export const evidenceErasure: ErasureHook = {
  module: 'evidence',
  holds: "the names, ORCID iDs, affiliations and cities of publication authors, investigators and speakers resolved to the person",
  async erase(tx, subject) {
    if (subject.scope !== 'person') return 0;
    const [row] = await tx.run(anonymiseContributors, { personId: subject.personId, placeholder: subject.placeholder });
    return row?.changed ?? 0;
  },
};
