/**
 * What every resolver receives: the signed-in user, access checks, the audit trail, one
 * repository per module over the shared database client, and fresh DataLoaders (no
 * cache across requests). Built once per request by the server.
 */
import DataLoader from 'dataloader';
import { AccessChecker } from './kernel/auth/access.js';
import type { Viewer } from './kernel/auth/viewer.js';
import type { AnalyticsCache } from './kernel/cache/analytics-cache.js';
import { systemClock } from './kernel/clock.js';
import { DEFAULT_LOCALE, type Locale } from './kernel/i18n/catalogue.js';
import type { DbClient } from './kernel/database/db-client.js';
import { AccountRepository } from './modules/accounts/repository.js';
import { AuditTrail } from './modules/audit/audit-trail.js';
import type { EventModel, ProductModel, ProgramModel, TalkModel, TherapeuticAreaModel } from './modules/catalog/models.js';
import { CatalogRepository } from './modules/catalog/repository.js';
import { EvidenceRepository } from './modules/evidence/repository.js';
import type { TieSuggestionModel, UnmatchedPersonModel, WorkModel } from './modules/evidence/models.js';
import type { Participation } from './modules/evidence/rules/types.js';
import { ChangeRepository } from './modules/changes/repository.js';
import { countryPack, type CountryPack } from './modules/country/pack.js';
import type { ChangeServices } from './modules/changes/services.js';
import type { ChangeAuthor } from './modules/graph/graph-writer.js';
import { GraphRepository } from './modules/graph/repository.js';
import { createTieLoader, type TieEnd, type TieQuery } from './modules/graph/ties.js';
import type { CommitteeModel, InstitutionModel } from './modules/institutions/models.js';
import { InstitutionRepository } from './modules/institutions/repository.js';
import { IntroductionRepository } from './modules/introductions/repository.js';
import { MapRepository } from './modules/map/repository.js';
import type { CommitteeMembershipModel, PersonModel, PositionModel, RelationshipModel, StanceModel } from './modules/people/models.js';
import { PersonRepository } from './modules/people/repository.js';
import { createPersonDetailLoaders, type PartLoader } from './modules/people/detail-loaders.js';
import type { PersonDetails } from './modules/people/repository.js';
import type { InteractionModel, PlanModel, PlanStepModel, StagePeriodModel } from './modules/planning/models.js';
import { PlanningRepository } from './modules/planning/repository.js';
import { PowerRepository } from './modules/power/repository.js';
import type { MeasuresMemo } from './modules/power/measures-memo.js';
import type { ProjectionMemo } from './modules/power/projection-memo.js';
import type { PowerWorkers } from './modules/power/power-workers.js';
import type { ScopePower } from './modules/power/questions.js';
import type { WholeGraphPower } from './modules/power/whole-graph.js';
import type { DataProtectionModel, DossierModel } from './modules/privacy/models.js';
import { PrivacyRepository } from './modules/privacy/repository.js';
import type { TenderModel } from './modules/tenders/models.js';
import { TenderRepository } from './modules/tenders/repository.js';
import type { TerritoryCounts, TerritoryModel } from './modules/territories/models.js';
import { TerritoryRepository } from './modules/territories/repository.js';
import type { UserModel } from './modules/users/models.js';
import { UserRepository } from './modules/users/repository.js';

export interface Repositories {
  graph: GraphRepository;
  people: PersonRepository;
  users: UserRepository;
  territories: TerritoryRepository;
  institutions: InstitutionRepository;
  tenders: TenderRepository;
  catalog: CatalogRepository;
  power: PowerRepository;
  map: MapRepository;
  introductions: IntroductionRepository;
  planning: PlanningRepository;
  accounts: AccountRepository;
  privacy: PrivacyRepository;
  evidence: EvidenceRepository;
  changes: ChangeRepository;
}

export interface Loaders {
  person: DataLoader<string, PersonModel | null>;
  /** A person's page: every part below and the person in one statement (modules/people/detail-loaders.ts). */
  personDetails: (id: string) => Promise<PersonDetails | null>;
  // The parts of people's detail: all parts asked in one tick come from one statement.
  positions: PartLoader<PositionModel[]>;
  committeeSeats: PartLoader<CommitteeMembershipModel[]>;
  stances: PartLoader<StanceModel[]>;
  relationships: PartLoader<RelationshipModel[]>;
  territoryIds: PartLoader<string[]>;
  territories: DataLoader<string, TerritoryModel | null>;
  territoryCounts: DataLoader<string, TerritoryCounts>;
  tender: DataLoader<string, TenderModel | null>;
  committee: DataLoader<string, CommitteeModel | null>;
  institution: DataLoader<string, InstitutionModel | null>;
  user: DataLoader<string, UserModel | null>;
  dossier: DataLoader<string, DossierModel | null>;
  dataProtection: DataLoader<string, DataProtectionModel | null>;
  plan: DataLoader<string, PlanModel | null>;
  planSteps: DataLoader<string, PlanStepModel[]>;
  interaction: DataLoader<string, InteractionModel | null>;
  recentInteractionIds: DataLoader<string, string[]>;
  stageHistory: DataLoader<string, StagePeriodModel[]>;
  lastInteractionOn: DataLoader<string, string | null>;
  /** The ties of a node, in either direction, batched per type list, direction and date. */
  ties: DataLoader<TieQuery, TieEnd[], string>;
  program: DataLoader<string, ProgramModel | null>;
  product: DataLoader<string, ProductModel | null>;
  event: DataLoader<string, EventModel | null>;
  /** Imported congress talks (Talk nodes). */
  talk: DataLoader<string, TalkModel | null>;
  area: DataLoader<string, TherapeuticAreaModel | null>;
  /** Works by id: publications and trials (evidence), talks (catalog). */
  work: DataLoader<string, WorkModel | null>;
  /** A person's works, newest first. */
  personWorks: DataLoader<string, Array<{ workId: string; label: string }>>;
  /** The people (or names awaiting review) a work names. */
  workPeople: DataLoader<string, Awaited<ReturnType<EvidenceRepository['peopleOf']>>[number]>;
  workAreas: DataLoader<string, string[]>;
  /** A person's own parts in works (scientific standing). */
  participations: DataLoader<string, Participation[]>;
  suggestion: DataLoader<string, TieSuggestionModel | null>;
  unmatched: DataLoader<string, UnmatchedPersonModel | null>;
  /** Whether the viewer may see a node: every check of a request in one query. */
  visible: DataLoader<string, boolean>;
}

export interface GraphContext {
  db: DbClient;
  /** The signed-in user. */
  viewer: Viewer;
  /** Territory visibility checks for that user. */
  access: AccessChecker;
  /** This request's audit entries, written when the response is sent. */
  audit: AuditTrail;
  repositories: Repositories;
  loaders: Loaders;
  /** Today as an ISO date: the default "as of". */
  today: string;
  /**
   * The catalogue every sentence of this request is rendered in (explanations, advice,
   * change summaries, field errors): negotiated from Accept-Language, or named by the
   * operation's `@locale` directive (set before any resolver runs; server.ts).
   */
  locale: Locale;
  /** Heavy analytics kept per graph version across requests (null: always compute). */
  analyticsCache: AnalyticsCache | null;
  /**
   * The graph version read with the viewer when the request started, for the analytics
   * cache. Null when unknown, and for mutations (their own writes move the version, so
   * the cache must read it again after them; see server.ts).
   */
  graphVersion: number | null;
  /** Worker threads for large scopes' power measures (null: computed in-process). */
  powerWorkers: PowerWorkers | null;
  /** The whole graph's balance of power, kept up to date in the background (null: computed like any scope). */
  wholeGraph: WholeGraphPower<ScopePower> | null;
  /** The projections of the scopes read last, patched by later writes' footprints (null: always read whole). */
  projectionMemo: ProjectionMemo | null;
  /** The graph measures of the scopes measured last, by their exact inputs (null: always computed). */
  measuresMemo: MeasuresMemo | null;
  /** The server's live change stream and its own address (null outside a server: CLI, tests of rules). */
  changeServices: ChangeServices | null;
  /** The country pack (COUNTRY_PACK): which kinds, procedures and statuses writes may use. */
  countryPack: CountryPack;
  /**
   * Marked by a resolver whose answer will change without a write (a ranking still being
   * computed after one, the whole graph's ranking of an earlier version while its
   * recomputation runs): the response cache does not keep such an answer.
   */
  provisional: { marked: boolean };
}

export interface ContextOptions {
  /** Default: today's date (UTC) by the system clock. */
  today?: string;
  /** Default: English. */
  locale?: Locale;
  /** Shared by every request of a server; omitted or null computes every time. */
  analyticsCache?: AnalyticsCache | null;
  /** The graph version read when the request started (with the viewer), if it was. */
  graphVersion?: number | null;
  /** Shared by every request of a server; omitted or null measures in-process. */
  powerWorkers?: PowerWorkers | null;
  /** Shared by every request of a server; omitted or null computes the whole graph like any scope. */
  wholeGraph?: WholeGraphPower<ScopePower> | null;
  /** Shared by every request of a server; omitted or null always reads the projection whole. */
  projectionMemo?: ProjectionMemo | null;
  /** Shared by every request of a server; omitted or null always computes the measures. */
  measuresMemo?: MeasuresMemo | null;
  changeServices?: ChangeServices | null;
  /** Default: the generic pack, which accepts every word of the model's original lists. */
  countryPack?: CountryPack;
}

/** How many interactions a person's panel lists. */
const RECENT_INTERACTIONS = 20;

/** The module repositories; given an author (a request's user and day), graph writes are recorded in the change log. */
export function createRepositories(db: DbClient, author?: ChangeAuthor): Repositories {
  return {
    graph: new GraphRepository(db, author),
    people: new PersonRepository(db),
    users: new UserRepository(db),
    territories: new TerritoryRepository(db),
    institutions: new InstitutionRepository(db),
    tenders: new TenderRepository(db),
    catalog: new CatalogRepository(db),
    power: new PowerRepository(db),
    map: new MapRepository(db),
    introductions: new IntroductionRepository(db),
    planning: new PlanningRepository(db),
    accounts: new AccountRepository(db),
    privacy: new PrivacyRepository(db),
    evidence: new EvidenceRepository(db),
    changes: new ChangeRepository(db),
  };
}

function createLoaders(db: DbClient, repositories: Repositories, access: AccessChecker, today: string): Loaders {
  const { people, planning, catalog, evidence } = repositories;
  let allTerritories: Promise<Map<string, TerritoryModel>> | undefined;
  let allAreas: Promise<Map<string, TherapeuticAreaModel>> | undefined;
  const person = new DataLoader((ids: readonly string[]) => people.byIds(ids));
  const user = new DataLoader((ids: readonly string[]) => repositories.users.byIds(ids));
  // Few territories: the whole list once per request answers every lookup not already known.
  const territories = new DataLoader(async (ids: readonly string[]) => {
    allTerritories ??= repositories.territories.list().then((list) => new Map(list.map((t) => [t.id, t])));
    const byId = await allTerritories;
    return ids.map((id) => byId.get(id) ?? null);
  });
  // A detail read names users and territories: the loaders of this request keep them.
  const details = createPersonDetailLoaders(people, today, {
    person: (p) => person.prime(p.id, p),
    user: (u) => user.prime(u.id, u),
    territory: (t) => territories.prime(t.id, t),
  });
  return {
    person,
    personDetails: (id) => details.everything(id),
    positions: details.positions,
    committeeSeats: details.committeeSeats,
    stances: details.stances,
    relationships: details.relationships,
    territoryIds: details.territoryIds,
    territories,
    territoryCounts: new DataLoader((ids) => repositories.territories.counts(ids, today)),
    tender: new DataLoader((ids) => repositories.tenders.byIds(ids)),
    committee: new DataLoader((ids) => repositories.institutions.committees(ids)),
    institution: new DataLoader((ids) => repositories.institutions.institutions(ids)),
    user,
    dossier: new DataLoader((ids) => repositories.privacy.dossiers(ids)),
    dataProtection: new DataLoader((ids) => repositories.privacy.dataProtection(ids)),
    plan: new DataLoader((ids) => planning.plansByIds(ids)),
    planSteps: new DataLoader((ids) => planning.steps(ids)),
    interaction: new DataLoader((ids) => planning.interactions(ids)),
    recentInteractionIds: new DataLoader((ids) => planning.interactionIdsOf(ids, RECENT_INTERACTIONS)),
    stageHistory: new DataLoader((ids) => planning.stageHistory(ids)),
    lastInteractionOn: new DataLoader((ids) => planning.lastInteractionDates(ids)),
    ties: createTieLoader(db),
    program: new DataLoader((ids) => catalog.programs(ids)),
    product: new DataLoader((ids) => catalog.products(ids)),
    event: new DataLoader((ids) => catalog.events(ids)),
    talk: new DataLoader((ids) => catalog.talks(ids)),
    // Few areas: the whole list once per request answers every lookup.
    area: new DataLoader(async (ids) => {
      allAreas ??= catalog.therapeuticAreas().then((list) => new Map(list.map((a) => [a.id, a])));
      const byId = await allAreas;
      return ids.map((id) => byId.get(id) ?? null);
    }),
    work: new DataLoader(async (ids) => {
      // Talks are the catalog's (hand-typed SPOKE_AT ties and imported Talk nodes); the rest are evidence's.
      const isTalk = (id: string) => id.startsWith('talk-') || id.startsWith('spoke-at:');
      const talkIds = ids.filter(isTalk);
      const [talks, works] = await Promise.all([catalog.talks(talkIds.filter((id) => id.startsWith('talk-'))), evidence.works(ids.filter((id) => !isTalk(id)))]);
      const byId = new Map<string, WorkModel>();
      for (const t of talks) if (t) byId.set(t.id, { ...t, __typename: 'Talk' });
      for (const w of works) if (w) byId.set(w.id, w);
      return ids.map((id) => byId.get(id) ?? null);
    }),
    personWorks: new DataLoader((ids) => evidence.worksOf(ids)),
    workPeople: new DataLoader((ids) => evidence.peopleOf(ids)),
    workAreas: new DataLoader((ids) => evidence.areasOf(ids)),
    participations: new DataLoader(async (ids) => {
      const parts = await evidence.participationsOf(ids);
      return ids.map((id) => parts.filter((p) => p.personId === id));
    }),
    suggestion: new DataLoader((ids) => evidence.suggestions(ids)),
    unmatched: new DataLoader((ids) => evidence.unmatched(ids)),
    visible: new DataLoader(async (ids) => {
      const seen = await access.visible(ids);
      return ids.map((id) => seen.has(id));
    }),
  };
}

export function createContext(db: DbClient, viewer: Viewer, options: ContextOptions = {}): GraphContext {
  const today = options.today ?? systemClock.today();
  const repositories = createRepositories(db, { by: viewer.userId, today });
  const access = new AccessChecker(db, viewer);
  return {
    db,
    viewer,
    access,
    audit: new AuditTrail(db, viewer.userId),
    repositories,
    loaders: createLoaders(db, repositories, access, today),
    today,
    locale: options.locale ?? DEFAULT_LOCALE,
    analyticsCache: options.analyticsCache ?? null,
    graphVersion: options.graphVersion ?? null,
    powerWorkers: options.powerWorkers ?? null,
    wholeGraph: options.wholeGraph ?? null,
    projectionMemo: options.projectionMemo ?? null,
    measuresMemo: options.measuresMemo ?? null,
    changeServices: options.changeServices ?? null,
    countryPack: options.countryPack ?? countryPack('generic'),
    provisional: { marked: false },
  };
}
