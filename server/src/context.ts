import DataLoader from 'dataloader';
import { systemClock } from './kernel/clock.js';
import { AccessChecker } from './kernel/auth/access.js';
import type { Viewer } from './kernel/auth/viewer.js';
import type { AnalyticsCache } from './kernel/cache/analytics-cache.js';
import { AuditTrail } from './modules/audit/audit-trail.js';
import type { DbClient } from './kernel/database/db-client.js';
import type {
  CommitteeMembershipModel,
  CommitteeModel,
  DossierModel,
  InteractionModel,
  PlanModel,
  PlanStepModel,
  StagePeriodModel,
  InstitutionModel,
  PersonModel,
  PositionModel,
  RelationshipModel,
  StanceModel,
  TenderModel,
  TerritoryCounts,
  TerritoryModel,
  UserModel,
} from './models.js';
import { GraphMutations } from './modules/graph/repository.js';
import { PrivacyRepository } from './modules/privacy/repository.js';
import { PlanningRepository } from './modules/planning/repository.js';
import { AnalyticsRepository } from './modules/power/repository.js';
import { CatalogRepository } from './modules/catalog/repository.js';
import { PersonRepository } from './modules/people/repository.js';
import { TerritoryRepository } from './modules/territories/repository.js';

export interface Repositories {
  people: PersonRepository;
  territories: TerritoryRepository;
  catalog: CatalogRepository;
  analytics: AnalyticsRepository;
  mutations: GraphMutations;
  privacy: PrivacyRepository;
  planning: PlanningRepository;
}

export interface Loaders {
  person: DataLoader<string, PersonModel | null>;
  positions: DataLoader<string, PositionModel[]>;
  committeeSeats: DataLoader<string, CommitteeMembershipModel[]>;
  stances: DataLoader<string, StanceModel[]>;
  relationships: DataLoader<string, RelationshipModel[]>;
  territoryIds: DataLoader<string, string[]>;
  territories: DataLoader<string, TerritoryModel | null>;
  territoryCounts: DataLoader<string, TerritoryCounts>;
  tender: DataLoader<string, TenderModel | null>;
  committee: DataLoader<string, CommitteeModel | null>;
  institution: DataLoader<string, InstitutionModel | null>;
  user: DataLoader<string, UserModel | null>;
  dossier: DataLoader<string, DossierModel | null>;
  plan: DataLoader<string, PlanModel | null>;
  planSteps: DataLoader<string, PlanStepModel[]>;
  interaction: DataLoader<string, InteractionModel | null>;
  recentInteractionIds: DataLoader<string, string[]>;
  stageHistory: DataLoader<string, StagePeriodModel[]>;
  lastInteractionOn: DataLoader<string, string | null>;
}

/** Per request: repositories over the shared client, and fresh DataLoaders (no cross-request cache). */
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
  /** Heavy analytics kept per graph version across requests (null: always compute). */
  analyticsCache: AnalyticsCache | null;
  /**
   * The graph version read with the viewer when the request started, for the analytics
   * cache. Null when unknown, and for mutations (their own writes move the version, so
   * the cache must read it again after them; see server.ts).
   */
  graphVersion: number | null;
}

export interface ContextOptions {
  /** Default: today's date (UTC) by the system clock. */
  today?: string;
  /** Shared by every request of a server; omitted or null computes every time. */
  analyticsCache?: AnalyticsCache | null;
  /** The graph version read when the request started (with the viewer), if it was. */
  graphVersion?: number | null;
}

export function createContext(db: DbClient, viewer: Viewer, options: ContextOptions = {}): GraphContext {
  const today = options.today ?? systemClock.today();
  const repositories: Repositories = {
    people: new PersonRepository(db),
    territories: new TerritoryRepository(db),
    catalog: new CatalogRepository(db),
    analytics: new AnalyticsRepository(db),
    mutations: new GraphMutations(db),
    privacy: new PrivacyRepository(db),
    planning: new PlanningRepository(db),
  };
  const { people, catalog } = repositories;
  let allTerritories: Promise<Map<string, TerritoryModel>> | undefined;
  const loaders: Loaders = {
    person: new DataLoader((ids) => people.byIds(ids)),
    positions: new DataLoader((ids) => people.positions(ids, today)),
    committeeSeats: new DataLoader((ids) => people.committees(ids, today)),
    stances: new DataLoader((ids) => people.stances(ids, today)),
    relationships: new DataLoader((ids) => people.relationships(ids, today)),
    territoryIds: new DataLoader((ids) => people.territoryIds(ids, today)),
    territories: new DataLoader(async (ids) => {
      allTerritories ??= repositories.territories.list().then((list) => new Map(list.map((t) => [t.id, t])));
      const byId = await allTerritories;
      return ids.map((id) => byId.get(id) ?? null);
    }),
    territoryCounts: new DataLoader((ids) => repositories.territories.counts(ids, today)),
    tender: new DataLoader((ids) => catalog.tenders(ids)),
    committee: new DataLoader((ids) => catalog.committees(ids)),
    institution: new DataLoader((ids) => catalog.institutions(ids)),
    user: new DataLoader((ids) => catalog.users(ids)),
    dossier: new DataLoader((ids) => people.dossiers(ids)),
    plan: new DataLoader((ids) => repositories.planning.plansByIds(ids)),
    planSteps: new DataLoader((ids) => repositories.planning.steps(ids)),
    interaction: new DataLoader((ids) => repositories.planning.interactions(ids)),
    recentInteractionIds: new DataLoader((ids) => repositories.planning.interactionIdsOf(ids, RECENT_INTERACTIONS)),
    stageHistory: new DataLoader((ids) => repositories.planning.stageHistory(ids)),
    lastInteractionOn: new DataLoader((ids) => repositories.planning.lastInteractionDates(ids)),
  };
  return {
    db,
    viewer,
    access: new AccessChecker(db, viewer),
    audit: new AuditTrail(db, viewer.userId),
    repositories,
    loaders,
    today,
    analyticsCache: options.analyticsCache ?? null,
    graphVersion: options.graphVersion ?? null,
  };
}

/** How many interactions a person's panel lists. */
const RECENT_INTERACTIONS = 20;
