import { Locale } from './vocabulary.js';
import { KeyAccountStatus } from './vocabulary.js';
import { KeyClientCriterion } from './vocabulary.js';
import { ProgramKind } from './vocabulary.js';
import { EventKind } from './vocabulary.js';
import { ChangeKind } from './vocabulary.js';
import { ChangeOrder } from './vocabulary.js';
import { DeliveryStatus } from './vocabulary.js';
import { VocabularyKind } from './vocabulary.js';
import { InvestigatorRole } from './vocabulary.js';
import { SpeakerRole } from './vocabulary.js';
import { WorkKind } from './vocabulary.js';
import { SuggestionReasonCode } from './vocabulary.js';
import { SuggestionStatus } from './vocabulary.js';
import { UnmatchedStatus } from './vocabulary.js';
import { TieType } from './vocabulary.js';
import { InfluenceBasis } from './vocabulary.js';
import { TieDirection } from './vocabulary.js';
import { NodeLabel } from './vocabulary.js';
import { InstitutionKind } from './vocabulary.js';
import { PersonCategory } from './vocabulary.js';
import { CommitteeRole } from './vocabulary.js';
import { RelationshipStage } from './vocabulary.js';
import { StageCriterion } from './vocabulary.js';
import { PeopleOrder } from './vocabulary.js';
import { DevelopmentLevel } from './vocabulary.js';
import { ManagerStyle } from './vocabulary.js';
import { PlanStatus } from './vocabulary.js';
import { PlanProgress } from './vocabulary.js';
import { StepStatus } from './vocabulary.js';
import { StepKind } from './vocabulary.js';
import { InteractionKind } from './vocabulary.js';
import { FollowUpStatus } from './vocabulary.js';
import { AgendaItemKind } from './vocabulary.js';
import { PowerFactor } from './vocabulary.js';
import { CoalitionLeaning } from './vocabulary.js';
import { RoleKind } from './vocabulary.js';
import { DossierAccess } from './vocabulary.js';
import { LawfulBasis } from './vocabulary.js';
import { NoticeMethod } from './vocabulary.js';
import { TenderProcedure } from './vocabulary.js';
import { TenderStatus } from './vocabulary.js';
import { DecisionRole } from './vocabulary.js';
import { UserRole } from './vocabulary.js';
import { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import { CountryPackModel, LocalNameModel, VocabularyValueModel } from '../modules/country/pack.js';
import { FieldErrorModel } from '../kernel/errors.js';
import { PersonModel, PositionModel, CommitteeMembershipModel, StanceModel, RelationshipModel, DecisionRoleHeldModel } from '../modules/people/models.js';
import { TieEnd } from '../modules/graph/ties.js';
import { TerritoryModel } from '../modules/territories/models.js';
import { InstitutionModel, CommitteeModel, StaffMemberModel, CommitteeSeatModel } from '../modules/institutions/models.js';
import { UserModel, ViewerModel } from '../modules/users/models.js';
import { TenderModel, TenderLotModel, TenderOutcomeModel, SpecShaperModel, DecisionGroupModel, DecisionRoleModel, DecisionMemberModel } from '../modules/tenders/models.js';
import { ProgramModel, ProductModel, EventModel, TherapeuticAreaModel, TalkModel } from '../modules/catalog/models.js';
import { BalanceOfPowerModel, PowerScoreModel, ScoreEvidenceModel, CoalitionModel, EndingTermModel, WhatMayChangeModel, InfluenceTieModel } from '../modules/power/models.js';
import { CompetitorLeaningModel } from '../modules/competitors/models.js';
import { IntroductionPathModel } from '../modules/introductions/models.js';
import { TieModel } from '../modules/graph/models.js';
import { GraphViewModel, GraphNodeModel } from '../modules/map/models.js';
import { DossierModel, DataProtectionModel } from '../modules/privacy/models.js';
import { PlanModel, PlanStepModel, StagePeriodModel, InteractionModel, FollowUpModel, BriefingModel, RecommendationModel, MutualContactModel } from '../modules/planning/models.js';
import { KeyAccountHealthModel, AccountStandingModel } from '../modules/accounts/models.js';
import { PersonStanding } from '../modules/accounts/rules/key-people.js';
import { AuditEntryModel } from '../modules/audit/models.js';
import { PublicationModel, TrialModel, AuthorshipModel, InvestigatorshipModel, TieSuggestionModel, UnmatchedPersonModel, MatchCandidateModel, UnmatchedPersonPayloadModel, ScientificStandingModel, StandingEvidenceModel } from '../modules/evidence/models.js';
import { ChangeModel, ChangeListModel, MessageModel, RankMoveModel, WatchModel, WatchCountModel, InboxModel, WebhookModel, WebhookDeliveryModel } from '../modules/changes/models.js';
import { GraphContext } from '../context.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type EnumResolverSignature<T, AllowedValues = any> = { [key in keyof T]?: AllowedValues };
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /**
   * A calendar date in ISO 8601 form, `YYYY-MM-DD`. "As of" arguments take a Date and
   * default to today.
   */
  Date: { input: string; output: string; }
};

export type AccountStanding = {
  __typename?: 'AccountStanding';
  /** Criteria at or above 0.5. */
  criteriaMet: Array<KeyClientCriterion>;
  /** Running share of revenue down to this account (the Pareto curve). */
  cumulativeShare: Scalars['Float']['output'];
  inTop20: Scalars['Boolean']['output'];
  /** The four criteria of a key client, each 0..1. */
  influence: Scalars['Float']['output'];
  institution: Institution;
  keyAccount: Scalars['Boolean']['output'];
  opportunities: Scalars['Float']['output'];
  profit: Scalars['Float']['output'];
  profitability: Scalars['Float']['output'];
  rank: Scalars['Int']['output'];
  revenue: Scalars['Float']['output'];
  revenueShare: Scalars['Float']['output'];
  trust: Scalars['Float']['output'];
};

/** One thing in a user's agenda. */
export type AgendaItem = {
  __typename?: 'AgendaItem';
  date: Scalars['Date']['output'];
  kind: AgendaItemKind;
  overdue: Scalars['Boolean']['output'];
  /** The person, tender, committee, event or plan concerned. */
  subjectId?: Maybe<Scalars['ID']['output']>;
  title: Scalars['String']['output'];
};

export { AgendaItemKind };

/** One audited action: a dossier read or a mutation. */
export type AuditEntry = {
  __typename?: 'AuditEntry';
  /** What: `dossier.read`, `mutation.<name>`. */
  action: Scalars['String']['output'];
  /** When, as an ISO date-time. */
  at: Scalars['String']['output'];
  /** Outcome and the fields given (no personal data). */
  detail: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** The person, tie endpoint or node the action touched. */
  targetId?: Maybe<Scalars['ID']['output']>;
  /** Who (user id). */
  userId: Scalars['ID']['output'];
};

/** One author of a publication. */
export type Authorship = {
  __typename?: 'Authorship';
  /** The last (senior) author of an article with two or more authors. */
  last: Scalars['Boolean']['output'];
  /** How sure the match to the person is, 0..1 (1: ORCID, or decided by a user). */
  matchScore?: Maybe<Scalars['Float']['output']>;
  /** The name as the publication writes it (`Conceição, João`). */
  name: Scalars['String']['output'];
  /** The matched person; null while the author awaits review, or when outside your territories. */
  person?: Maybe<Person>;
  /** 1 = first author. */
  position: Scalars['Int']['output'];
};

/**
 * Who really decides in a scope, formally and informally. Every score is the weighted sum of
 * three normalised factors (0..1 within the scope):
 * - formal: positions (a head counts 1.0, other positions 0.2), committee seats (chair 1.0,
 *   secretary 0.6, expert 0.5, member 0.4) and decision-group roles (decision maker 1.0 ...
 *   user 0.3), summed and divided by the scope's maximum; weight 0.4;
 * - influence: weighted PageRank over INFLUENCES (edges reversed so that influencers gain
 *   rank), each tie weighing strength × confidence; weight 0.4;
 * - brokerage: betweenness over INFLUENCES that weigh anything (exact up to 2,000 people,
 *   sampled beyond), counted in hops; weight 0.2.
 * - standing (scientific standing, see ScientificStanding): each person's raw standing from
 *   their publications, trials and talks divided by the scope's highest; weight 0.15, and
 *   then formal, influence and brokerage keep their 2:2:1 shares of the remaining 0.85
 *   (0.34, 0.34, 0.17). In a scope where nobody has evidence the factor is left out (weight
 *   0, not listed in the explanation) and the three weigh 0.4, 0.4 and 0.2 as before. Its
 *   evidence lines name the works (PMIDs, NCT ids, talks); with `therapeuticArea`, works
 *   outside the area count 0.2.
 * Every tie and role counts by how sure we are of it: a role's weight and a tie's
 * strength are multiplied by their `confidence` (0..1; none recorded counts as 1), so a
 * tie of strength 0.8 at confidence 0.4 weighs 0.32. Coalitions (Louvain) use the same
 * weights.
 */
export type BalanceOfPower = {
  __typename?: 'BalanceOfPower';
  /** The date the graph was read as of. */
  asOf: Scalars['Date']['output'];
  /** Groups found by Louvain community detection over influence ties, strongest first. */
  coalitions: Array<Coalition>;
  /** When the graph was read for these scores (an ISO date-time). */
  computedAt: Scalars['String']['output'];
  /** Modularity of the coalition partition (0..1; above 0.3 means clear groups). */
  modularity: Scalars['Float']['output'];
  /** How many people are in scope (after `without`). */
  peopleInScope: Scalars['Int']['output'];
  /** Everyone in scope, strongest first (capped by `first`). */
  ranking: Array<PowerScore>;
  /**
   * False when the graph has changed since `computedAt`. Only the whole graph
   * (`everywhere`, as of today, nobody left out) answers so, while its newer ranking is
   * computed in the background: ask again shortly for it. Every other answer is computed
   * for the graph as it is when asked.
   */
  upToDate: Scalars['Boolean']['output'];
  /** Terms ending and ties that are new: where the balance may move. */
  whatMayChange: WhatMayChange;
};

/** Everything to prepare a meeting with a person. */
export type Briefing = {
  __typename?: 'Briefing';
  /** Recent interactions, newest first. */
  interactions: Array<Interaction>;
  /** People who know both the person and one of our users' contacts, strongest first. */
  mutualContacts: Array<MutualContact>;
  /** Open steps of plans for this person. */
  openSteps: Array<PlanStep>;
  person: Person;
  plans: Array<Plan>;
  /** The person's place in the balance of power of their (first) territory. */
  power?: Maybe<PowerScore>;
  /** Suggested talking points from the graph. */
  talkingPoints: Array<Scalars['String']['output']>;
  territory?: Maybe<Territory>;
  /** Dossier topics the signed-in user may see (hobbies, values, style); empty otherwise. */
  topics: Array<Scalars['String']['output']>;
};

/**
 * One change in the graph, explained. Changes are derived from the dated graph (ties'
 * since and until, tenders' status histories, people's addedOn day) and the scope's
 * balance of power, so a feed and the as-of answers never disagree. The id is the same
 * wherever the change appears (feed, inbox, live stream, webhook): kind, tie key or node id
 * and day, so a change is reported once.
 */
export type Change = {
  __typename?: 'Change';
  /** Everything the change touches: people, and the committee, institution, tender, company, product or user involved. */
  entityIds: Array<Scalars['ID']['output']>;
  /**
   * For RANK_MOVED: the changes in the window that touch the person (ties and roles begun or
   * ended, strongest first) or, when none did, how each factor of their score moved.
   * Empty for other kinds.
   */
  evidence: Array<ScoreEvidence>;
  id: Scalars['ID']['output'];
  kind: ChangeKind;
  /** The same sentence as a message id and its parameters, for clients that word it in their own language. */
  message: ChangeMessage;
  /** For RANK_MOVED: how many people moved in all (the inbox's grouped one lists only those that matter). */
  movedCount?: Maybe<Scalars['Int']['output']>;
  /**
   * For RANK_MOVED: the moves it stands for, weightiest first: one in a feed; in the inbox,
   * every move of the watched scope that matters (into, out of or within its top 20, or of
   * a person the user watches). Empty for other kinds.
   */
  moves: Array<RankMove>;
  /** The date the change took effect in the graph (a tie's since/until, an edit's date). */
  on: Scalars['Date']['output'];
  /** The people the change is about (the map lights them). */
  people: Array<Person>;
  /** Their ids, without loading them. */
  personIds: Array<Scalars['ID']['output']>;
  rankAfter?: Maybe<Scalars['Int']['output']>;
  /** For RANK_MOVED: rank before and after, and the ties that explain the move (for the inbox's grouped one, those of its weightiest move). */
  rankBefore?: Maybe<Scalars['Int']['output']>;
  recordedBy?: Maybe<User>;
  /** When the change was written through the API, the day and the user who wrote it (null for imported or seeded facts). */
  recordedOn?: Maybe<Scalars['Date']['output']>;
  /**
   * True only on the live stream and webhooks, for a tie deleted outright (removeTie): the
   * record is gone, so as-of answers and feeds no longer show it.
   */
  retracted: Scalars['Boolean']['output'];
  scoreAfter?: Maybe<Scalars['Float']['output']>;
  /** For RANK_MOVED: the power score (0..1) before and after. */
  scoreBefore?: Maybe<Scalars['Float']['output']>;
  stageAfter?: Maybe<RelationshipStage>;
  /** For STAGE_CHANGED: our user's stage with the person before and after (null: none). */
  stageBefore?: Maybe<RelationshipStage>;
  stanceAfter?: Maybe<Scalars['Int']['output']>;
  /** For STANCE_CHANGED: the stance before and after (-2..2; null when none was recorded). */
  stanceBefore?: Maybe<Scalars['Int']['output']>;
  statusAfter?: Maybe<TenderStatus>;
  /** For TENDER_STATUS_CHANGED: the status before and after. */
  statusBefore?: Maybe<TenderStatus>;
  /** The committee, institution, tender, company or product the change is about, when there is one. */
  subject?: Maybe<Entity>;
  /** One sentence a KAM can read, with names, e.g. 'Dr. Ana Reis now chairs the Drug and Therapeutics Committee'. */
  summary: Scalars['String']['output'];
  /**
   * Keys of the ties the change is about (`type|from|to|since`), the ids of the influence
   * map's edges (`GraphEdge.id`): what the map lights. Empty for rank moves, people added
   * and tender statuses.
   */
  tieKeys: Array<Scalars['ID']['output']>;
  /**
   * How much it moves power in the scope (0 when it does not), so feeds can be sorted by
   * weight: measured with the scope's ranking as of the window's last day, or while a write
   * is still being ranked with the newest ranking ready (`rankingPending` of the list). On
   * the live stream and webhooks, with the scope's newest ranking ready when it is pushed.
   */
  weight: Scalars['Float']['output'];
};

/** A page of changes (Relay connection), with what the list compared. */
export type ChangeConnection = {
  __typename?: 'ChangeConnection';
  /** Changes per kind, over all pages (after `kinds`). */
  countsByKind: Array<ChangeKindCount>;
  edges: Array<ChangeEdge>;
  nodes: Array<Change>;
  pageInfo: PageInfo;
  /** ... with the balance of power as of this day (`until`). */
  rankedAfter: Scalars['Date']['output'];
  /** Rank moves compare the balance of power as of this day (the day before `since`) ... */
  rankedBefore: Scalars['Date']['output'];
  /**
   * True while a write is still being ranked: the changes are those of the graph as it is,
   * but rank moves and weights come from the newest balance of power ready (a large scope's
   * takes seconds to compute again after a write). Ask again in a few seconds for the
   * ranking of the latest write; an answer with true is never served from the response cache.
   */
  rankingPending: Scalars['Boolean']['output'];
  /** The first day of the window. */
  since: Scalars['Date']['output'];
  /** Changes in the list (after `kinds`), all pages. */
  totalCount: Scalars['Int']['output'];
  /** The last day of the window. */
  until: Scalars['Date']['output'];
};

export type ChangeEdge = {
  __typename?: 'ChangeEdge';
  cursor: Scalars['String']['output'];
  node: Change;
};

export { ChangeKind };

/** How many changes of one kind a list holds. */
export type ChangeKindCount = {
  __typename?: 'ChangeKindCount';
  count: Scalars['Int']['output'];
  kind: ChangeKind;
};

/** A sentence as a message id of the server's catalogue and its parameters. */
export type ChangeMessage = {
  __typename?: 'ChangeMessage';
  /** E.g. `change.roleStarted.committee`. */
  id: Scalars['String']['output'];
  params: Array<MessageParam>;
};

export { ChangeOrder };

/** A group of people tied more to each other than to the rest (Louvain). */
export type Coalition = {
  __typename?: 'Coalition';
  /**
   * Power-weighted mean stance toward our company and products minus toward competitors,
   * -2..2; null when no member has a recorded stance.
   */
  lean?: Maybe<Scalars['Float']['output']>;
  /** US (lean > 0.25), COMPETITORS (lean < -0.25), NEUTRAL, or UNKNOWN. */
  leaning: CoalitionLeaning;
  /** How many members. */
  memberCount: Scalars['Int']['output'];
  /** The members' ids, without loading them. */
  memberIds: Array<Scalars['ID']['output']>;
  /** The members, loaded as people (a 10,000-person scope loads 10,000: prefer memberIds for ids only). */
  members: Array<Person>;
  /** Sum of the members' power scores. */
  power: Scalars['Float']['output'];
};

export { CoalitionLeaning };

/** A formulary committee, tender commission, programme board or society board. */
export type Committee = Entity & {
  __typename?: 'Committee';
  /** What the committee does. */
  description?: Maybe<Scalars['String']['output']>;
  /** Programmes whose lists it drafts. */
  draftedPrograms: Array<Program>;
  /** Tenders it drafts the specification of. */
  draftedTenders: Array<Tender>;
  id: Scalars['ID']['output'];
  /** The institution it belongs to. */
  institution?: Maybe<Institution>;
  kind?: Maybe<Scalars['String']['output']>;
  /**
   * Who sits on it as of a date (default today), chair first; with `includeFormer`, every
   * seat ever recorded, so that who sat on it over time can be read.
   */
  members: Array<CommitteeSeat>;
  name: Scalars['String']['output'];
  therapeuticAreas: Array<TherapeuticArea>;
};


/** A formulary committee, tender commission, programme board or society board. */
export type CommitteeMembersArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  includeFormer?: InputMaybe<Scalars['Boolean']['input']>;
};

export type CommitteeConnection = {
  __typename?: 'CommitteeConnection';
  edges: Array<CommitteeEdge>;
  nodes: Array<Committee>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type CommitteeEdge = {
  __typename?: 'CommitteeEdge';
  cursor: Scalars['String']['output'];
  node: Committee;
};

export type CommitteeFilter = {
  institutionId?: InputMaybe<Scalars['ID']['input']>;
  kind?: InputMaybe<Scalars['String']['input']>;
  /** Name contains (case-insensitive). */
  search?: InputMaybe<Scalars['String']['input']>;
  territoryId?: InputMaybe<Scalars['ID']['input']>;
};

export type CommitteeInput = {
  id?: InputMaybe<Scalars['ID']['input']>;
  /** The institution the committee belongs to. */
  institutionId?: InputMaybe<Scalars['ID']['input']>;
  kind?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
};

/** A seat on a committee for a term. */
export type CommitteeMembership = {
  __typename?: 'CommitteeMembership';
  committee: Committee;
  role: CommitteeRole;
  since?: Maybe<Scalars['Date']['output']>;
  /** End of the term; null when open-ended. */
  until?: Maybe<Scalars['Date']['output']>;
};

export type CommitteePayload = {
  __typename?: 'CommitteePayload';
  committee?: Maybe<Committee>;
  errors: Array<FieldError>;
  ok: Scalars['Boolean']['output'];
};

export { CommitteeRole };

/** A seat on a committee for a term (MEMBER_OF). */
export type CommitteeSeat = {
  __typename?: 'CommitteeSeat';
  committee: Committee;
  confidence?: Maybe<Scalars['Float']['output']>;
  person: Person;
  role: CommitteeRole;
  since?: Maybe<Scalars['Date']['output']>;
  source?: Maybe<Scalars['String']['output']>;
  /** End of the term; null when open-ended. */
  until?: Maybe<Scalars['Date']['output']>;
};

/**
 * A powerful person in a scope who leans to a competitor: their mean stance toward
 * competitors' companies and products is positive and above their stance toward ours
 * (docs/domain.md#competitor-activity).
 */
export type CompetitorLeaning = {
  __typename?: 'CompetitorLeaning';
  /** The stances toward competitors behind it, strongest first. */
  competitorStances: Array<Stance>;
  person: Person;
  /** Power score in the scope, 0..1. */
  power: Scalars['Float']['output'];
  /** Rank in the scope's balance of power. */
  rank: Scalars['Int']['output'];
  /** Mean stance toward competitors' companies and products (-2..2). */
  towardCompetitors: Scalars['Float']['output'];
  /** Mean stance toward our company and products (-2..2), null when none is recorded. */
  towardUs?: Maybe<Scalars['Float']['output']>;
};

/**
 * The country the service is set up for (COUNTRY_PACK): which words the API accepts for
 * institution, committee and programme kinds, tender procedures and statuses, and how the
 * country names them and the decision-group roles. The analytics do not depend on it.
 */
export type CountryPack = {
  __typename?: 'CountryPack';
  /** pt, br or generic. */
  code: Scalars['String']['output'];
  /** ISO 4217 code new tenders are valued in when none is given (EUR, BRL). */
  currency: Scalars['String']['output'];
  healthSystem: HealthSystemNames;
  /** The language of the local labels (pt-PT, pt-BR, en). */
  language: Scalars['String']['output'];
  name: LocalName;
  /** One entry per restricted list, in VocabularyKind order; `kind` picks one. */
  vocabularies: Array<Vocabulary>;
};


/**
 * The country the service is set up for (COUNTRY_PACK): which words the API accepts for
 * institution, committee and programme kinds, tender procedures and statuses, and how the
 * country names them and the decision-group roles. The analytics do not depend on it.
 */
export type CountryPackVocabulariesArgs = {
  kind?: InputMaybe<VocabularyKind>;
};

/**
 * What the law asks us to record about a person's data: why we hold it, when and how they
 * were told, and how long the dossier data is kept.
 */
export type DataProtection = {
  __typename?: 'DataProtection';
  /** The months that apply: retentionMonths or the default. */
  effectiveRetentionMonths: Scalars['Int']['output'];
  /** Null until recorded. */
  lawfulBasis?: Maybe<LawfulBasis>;
  noticeMethod?: Maybe<NoticeMethod>;
  /** The day the person was informed. */
  noticeOn?: Maybe<Scalars['Date']['output']>;
  /**
   * The day the dossier data (dossier, interaction notes and outcomes) is erased by the
   * retention job: the retention period counted from the latest of the notice, the last
   * dossier write and the last interaction. Null when nothing is held.
   */
  retainUntil?: Maybe<Scalars['Date']['output']>;
  /** Months the dossier data is kept after the last activity; null means the default (24). */
  retentionMonths?: Maybe<Scalars['Int']['output']>;
};

export type DataProtectionInput = {
  lawfulBasis: LawfulBasis;
  /** Required with CONSENT. */
  noticeMethod?: InputMaybe<NoticeMethod>;
  /** Required with CONSENT; not after today. */
  noticeOn?: InputMaybe<Scalars['Date']['input']>;
  /** 1..120; null keeps the default (24). */
  retentionMonths?: InputMaybe<Scalars['Int']['input']>;
};

/** A tender's decision group: each role, who holds it and whether we reach them. */
export type DecisionGroup = {
  __typename?: 'DecisionGroup';
  asOf: Scalars['Date']['output'];
  /** Share of the listed roles that are covered, 0..1. */
  coverage: Scalars['Float']['output'];
  roles: Array<DecisionRoleCoverage>;
  tender: Tender;
  /** Roles nobody of ours reaches at `acquainted` or beyond. */
  uncoveredRoles: Array<Scalars['String']['output']>;
};

export type DecisionMember = {
  __typename?: 'DecisionMember';
  /** The user with that stage, if any. */
  contact?: Maybe<User>;
  /** Users who own this person. */
  owners: Array<User>;
  person: Person;
  /** Our best stage with this member (null when none). */
  stage?: Maybe<RelationshipStage>;
};

export { DecisionRole };

export type DecisionRoleCoverage = {
  __typename?: 'DecisionRoleCoverage';
  /** What to do about this role. */
  advice: Scalars['String']['output'];
  /** Our best stage with any member (null when we reach none). */
  bestStage?: Maybe<RelationshipStage>;
  /** True when a member is at ACQUAINTANCE or beyond with one of our users. */
  covered: Scalars['Boolean']['output'];
  members: Array<DecisionMember>;
  role: DecisionRole;
  /** What this role weighs in a proposal (e.g. exclusivity, references, numbers). */
  weighs: Array<Scalars['String']['output']>;
};

/** A role in a tender's decision group (ROLE_IN). */
export type DecisionRoleHeld = {
  __typename?: 'DecisionRoleHeld';
  confidence?: Maybe<Scalars['Float']['output']>;
  role: DecisionRole;
  since?: Maybe<Scalars['Date']['output']>;
  source?: Maybe<Scalars['String']['output']>;
  tender: Tender;
  until?: Maybe<Scalars['Date']['output']>;
};

export type DeletePayload = {
  __typename?: 'DeletePayload';
  errors: Array<FieldError>;
  /** Id of the removed node or tie. */
  id?: Maybe<Scalars['ID']['output']>;
  ok: Scalars['Boolean']['output'];
};

export { DeliveryStatus };

export { DevelopmentLevel };

/**
 * Personal facts about a member of a decision group: protected personal data, read only by
 * the person's owner (and their manager) or an admin, and every read is audited.
 */
export type Dossier = {
  __typename?: 'Dossier';
  birthday?: Maybe<Scalars['Date']['output']>;
  characterType?: Maybe<Scalars['String']['output']>;
  communicationStyle?: Maybe<Scalars['String']['output']>;
  family?: Maybe<Scalars['String']['output']>;
  hobbies: Array<Scalars['String']['output']>;
  /** When the dossier was last written. */
  recordedOn?: Maybe<Scalars['Date']['output']>;
  /** Where the facts come from. */
  source?: Maybe<Scalars['String']['output']>;
  /** What the person cares about. */
  values?: Maybe<Scalars['String']['output']>;
};

export { DossierAccess };

export type DossierInput = {
  birthday?: InputMaybe<Scalars['Date']['input']>;
  characterType?: InputMaybe<Scalars['String']['input']>;
  communicationStyle?: InputMaybe<Scalars['String']['input']>;
  family?: InputMaybe<Scalars['String']['input']>;
  hobbies?: InputMaybe<Array<Scalars['String']['input']>>;
  source?: InputMaybe<Scalars['String']['input']>;
  values?: InputMaybe<Scalars['String']['input']>;
};

export type DossierPayload = {
  __typename?: 'DossierPayload';
  dossier?: Maybe<Dossier>;
  errors: Array<FieldError>;
  ok: Scalars['Boolean']['output'];
};

export type EndingTerm = {
  __typename?: 'EndingTerm';
  /** Name of the committee, institution or tender. */
  at: Scalars['String']['output'];
  atId: Scalars['ID']['output'];
  kind: RoleKind;
  person: Person;
  /** The seat's or decision role, or the job title. */
  role: Scalars['String']['output'];
  until: Scalars['Date']['output'];
};

/**
 * Anything in the graph with an id and a name that the API shows: the other end of a tie.
 * Its `__typename` says which (Person, Institution, Committee, Tender, Program, Product,
 * Event, TherapeuticArea, Territory, User, Interaction, Plan, Publication, Trial, Talk).
 */
export type Entity = {
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

/** What one module erased (its erasure hook, docs/architecture.md#erasure-hooks). */
export type ErasedPart = {
  __typename?: 'ErasedPart';
  /** How many items it removed or rewrote. */
  items: Scalars['Int']['output'];
  /** The module: privacy (the dossier), planning (interactions, plans, steps), audit, people. */
  module: Scalars['String']['output'];
};

export type ErasurePayload = {
  __typename?: 'ErasurePayload';
  /** Dossiers deleted. */
  dossiersRemoved: Scalars['Int']['output'];
  /** Every module's part of the erasure. */
  erased: Array<ErasedPart>;
  errors: Array<FieldError>;
  /** Interactions, plans and plan steps whose personal text was removed or rewritten. */
  notesRemoved: Scalars['Int']['output'];
  ok: Scalars['Boolean']['output'];
  person?: Maybe<Person>;
};

/** A conference, congress, round table or webinar: who spoke (on what) and who attended. */
export type Event = Entity & {
  __typename?: 'Event';
  /** People who attended. */
  attendees: Array<Person>;
  city?: Maybe<Scalars['String']['output']>;
  date?: Maybe<Scalars['Date']['output']>;
  id: Scalars['ID']['output'];
  kind?: Maybe<EventKind>;
  name: Scalars['String']['output'];
  /** People who spoke, with their topics. */
  speakers: Array<Talk>;
  territories: Array<Territory>;
  therapeuticAreas: Array<TherapeuticArea>;
};

export type EventConnection = {
  __typename?: 'EventConnection';
  edges: Array<EventEdge>;
  nodes: Array<Event>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type EventEdge = {
  __typename?: 'EventEdge';
  cursor: Scalars['String']['output'];
  node: Event;
};

export type EventFilter = {
  /** On or after this day. */
  from?: InputMaybe<Scalars['Date']['input']>;
  kind?: InputMaybe<EventKind>;
  /** Name contains (case-insensitive). */
  search?: InputMaybe<Scalars['String']['input']>;
  territoryId?: InputMaybe<Scalars['ID']['input']>;
  therapeuticAreaId?: InputMaybe<Scalars['ID']['input']>;
  /** On or before this day. */
  to?: InputMaybe<Scalars['Date']['input']>;
};

export { EventKind };

/** A problem with one input field: which field, and why. */
export type FieldError = {
  __typename?: 'FieldError';
  /** Path of the field, e.g. `input.strength`: the API's own names, in English in every language. */
  field: Scalars['String']['output'];
  /** Why, in the request's language (Accept-Language or `@locale`). */
  message: Scalars['String']['output'];
};

/** A proposal waiting for a follow-up call. */
export type FollowUp = {
  __typename?: 'FollowUp';
  /** What to do on the call. */
  advice: Scalars['String']['output'];
  due: Scalars['Date']['output'];
  overdue: Scalars['Boolean']['output'];
  proposal: Interaction;
};

export { FollowUpStatus };

/** A tie on the map. */
export type GraphEdge = {
  __typename?: 'GraphEdge';
  basis?: Maybe<InfluenceBasis>;
  confidence?: Maybe<Scalars['Float']['output']>;
  domain?: Maybe<Scalars['String']['output']>;
  /** Stable id: type|from|to|since. */
  id: Scalars['ID']['output'];
  /** Where the fact comes from. */
  provenance?: Maybe<Scalars['String']['output']>;
  /** Committee or decision role, or the job title for WORKS_AT. */
  role?: Maybe<Scalars['String']['output']>;
  since?: Maybe<Scalars['Date']['output']>;
  source: Scalars['ID']['output'];
  strength?: Maybe<Scalars['Float']['output']>;
  target: Scalars['ID']['output'];
  type: TieType;
  until?: Maybe<Scalars['Date']['output']>;
};

/** A node on the map. */
export type GraphNode = {
  __typename?: 'GraphNode';
  /** People: index into GraphView.coalitions, null when in none. */
  coalition?: Maybe<Scalars['Int']['output']>;
  /** Institutions: a competitor company. */
  competitor: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  /** Institution kind, committee kind, or the person's category. */
  kind?: Maybe<Scalars['String']['output']>;
  label: NodeLabel;
  name: Scalars['String']['output'];
  optedOut: Scalars['Boolean']['output'];
  /** Institutions: our own company. */
  ours: Scalars['Boolean']['output'];
  /** People: id of the user who owns them. */
  ownerId?: Maybe<Scalars['ID']['output']>;
  /** People: power score in the scope, 0..1 (null for other nodes). */
  power?: Maybe<Scalars['Float']['output']>;
  /** People: rank by power in the scope. */
  rank?: Maybe<Scalars['Int']['output']>;
  /** People: our best relationship stage (null when none). */
  stage?: Maybe<RelationshipStage>;
  /** People: mean stance toward us, -2..2 (null when unknown). */
  stance?: Maybe<Scalars['Float']['output']>;
};

/**
 * What the influence map draws for a scope: people sized by power and coloured by stance,
 * the institutions, committees and tenders they are tied to, and the ties among them.
 */
export type GraphView = {
  __typename?: 'GraphView';
  asOf: Scalars['Date']['output'];
  /** Coalitions, by power (their index is GraphNode.coalition). */
  coalitions: Array<Coalition>;
  edges: Array<GraphEdge>;
  nodes: Array<GraphNode>;
  /** People in scope (after `without`), before `limit`. */
  peopleInScope: Scalars['Int']['output'];
  /** True when more people are in scope than `limit`: the weakest were left out. */
  truncated: Scalars['Boolean']['output'];
};

/** The health system's own names for the institutions the product talks about. */
export type HealthSystemNames = {
  __typename?: 'HealthSystemNames';
  /** Who assesses health technologies for the health service (INFARMED's CATS, CONITEC). */
  htaBody: LocalName;
  /** The medicines agency (INFARMED, ANVISA). */
  medicinesAgency: LocalName;
  /** The national health service (SNS, SUS). */
  nationalHealthService: LocalName;
  /** The law tenders follow (Código dos Contratos Públicos, Lei 14.133/2021). */
  procurementLaw: LocalName;
  /** What a region is called (região de saúde, estado). */
  region: LocalName;
};

/**
 * A user's inbox: the changes touching what they watch (people, institutions, committees,
 * tenders, territories) since they last marked it read. For a watched scope it holds the
 * changes of `changes(scope, ...)` over the days after the read mark, changes written
 * through the API since then whatever day they took effect (an edit to the past), terms
 * that came within 6 months of ending since then, and rank moves against the ranking the
 * user saw when they last read (kept by markInboxRead; for a scope watched since, the
 * ranking as of the read day). One write can shift hundreds of people by a place, so a
 * watched scope's rank moves are one change (RANK_MOVED, its `moves`) listing only the moves
 * that matter to a KAM: into, out of or within the scope's top 20 (who really decides), or
 * of a person the user watches; it counts as one unread change, and is left out when no move
 * matters (every move stays in the scope's `changes` feed). For a watched person, the changes
 * that involve them; such a change weighs 0 (a person alone is no scope to weigh power in)
 * unless it also lies in a watched scope, where it weighs what it weighs in that scope's feed.
 */
export type Inbox = {
  __typename?: 'Inbox';
  /** The changes, weightiest first by default. `first` 1..500 (default 50). */
  changes: ChangeConnection;
  /** Unread changes per kind. */
  countsByKind: Array<ChangeKindCount>;
  /** Unread changes per watched entity (a change touching two watched things counts for both). */
  countsByWatch: Array<WatchCount>;
  /** True while a write is still being ranked (see `ChangeConnection.rankingPending`): ask again in a few seconds. */
  rankingPending: Scalars['Boolean']['output'];
  /** The day the inbox was last marked read (null: never; it then covers the last 30 days). */
  readOn?: Maybe<Scalars['Date']['output']>;
  /** The first day covered. */
  since: Scalars['Date']['output'];
  /** How many changes the inbox holds (all of them are unread: reading empties it); a watched scope's rank moves count as one. */
  unreadCount: Scalars['Int']['output'];
  /** Today. */
  until: Scalars['Date']['output'];
};


/**
 * A user's inbox: the changes touching what they watch (people, institutions, committees,
 * tenders, territories) since they last marked it read. For a watched scope it holds the
 * changes of `changes(scope, ...)` over the days after the read mark, changes written
 * through the API since then whatever day they took effect (an edit to the past), terms
 * that came within 6 months of ending since then, and rank moves against the ranking the
 * user saw when they last read (kept by markInboxRead; for a scope watched since, the
 * ranking as of the read day). One write can shift hundreds of people by a place, so a
 * watched scope's rank moves are one change (RANK_MOVED, its `moves`) listing only the moves
 * that matter to a KAM: into, out of or within the scope's top 20 (who really decides), or
 * of a person the user watches; it counts as one unread change, and is left out when no move
 * matters (every move stays in the scope's `changes` feed). For a watched person, the changes
 * that involve them; such a change weighs 0 (a person alone is no scope to weigh power in)
 * unless it also lies in a watched scope, where it weighs what it weighs in that scope's feed.
 */
export type InboxChangesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kinds?: InputMaybe<Array<ChangeKind>>;
  orderBy?: InputMaybe<ChangeOrder>;
  watch?: InputMaybe<Scalars['ID']['input']>;
};

export type InboxPayload = {
  __typename?: 'InboxPayload';
  errors: Array<FieldError>;
  inbox?: Maybe<Inbox>;
  ok: Scalars['Boolean']['output'];
};

export { InfluenceBasis };

/** A directed influence tie: `from` sways `to`. */
export type InfluenceTie = {
  __typename?: 'InfluenceTie';
  basis?: Maybe<InfluenceBasis>;
  /** 0..1: how sure we are of the tie (null: not recorded). */
  confidence?: Maybe<Scalars['Float']['output']>;
  /** Therapeutic area the influence applies to (its id). */
  domain?: Maybe<Scalars['String']['output']>;
  /** The therapeutic area's name. */
  domainName?: Maybe<Scalars['String']['output']>;
  from: Person;
  since?: Maybe<Scalars['Date']['output']>;
  /** Where the fact comes from. */
  source?: Maybe<Scalars['String']['output']>;
  /** 0..1 */
  strength: Scalars['Float']['output'];
  to: Person;
  until?: Maybe<Scalars['Date']['output']>;
};

/**
 * A hospital, clinic, department, pharmacy chain or outlet, distributor, state warehouse,
 * health authority, insurance fund, regional administration, university, society, or a
 * company (ours or a competitor).
 */
export type Institution = Entity & {
  __typename?: 'Institution';
  city?: Maybe<Scalars['String']['output']>;
  /** Committees that belong to it. */
  committees: Array<Committee>;
  /** A competitor company. */
  competitor: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  /** Flagged as a key account. */
  keyAccount: Scalars['Boolean']['output'];
  kind?: Maybe<InstitutionKind>;
  name: Scalars['String']['output'];
  /** Our own company. */
  ours: Scalars['Boolean']['output'];
  /** The institution it is part of (a department's hospital, an outlet's chain). */
  parent?: Maybe<Institution>;
  /** Its parts: departments, outlets. */
  parts: Array<Institution>;
  /** People who work there as of a date (default today), heads first. */
  people: Array<StaffMember>;
  /** Companies: the products they make. */
  products: Array<Product>;
  /** Tenders it issues, by date. */
  tendersIssued: Array<Tender>;
  /** Territories it is located in. */
  territories: Array<Territory>;
};


/**
 * A hospital, clinic, department, pharmacy chain or outlet, distributor, state warehouse,
 * health authority, insurance fund, regional administration, university, society, or a
 * company (ours or a competitor).
 */
export type InstitutionPeopleArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
};

export type InstitutionConnection = {
  __typename?: 'InstitutionConnection';
  edges: Array<InstitutionEdge>;
  nodes: Array<Institution>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type InstitutionEdge = {
  __typename?: 'InstitutionEdge';
  cursor: Scalars['String']['output'];
  node: Institution;
};

export type InstitutionFilter = {
  competitor?: InputMaybe<Scalars['Boolean']['input']>;
  kind?: InputMaybe<InstitutionKind>;
  ours?: InputMaybe<Scalars['Boolean']['input']>;
  /** Name contains (case-insensitive). */
  search?: InputMaybe<Scalars['String']['input']>;
  /** Located in this territory, directly or through its parent. */
  territoryId?: InputMaybe<Scalars['ID']['input']>;
};

export type InstitutionInput = {
  city?: InputMaybe<Scalars['String']['input']>;
  id?: InputMaybe<Scalars['ID']['input']>;
  kind: InstitutionKind;
  name: Scalars['String']['input'];
  /** Parent institution (a department's hospital, an outlet's chain). */
  partOfId?: InputMaybe<Scalars['ID']['input']>;
  territoryId?: InputMaybe<Scalars['ID']['input']>;
};

export { InstitutionKind };

export type InstitutionPayload = {
  __typename?: 'InstitutionPayload';
  errors: Array<FieldError>;
  institution?: Maybe<Institution>;
  ok: Scalars['Boolean']['output'];
};

/** A visit, call, informal meeting, event or proposal. */
export type Interaction = Entity & {
  __typename?: 'Interaction';
  /** Proposals: confirmed on. */
  confirmedOn?: Maybe<Scalars['Date']['output']>;
  date?: Maybe<Scalars['Date']['output']>;
  /** Proposals without confirmation: the day after sending. */
  followUpDue?: Maybe<Scalars['Date']['output']>;
  followUpStatus: FollowUpStatus;
  id: Scalars['ID']['output'];
  kind?: Maybe<InteractionKind>;
  name: Scalars['String']['output'];
  /** The next call or meeting agreed. */
  nextContactOn?: Maybe<Scalars['Date']['output']>;
  /** Free notes (removed when the person's personal data is erased). */
  notes?: Maybe<Scalars['String']['output']>;
  outcome?: Maybe<Scalars['String']['output']>;
  participants: Array<Person>;
  users: Array<User>;
  /** Proposals: valid until. */
  validUntil?: Maybe<Scalars['Date']['output']>;
};

export type InteractionInput = {
  date: Scalars['Date']['input'];
  /** The proposal this call or meeting follows up. */
  followsUpId?: InputMaybe<Scalars['ID']['input']>;
  kind: InteractionKind;
  nextContactOn?: InputMaybe<Scalars['Date']['input']>;
  notes?: InputMaybe<Scalars['String']['input']>;
  outcome?: InputMaybe<Scalars['String']['input']>;
  /** People met or addressed. */
  personIds: Array<Scalars['ID']['input']>;
  /** The tender it concerns. */
  tenderId?: InputMaybe<Scalars['ID']['input']>;
  /** Proposals: valid until (default 30 days after date). */
  validUntil?: InputMaybe<Scalars['Date']['input']>;
};

export { InteractionKind };

export type InteractionPayload = {
  __typename?: 'InteractionPayload';
  errors: Array<FieldError>;
  interaction?: Maybe<Interaction>;
  ok: Scalars['Boolean']['output'];
};

/**
 * A chain of people through which a KAM can be introduced. Strength is the product of each
 * tie's strength × confidence (KNOWS and INFLUENCES by their strength, REPORTS_TO 0.6,
 * colleagues at a workplace of at most 30 people 0.4, a user's relationship by stage:
 * contact 0.3, acquaintance 0.5, loyalty 0.8, near-friendly 0.95; confidence as recorded,
 * 1 when none is).
 */
export type IntroductionPath = {
  __typename?: 'IntroductionPath';
  /** Who makes the introduction: the person just before the target. */
  introducer?: Maybe<Person>;
  /** From the start person to the target, inclusive. When the start is a user, it begins at the user's first contact. */
  people: Array<Person>;
  /** Product of the tie strengths, 0..1. */
  strength: Scalars['Float']['output'];
  /** The tie type of each step (len(people) - 1, plus one when starting from a user). */
  tieTypes: Array<Scalars['String']['output']>;
  /** The user the path starts from, when fromId is a user. */
  viaUser?: Maybe<User>;
};

export { InvestigatorRole };

/** Someone who investigates in a trial. */
export type Investigatorship = {
  __typename?: 'Investigatorship';
  /** The site's city. */
  city?: Maybe<Scalars['String']['output']>;
  /** How sure the match to the person is, 0..1. */
  matchScore?: Maybe<Scalars['Float']['output']>;
  /** The name as the study writes it. */
  name: Scalars['String']['output'];
  /** True for the study's overall officials; false for a site's investigators. */
  overall: Scalars['Boolean']['output'];
  /** The matched person; null while awaiting review, or when outside your territories. */
  person?: Maybe<Person>;
  role: InvestigatorRole;
  /** The site's facility (site investigators), or the official's affiliation. */
  site?: Maybe<Scalars['String']['output']>;
};

/** Key-account health of a scope for one period: Pareto shares, the key accounts' share against the 30-55% norm, dependence above 75% (docs/domain.md#key-clients). */
export type KeyAccountHealth = {
  __typename?: 'KeyAccountHealth';
  /** Accounts by revenue, largest first. */
  accounts: Array<AccountStanding>;
  explanation: Scalars['String']['output'];
  /** Share of revenue from key accounts (flagged keyAccount, else the top 20%). */
  keyAccountRevenueShare: Scalars['Float']['output'];
  keyAccountStatus: KeyAccountStatus;
  /** The single largest client by revenue (null with no sales). */
  largestAccount?: Maybe<AccountStanding>;
  /** The single largest client's share of revenue: dependence on one client, beside the key accounts' total. */
  largestAccountShare: Scalars['Float']['output'];
  /** Above this key-account share the supplier is mono-dependent on a few clients (0.75). */
  monoDependenceAbove: Scalars['Float']['output'];
  /** Key accounts bring more than 75% of sales: dependence on few clients. */
  monoDependent: Scalars['Boolean']['output'];
  /** Upper end of the normal key-account share (0.55). */
  normalShareMax: Scalars['Float']['output'];
  /** Lower end of the normal key-account share (0.30). */
  normalShareMin: Scalars['Float']['output'];
  period: Scalars['String']['output'];
  /** Share of profit from the top 20% of accounts. */
  top20ProfitShare: Scalars['Float']['output'];
  /** Share of revenue from the top 20% of accounts (Pareto). */
  top20RevenueShare: Scalars['Float']['output'];
  totalProfit: Scalars['Float']['output'];
  totalRevenue: Scalars['Float']['output'];
};

export { KeyAccountStatus };

export { KeyClientCriterion };

/**
 * A person weighed as a key client (docs/domain.md#key-clients: key clients are first of all
 * people, opinion leaders), on the four criteria, each 0..1 against the best in the list:
 * leadership (power in the scope), profitability (sales booked FOR the person in the
 * period), opportunities (upcoming tenders in whose decision group they sit, committee
 * seats today, talks within a year) and trust (our best stage on the ladder, contact 0.25 ..
 * near-friendly 1). A criterion is met at 0.5; a key client meets at least three.
 */
export type KeyPersonStanding = {
  __typename?: 'KeyPersonStanding';
  criteriaMet: Array<KeyClientCriterion>;
  keyClient: Scalars['Boolean']['output'];
  leadership: Scalars['Float']['output'];
  opportunities: Scalars['Float']['output'];
  person: Person;
  profitability: Scalars['Float']['output'];
  /** Rank in the scope's balance of power. */
  rank: Scalars['Int']['output'];
  trust: Scalars['Float']['output'];
};

export { LawfulBasis };

/**
 * A name in the reader's language: `label` in the request's language (Accept-Language or the
 * operation's @locale) unless `locale` picks one, `local` as the country itself says it.
 */
export type LocalName = {
  __typename?: 'LocalName';
  en: Scalars['String']['output'];
  label: Scalars['String']['output'];
  /** In the pack's own language (its `language`): the country's official words. */
  local: Scalars['String']['output'];
};


/**
 * A name in the reader's language: `label` in the request's language (Accept-Language or the
 * operation's @locale) unless `locale` picks one, `local` as the country itself says it.
 */
export type LocalNameLabelArgs = {
  locale?: InputMaybe<Locale>;
};

export { Locale };

export { ManagerStyle };

/** A person an unmatched name may be. */
export type MatchCandidate = {
  __typename?: 'MatchCandidate';
  nameScore: Scalars['Float']['output'];
  person: Person;
  placeScore: Scalars['Float']['output'];
  /** 0.6 × nameScore + 0.4 × placeScore (see UnmatchedPerson). */
  score: Scalars['Float']['output'];
};

/** One parameter of a message. */
export type MessageParam = {
  __typename?: 'MessageParam';
  /** When the parameter names a node (a person, committee...), its id. */
  entityId?: Maybe<Scalars['ID']['output']>;
  name: Scalars['String']['output'];
  /** The value as text: a word of a closed list (e.g. `chair`), a number, an ISO date, or a name. */
  value?: Maybe<Scalars['String']['output']>;
};

/** Every change KAMgraph makes; every module adds its own (`extend type Mutation`). */
export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Makes the suggested tie (setTie semantics: undated, so it updates an undated tie of the
   * same type between the two), with the suggested or the given strength (0..1), the
   * suggestion's confidence, basis and domain, and `source` = the works' ids separated by `;`.
   */
  acceptTieSuggestion: TiePayload;
  addPlanStep: PlanPayload;
  /** Records that the client confirmed a proposal. */
  confirmProposal: InteractionPayload;
  /**
   * Creates a person for an unmatched name (the input as upsertPerson's; a KAM gives a
   * territoryId in their territories, else a field error), moves its works to them, keeps its
   * ORCID, and proposes the ties its works imply. `institutionId`: where they work (an
   * undated WORKS_AT with `position`), which later imports match their affiliations against.
   */
  createPersonFromUnmatched: UnmatchedPersonPayload;
  /** Creates a plan; with proposeSteps, steps come from the graph (introducers, events, committees, tenders). */
  createPlan: PlanPayload;
  /** Registers a receiver of changes (admins only). */
  createWebhook: WebhookPayload;
  /** Deletes a person, institution, committee or tender and its ties. */
  deleteNode: DeletePayload;
  /** Stops deliveries to a webhook and forgets it and its log (admins only). */
  deleteWebhook: WebhookPayload;
  /**
   * Erases a person's personal data on request, everywhere it can be read: the dossier;
   * their name, title, specialty and contact details; the notes, outcomes and names of
   * interactions they took part in; the texts of plans about them and of steps about them;
   * their name wherever free text quotes it; older audit details about them; and so the
   * export. The node stays as an anonymised placeholder so ties keep their meaning.
   * `reason` is the request reference (kept in the audit log). Admins only.
   */
  erasePersonalData: ErasurePayload;
  /** Leaves the name unmatched for good: it is not asked about again. */
  ignoreUnmatchedPerson: UnmatchedPersonPayload;
  /** Logs a visit, call, meeting, event or proposal by the signed-in user. */
  logInteraction: InteractionPayload;
  /**
   * Marks the inbox read: it empties, and what changes from now on fills it again. The
   * ranking of each watched scope is kept as it stands (waiting for a write still being
   * ranked), so rank moves are told against it.
   */
  markInboxRead: InboxPayload;
  /** The unmatched name is this person: its works move to them and future imports match it to them. */
  mergeUnmatchedPerson: UnmatchedPersonPayload;
  /**
   * Records who won a tender and at what price: the tender becomes AWARDED (dated `on`,
   * default today) and an AWARDED_TO tie joins it to the winning company. Lots and
   * competitors are ties too: setTie with LOTS (lot, quantity) and COMPETES_IN.
   */
  recordTenderOutcome: TenderPayload;
  /** Rejects a suggestion for good (it does not come back on re-import). `id` echoes the suggestion. */
  rejectTieSuggestion: DeletePayload;
  /** Deletes a tie outright (prefer `until` to keep history). */
  removeTie: DeletePayload;
  /** Adds a dated review note (manager or owner). */
  reviewPlan: PlanPayload;
  /** Records consent to keep personal data and the opt-out from contact (opted-out people are never proposed on introduction paths). */
  setConsent: PersonPayload;
  /**
   * Records why we hold a person's data, when and how they were told, and how long their
   * dossier data is kept. Anyone who may edit the person (not strategists).
   */
  setDataProtection: PersonPayload;
  /**
   * Keeps the language the signed-in user chose (any role, strategists included: it is no
   * graph edit); null forgets it. The web calls it when the language is switched.
   */
  setPreferredLocale: PreferredLocalePayload;
  /**
   * Records a user's current relationship stage with a person, with the ladder's criteria
   * that show it. A stage needs its own criteria and those of the steps below it, given here
   * or already recorded for this user and person; otherwise nothing is written and the error
   * names the missing ones. The previous stage is closed (until = today), so stage changes
   * are dated and criteria carry over.
   */
  setStage: TiePayload;
  /**
   * Records a person's current stance toward a company or product (-2..2). The previous
   * stance is closed (until = today) so the history stays.
   */
  setStance: TiePayload;
  /**
   * Creates or updates a tie. A tie is identified by type, from, to and since: changing
   * `since` records a new tie; set `until` to end one. Null fields leave values unchanged.
   */
  setTie: TiePayload;
  /**
   * Admins only: gives a user their role. A colleague who signs in with the company's
   * identity provider for the first time gets no role unless OIDC_ROLE_CLAIM grants one; an
   * admin gives it here (a role claim, when configured, wins at the next sign-in). An admin
   * cannot take the admin role from themself.
   */
  setUserRole: UserPayload;
  /** Stops following it. */
  unwatch: WatchPayload;
  /** Writes dossier fields (null leaves a field unchanged). The owner KAM, their manager or an admin. */
  updateDossier: DossierPayload;
  updatePlan: PlanPayload;
  /** Marks a step done, skipped or open again; doneOn is set to today when done. */
  updatePlanStep: PlanPayload;
  /** Creates or updates a committee. */
  upsertCommittee: CommitteePayload;
  /** Creates or updates an institution. */
  upsertInstitution: InstitutionPayload;
  /** Creates or updates a person. */
  upsertPerson: PersonPayload;
  /** Creates or updates a tender. */
  upsertTender: TenderPayload;
  /** Follows a person, institution, committee, tender or territory: its changes reach your inbox. */
  watch: WatchPayload;
};


/** Every change KAMgraph makes; every module adds its own (`extend type Mutation`). */
export type MutationAcceptTieSuggestionArgs = {
  id: Scalars['ID']['input'];
  strength?: InputMaybe<Scalars['Float']['input']>;
};


/** Every change KAMgraph makes; every module adds its own (`extend type Mutation`). */
export type MutationAddPlanStepArgs = {
  input: PlanStepInput;
  planId: Scalars['ID']['input'];
};


/** Every change KAMgraph makes; every module adds its own (`extend type Mutation`). */
export type MutationConfirmProposalArgs = {
  interactionId: Scalars['ID']['input'];
  on?: InputMaybe<Scalars['Date']['input']>;
};


/** Every change KAMgraph makes; every module adds its own (`extend type Mutation`). */
export type MutationCreatePersonFromUnmatchedArgs = {
  id: Scalars['ID']['input'];
  input: PersonInput;
  institutionId?: InputMaybe<Scalars['ID']['input']>;
  position?: InputMaybe<Scalars['String']['input']>;
};


/** Every change KAMgraph makes; every module adds its own (`extend type Mutation`). */
export type MutationCreatePlanArgs = {
  input: PlanInput;
};


/** Every change KAMgraph makes; every module adds its own (`extend type Mutation`). */
export type MutationCreateWebhookArgs = {
  input: WebhookInput;
};


/** Every change KAMgraph makes; every module adds its own (`extend type Mutation`). */
export type MutationDeleteNodeArgs = {
  id: Scalars['ID']['input'];
};


/** Every change KAMgraph makes; every module adds its own (`extend type Mutation`). */
export type MutationDeleteWebhookArgs = {
  id: Scalars['ID']['input'];
};


/** Every change KAMgraph makes; every module adds its own (`extend type Mutation`). */
export type MutationErasePersonalDataArgs = {
  personId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


/** Every change KAMgraph makes; every module adds its own (`extend type Mutation`). */
export type MutationIgnoreUnmatchedPersonArgs = {
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
};


/** Every change KAMgraph makes; every module adds its own (`extend type Mutation`). */
export type MutationLogInteractionArgs = {
  input: InteractionInput;
};


/** Every change KAMgraph makes; every module adds its own (`extend type Mutation`). */
export type MutationMergeUnmatchedPersonArgs = {
  id: Scalars['ID']['input'];
  personId: Scalars['ID']['input'];
};


/** Every change KAMgraph makes; every module adds its own (`extend type Mutation`). */
export type MutationRecordTenderOutcomeArgs = {
  currency?: InputMaybe<Scalars['String']['input']>;
  on?: InputMaybe<Scalars['Date']['input']>;
  price?: InputMaybe<Scalars['Float']['input']>;
  source?: InputMaybe<Scalars['String']['input']>;
  tenderId: Scalars['ID']['input'];
  winnerId: Scalars['ID']['input'];
};


/** Every change KAMgraph makes; every module adds its own (`extend type Mutation`). */
export type MutationRejectTieSuggestionArgs = {
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
};


/** Every change KAMgraph makes; every module adds its own (`extend type Mutation`). */
export type MutationRemoveTieArgs = {
  from: Scalars['ID']['input'];
  since?: InputMaybe<Scalars['Date']['input']>;
  to: Scalars['ID']['input'];
  type: TieType;
};


/** Every change KAMgraph makes; every module adds its own (`extend type Mutation`). */
export type MutationReviewPlanArgs = {
  id: Scalars['ID']['input'];
  note: Scalars['String']['input'];
};


/** Every change KAMgraph makes; every module adds its own (`extend type Mutation`). */
export type MutationSetConsentArgs = {
  consent?: InputMaybe<Scalars['Boolean']['input']>;
  optedOut?: InputMaybe<Scalars['Boolean']['input']>;
  personId: Scalars['ID']['input'];
};


/** Every change KAMgraph makes; every module adds its own (`extend type Mutation`). */
export type MutationSetDataProtectionArgs = {
  input: DataProtectionInput;
  personId: Scalars['ID']['input'];
};


/** Every change KAMgraph makes; every module adds its own (`extend type Mutation`). */
export type MutationSetPreferredLocaleArgs = {
  locale?: InputMaybe<Locale>;
};


/** Every change KAMgraph makes; every module adds its own (`extend type Mutation`). */
export type MutationSetStageArgs = {
  criteria?: InputMaybe<Array<StageCriterionInput>>;
  personId: Scalars['ID']['input'];
  stage: RelationshipStage;
  userId: Scalars['ID']['input'];
};


/** Every change KAMgraph makes; every module adds its own (`extend type Mutation`). */
export type MutationSetStanceArgs = {
  personId: Scalars['ID']['input'];
  source?: InputMaybe<Scalars['String']['input']>;
  towardId: Scalars['ID']['input'];
  value: Scalars['Int']['input'];
};


/** Every change KAMgraph makes; every module adds its own (`extend type Mutation`). */
export type MutationSetTieArgs = {
  input: TieInput;
};


/** Every change KAMgraph makes; every module adds its own (`extend type Mutation`). */
export type MutationSetUserRoleArgs = {
  role: UserRole;
  userId: Scalars['ID']['input'];
};


/** Every change KAMgraph makes; every module adds its own (`extend type Mutation`). */
export type MutationUnwatchArgs = {
  id: Scalars['ID']['input'];
};


/** Every change KAMgraph makes; every module adds its own (`extend type Mutation`). */
export type MutationUpdateDossierArgs = {
  input: DossierInput;
  personId: Scalars['ID']['input'];
};


/** Every change KAMgraph makes; every module adds its own (`extend type Mutation`). */
export type MutationUpdatePlanArgs = {
  id: Scalars['ID']['input'];
  input: PlanUpdateInput;
};


/** Every change KAMgraph makes; every module adds its own (`extend type Mutation`). */
export type MutationUpdatePlanStepArgs = {
  due?: InputMaybe<Scalars['Date']['input']>;
  note?: InputMaybe<Scalars['String']['input']>;
  status: StepStatus;
  stepId: Scalars['ID']['input'];
};


/** Every change KAMgraph makes; every module adds its own (`extend type Mutation`). */
export type MutationUpsertCommitteeArgs = {
  input: CommitteeInput;
};


/** Every change KAMgraph makes; every module adds its own (`extend type Mutation`). */
export type MutationUpsertInstitutionArgs = {
  input: InstitutionInput;
};


/** Every change KAMgraph makes; every module adds its own (`extend type Mutation`). */
export type MutationUpsertPersonArgs = {
  input: PersonInput;
};


/** Every change KAMgraph makes; every module adds its own (`extend type Mutation`). */
export type MutationUpsertTenderArgs = {
  input: TenderInput;
};


/** Every change KAMgraph makes; every module adds its own (`extend type Mutation`). */
export type MutationWatchArgs = {
  id: Scalars['ID']['input'];
};

export type MutualContact = {
  __typename?: 'MutualContact';
  /** Someone tied to the person. */
  contact: Person;
  stage?: Maybe<RelationshipStage>;
  /** Strength of the contact's tie to the person. */
  strength: Scalars['Float']['output'];
  /** Our user with the best stage with the contact. */
  user?: Maybe<User>;
};

export { NodeLabel };

export { NoticeMethod };

/** Where a page of a connection sits in its list (Relay cursor connections). */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the last edge of the page: pass it as `after` for the next page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** More items follow: ask again with `after: endCursor`. */
  hasNextPage: Scalars['Boolean']['output'];
  /** Items come before this page. */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** Cursor of the first edge of the page; null when the page is empty. */
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** What a strategist may narrow a people search by; every field is optional. */
export type PeopleFilter = {
  categories?: InputMaybe<Array<PersonCategory>>;
  /** Sits on it today. */
  committeeId?: InputMaybe<Scalars['ID']['input']>;
  /** Works there or at one of its parts. */
  institutionId?: InputMaybe<Scalars['ID']['input']>;
  /** One of our users is at one of these stages with them. */
  ourStages?: InputMaybe<Array<RelationshipStage>>;
  /** Among the `top` most powerful people of a scope. */
  powerRankWithin?: InputMaybe<PowerRankFilter>;
  /** True: one of our users has a stage with them; false: nobody does yet. */
  reached?: InputMaybe<Scalars['Boolean']['input']>;
  /** Specialty contains (case-insensitive). */
  specialty?: InputMaybe<Scalars['String']['input']>;
  /** Mean stance toward our company and products at least this (-2..2). */
  stanceAtLeast?: InputMaybe<Scalars['Float']['input']>;
  /** Mean stance toward our company and products at most this (-2..2). */
  stanceAtMost?: InputMaybe<Scalars['Float']['input']>;
  /** Located there, directly or through where they work. */
  territoryId?: InputMaybe<Scalars['ID']['input']>;
};

export { PeopleOrder };

/**
 * A person in the stakeholder graph: KOL, VIP, official, doctor, pharmacist, buyer,
 * distributor manager or a competitor's staff. Our own staff are users, not people.
 */
export type Person = Entity & {
  __typename?: 'Person';
  /** True once the person's personal data was erased on request. */
  anonymised: Scalars['Boolean']['output'];
  category?: Maybe<PersonCategory>;
  /** Committee seats held today. */
  committees: Array<CommitteeMembership>;
  /** Consent to keep personal data, when recorded. */
  consent?: Maybe<Scalars['Boolean']['output']>;
  /** Lawful basis, notice and retention of this person's data. */
  dataProtection: DataProtection;
  /** Roles held in tenders' decision groups, as of a date (default today). */
  decisionRoles: Array<DecisionRoleHeld>;
  /** The person's dossier when the signed-in user may read it (else null; see dossierAccess). */
  dossier?: Maybe<Dossier>;
  dossierAccess: DossierAccess;
  /** Events the person attended (all dates), by date. */
  eventsAttended: Array<Event>;
  /** Works the person authored, investigated in or presented, newest first (at most `first`, 1..500). */
  evidence: Array<Work>;
  /** Stable id, as used in import files. */
  id: Scalars['ID']['output'];
  /** Who influences the person, as of a date (default today), strongest first. */
  influencedBy: Array<InfluenceTie>;
  /** Whom the person influences, as of a date (default today), strongest first. */
  influences: Array<InfluenceTie>;
  /** Recent interactions, newest first; first 1..20. */
  interactions: Array<Interaction>;
  /** Full name. */
  name: Scalars['String']['output'];
  /** The person opted out of contact: never proposed on introduction paths. */
  optedOut: Scalars['Boolean']['output'];
  /** ORCID iD, when known (evidence matches on it first). */
  orcid?: Maybe<Scalars['String']['output']>;
  /** Our best relationship stage on the ladder; null when none of our users has one. */
  ourStage?: Maybe<RelationshipStage>;
  /** The user who owns this person (account owner), if any. */
  owner?: Maybe<User>;
  /** Plans for this person. */
  plans: Array<Plan>;
  /** Where the person works (WORKS_AT ties valid today), head positions first. */
  positions: Array<Position>;
  /** Our users' relationships with this person, best stage first. */
  relationships: Array<Relationship>;
  /** Scientific standing as of the date (default today), optionally weighing one therapeutic area (its id). */
  scientificStanding: ScientificStanding;
  /** Medical or professional specialty. */
  specialty?: Maybe<Scalars['String']['output']>;
  /** How our relationship moved, stage by stage. */
  stageHistory: Array<StagePeriod>;
  /** Every stance recorded toward companies and products, newest first, with who recorded it. */
  stanceHistory: Array<StanceRecord>;
  /** Mean stance toward our company and products, -2..2; null when none is recorded. */
  stanceTowardUs?: Maybe<Scalars['Float']['output']>;
  /** Stances toward companies and products (-2 opposed, -1 sceptical, 0 neutral, 1 favourable, 2 preferring). */
  stances: Array<Stance>;
  /** Talks the person gave at events, with their topics (all dates). */
  talks: Array<Talk>;
  /** Territories the person belongs to, directly or through their workplace. */
  territories: Array<Territory>;
  /**
   * The person's ties, both ways by default, as of a date (default today), each with all its
   * properties, source and confidence, and who or what is at the other end (only what the
   * viewer may see). `types` narrows them (default: every stakeholder tie; dossiers,
   * interactions and plans are read through their own fields), `minStrength` drops ties
   * weaker than it (ties without a strength, such as positions, always pass).
   */
  ties: Array<PersonTie>;
  /** Honorific or academic title, e.g. `Prof.`, `Dr.`. */
  title?: Maybe<Scalars['String']['output']>;
};


/**
 * A person in the stakeholder graph: KOL, VIP, official, doctor, pharmacist, buyer,
 * distributor manager or a competitor's staff. Our own staff are users, not people.
 */
export type PersonDecisionRolesArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
};


/**
 * A person in the stakeholder graph: KOL, VIP, official, doctor, pharmacist, buyer,
 * distributor manager or a competitor's staff. Our own staff are users, not people.
 */
export type PersonEvidenceArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  kinds?: InputMaybe<Array<WorkKind>>;
};


/**
 * A person in the stakeholder graph: KOL, VIP, official, doctor, pharmacist, buyer,
 * distributor manager or a competitor's staff. Our own staff are users, not people.
 */
export type PersonInfluencedByArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
};


/**
 * A person in the stakeholder graph: KOL, VIP, official, doctor, pharmacist, buyer,
 * distributor manager or a competitor's staff. Our own staff are users, not people.
 */
export type PersonInfluencesArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
};


/**
 * A person in the stakeholder graph: KOL, VIP, official, doctor, pharmacist, buyer,
 * distributor manager or a competitor's staff. Our own staff are users, not people.
 */
export type PersonInteractionsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * A person in the stakeholder graph: KOL, VIP, official, doctor, pharmacist, buyer,
 * distributor manager or a competitor's staff. Our own staff are users, not people.
 */
export type PersonScientificStandingArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  therapeuticArea?: InputMaybe<Scalars['ID']['input']>;
};


/**
 * A person in the stakeholder graph: KOL, VIP, official, doctor, pharmacist, buyer,
 * distributor manager or a competitor's staff. Our own staff are users, not people.
 */
export type PersonTiesArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  direction?: InputMaybe<TieDirection>;
  minStrength?: InputMaybe<Scalars['Float']['input']>;
  types?: InputMaybe<Array<TieType>>;
};

export { PersonCategory };

export type PersonConnection = {
  __typename?: 'PersonConnection';
  edges: Array<PersonEdge>;
  nodes: Array<Person>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type PersonEdge = {
  __typename?: 'PersonEdge';
  cursor: Scalars['String']['output'];
  node: Person;
};

export type PersonInput = {
  category?: InputMaybe<PersonCategory>;
  consent?: InputMaybe<Scalars['Boolean']['input']>;
  email?: InputMaybe<Scalars['String']['input']>;
  /** Omit to create a person with a new id; give an existing id to update. */
  id?: InputMaybe<Scalars['ID']['input']>;
  name: Scalars['String']['input'];
  optedOut?: InputMaybe<Scalars['Boolean']['input']>;
  phone?: InputMaybe<Scalars['String']['input']>;
  specialty?: InputMaybe<Scalars['String']['input']>;
  /** Puts the person in this territory (LOCATED_IN). */
  territoryId?: InputMaybe<Scalars['ID']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
};

export type PersonPayload = {
  __typename?: 'PersonPayload';
  errors: Array<FieldError>;
  ok: Scalars['Boolean']['output'];
  person?: Maybe<Person>;
};

/** A tie of a person, seen from the person. */
export type PersonTie = {
  __typename?: 'PersonTie';
  /** OUT when the person is the tie's `from`, IN when its `to`. */
  direction: TieDirection;
  /** Who or what is at the other end. */
  other: Entity;
  tie: Tie;
};

/**
 * A relationship plan for one VIP or KOL: a project with a target stage, goals, a budget,
 * the KAM's development level on it (from which the manager's style follows) and dated
 * steps (docs/domain.md#planning-a-new-kol-relationship).
 */
export type Plan = Entity & {
  __typename?: 'Plan';
  /** Budget in the company currency. */
  budget?: Maybe<Scalars['Float']['output']>;
  /** What the budget is for. */
  budgetPurpose?: Maybe<Scalars['String']['output']>;
  createdOn?: Maybe<Scalars['Date']['output']>;
  /** The owner's stage with the person today (else our best; null when none). */
  currentStage?: Maybe<RelationshipStage>;
  /**
   * The KAM's development level on this relationship (ability and commitment, D1..D4;
   * docs/domain.md#development-levels-d1-d4). Every new VIP/KOL is a project at D1.
   */
  developmentLevel: DevelopmentLevel;
  /** Why the plan needs attention, one sentence each; empty when on track. */
  flags: Array<Scalars['String']['output']>;
  goals?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** Latest interaction with the person. */
  lastInteractionOn?: Maybe<Scalars['Date']['output']>;
  /** The manager's style that follows from the development level. */
  managerStyle: ManagerStyle;
  name: Scalars['String']['output'];
  /** Some open step is past its due date. */
  overdue: Scalars['Boolean']['output'];
  /** The KAM who runs the plan. */
  owner?: Maybe<User>;
  /** The person the relationship is with. */
  person: Person;
  /**
   * How the plan stands against its own dates, judged by its steps and stage (never by days
   * without a visit: docs/domain.md#visit-quotas). How late a step may run before the plan
   * needs attention depends on the development level: D1 none, D2 7 days, D3 21 days, D4 is
   * never prodded over steps. A missed review counts at D1 and D2. Any level is BEHIND once
   * `targetOn` passes short of the target stage.
   */
  progress: PlanProgress;
  reviewNotes: Array<Scalars['String']['output']>;
  /** Next review with the manager. */
  reviewOn?: Maybe<Scalars['Date']['output']>;
  /** How the relationship moved: each stage with its dates and duration. */
  stageHistory: Array<StagePeriod>;
  /** Stage when the plan was made (null: no relationship yet). */
  startStage?: Maybe<RelationshipStage>;
  status?: Maybe<PlanStatus>;
  /** Steps in order. */
  steps: Array<PlanStep>;
  /** What that style means for this plan. */
  styleMeaning: Scalars['String']['output'];
  /** The day the target stage should be reached by, if set: the plan's own deadline. */
  targetOn?: Maybe<Scalars['Date']['output']>;
  /** Stage the plan aims for. */
  targetStage?: Maybe<RelationshipStage>;
};

export type PlanInput = {
  budget?: InputMaybe<Scalars['Float']['input']>;
  budgetPurpose?: InputMaybe<Scalars['String']['input']>;
  /** Default D1: every new VIP/KOL is a project at D1. */
  developmentLevel?: InputMaybe<DevelopmentLevel>;
  goals?: InputMaybe<Scalars['String']['input']>;
  /** Defaults to the signed-in user. */
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  personId: Scalars['ID']['input'];
  /** Add the steps the graph proposes (introductions, events, committees, tenders); default true. */
  proposeSteps?: InputMaybe<Scalars['Boolean']['input']>;
  reviewOn?: InputMaybe<Scalars['Date']['input']>;
  /** When the target stage should be reached by. */
  targetOn?: InputMaybe<Scalars['Date']['input']>;
  targetStage: RelationshipStage;
};

export type PlanPayload = {
  __typename?: 'PlanPayload';
  errors: Array<FieldError>;
  ok: Scalars['Boolean']['output'];
  plan?: Maybe<Plan>;
};

export { PlanProgress };

export { PlanStatus };

export type PlanStep = {
  __typename?: 'PlanStep';
  /** What the step is about (an introducer, an event, a committee, a tender). */
  aboutId?: Maybe<Scalars['ID']['output']>;
  aboutLabel?: Maybe<Scalars['String']['output']>;
  aboutName?: Maybe<Scalars['String']['output']>;
  doneOn?: Maybe<Scalars['Date']['output']>;
  due?: Maybe<Scalars['Date']['output']>;
  id: Scalars['ID']['output'];
  kind?: Maybe<StepKind>;
  note?: Maybe<Scalars['String']['output']>;
  /** Open and past due. */
  overdue: Scalars['Boolean']['output'];
  status: StepStatus;
  title: Scalars['String']['output'];
};

export type PlanStepInput = {
  aboutId?: InputMaybe<Scalars['ID']['input']>;
  due?: InputMaybe<Scalars['Date']['input']>;
  kind?: InputMaybe<StepKind>;
  note?: InputMaybe<Scalars['String']['input']>;
  title: Scalars['String']['input'];
};

export type PlanUpdateInput = {
  budget?: InputMaybe<Scalars['Float']['input']>;
  budgetPurpose?: InputMaybe<Scalars['String']['input']>;
  /** The KAM has grown (or needs more support) on this relationship. */
  developmentLevel?: InputMaybe<DevelopmentLevel>;
  goals?: InputMaybe<Scalars['String']['input']>;
  reviewOn?: InputMaybe<Scalars['Date']['input']>;
  status?: InputMaybe<PlanStatus>;
  targetOn?: InputMaybe<Scalars['Date']['input']>;
  targetStage?: InputMaybe<RelationshipStage>;
};

/** A WORKS_AT tie: a person's position at an institution. */
export type Position = {
  __typename?: 'Position';
  /** True when the person heads the institution or department. */
  head: Scalars['Boolean']['output'];
  institution: Institution;
  /** First day of the position, if known. */
  since?: Maybe<Scalars['Date']['output']>;
  /** Job title, e.g. `Chief Physician`. */
  title?: Maybe<Scalars['String']['output']>;
  /** Day the position ended; null while it lasts. */
  until?: Maybe<Scalars['Date']['output']>;
};

export { PowerFactor };

export type PowerRankFilter = {
  scope: ScopeInput;
  /** How many of the most powerful to keep (1..100000). */
  top: Scalars['Int']['input'];
};

/** One person's place in the balance of power. */
export type PowerScore = {
  __typename?: 'PowerScore';
  /** Each factor with its value, weight and the ties or roles behind it. */
  explanation: Array<ScoreFactor>;
  person: Person;
  /** 1 = most powerful in scope. */
  rank: Scalars['Int']['output'];
  /** Sum of the factors' contributions, 0..1. */
  score: Scalars['Float']['output'];
};

export type PreferredLocalePayload = {
  __typename?: 'PreferredLocalePayload';
  errors: Array<FieldError>;
  ok: Scalars['Boolean']['output'];
  /** The signed-in user, with the language now kept. */
  viewer?: Maybe<Viewer>;
};

/** A product or SKU, ours or a competitor's. */
export type Product = Entity & {
  __typename?: 'Product';
  form?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** International non-proprietary name (the molecule). */
  inn?: Maybe<Scalars['String']['output']>;
  /** The company that makes it (MAKES). */
  maker?: Maybe<Institution>;
  name: Scalars['String']['output'];
  /** One of ours. */
  ours: Scalars['Boolean']['output'];
  /** Programmes whose list includes it, as of the date. */
  programs: Array<Program>;
  sku?: Maybe<Scalars['String']['output']>;
  /** Tender lots it is in. */
  tenderLots: Array<TenderLot>;
  therapeuticAreas: Array<TherapeuticArea>;
};


/** A product or SKU, ours or a competitor's. */
export type ProductProgramsArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
};

export type ProductConnection = {
  __typename?: 'ProductConnection';
  edges: Array<ProductEdge>;
  nodes: Array<Product>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ProductEdge = {
  __typename?: 'ProductEdge';
  cursor: Scalars['String']['output'];
  node: Product;
};

export type ProductFilter = {
  ours?: InputMaybe<Scalars['Boolean']['input']>;
  /** Name or INN contains (case-insensitive). */
  search?: InputMaybe<Scalars['String']['input']>;
  therapeuticAreaId?: InputMaybe<Scalars['ID']['input']>;
};

/**
 * A programme a product can be included in: a regional benefit or target list, or a
 * federal supply list (docs/domain.md#who-is-in-the-graph).
 */
export type Program = Entity & {
  __typename?: 'Program';
  /** People who draft the list (DRAFTS), as of the date. */
  drafters: Array<Person>;
  /** Committees that draft the list (a programme board), as of the date. */
  draftingCommittees: Array<Committee>;
  id: Scalars['ID']['output'];
  kind?: Maybe<ProgramKind>;
  name: Scalars['String']['output'];
  /** Products on the list as of the date (default today). */
  products: Array<Product>;
  /** Territories where it applies (LOCATED_IN). */
  territories: Array<Territory>;
  therapeuticAreas: Array<TherapeuticArea>;
  year?: Maybe<Scalars['Int']['output']>;
};


/**
 * A programme a product can be included in: a regional benefit or target list, or a
 * federal supply list (docs/domain.md#who-is-in-the-graph).
 */
export type ProgramDraftersArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
};


/**
 * A programme a product can be included in: a regional benefit or target list, or a
 * federal supply list (docs/domain.md#who-is-in-the-graph).
 */
export type ProgramDraftingCommitteesArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
};


/**
 * A programme a product can be included in: a regional benefit or target list, or a
 * federal supply list (docs/domain.md#who-is-in-the-graph).
 */
export type ProgramProductsArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
};

export type ProgramConnection = {
  __typename?: 'ProgramConnection';
  edges: Array<ProgramEdge>;
  /** The page's programmes, for clients that do not need cursors per item. */
  nodes: Array<Program>;
  pageInfo: PageInfo;
  /** How many programmes match the filter (and the viewer may see). */
  totalCount: Scalars['Int']['output'];
};

export type ProgramEdge = {
  __typename?: 'ProgramEdge';
  cursor: Scalars['String']['output'];
  node: Program;
};

export type ProgramFilter = {
  kind?: InputMaybe<ProgramKind>;
  /** Programmes whose list includes this product. */
  productId?: InputMaybe<Scalars['ID']['input']>;
  /** Name contains (case-insensitive). */
  search?: InputMaybe<Scalars['String']['input']>;
  /** Programmes that apply in this territory. */
  territoryId?: InputMaybe<Scalars['ID']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
};

export { ProgramKind };

/** A PubMed article (`PubmedArticle` in efetch XML, or a MEDLINE-format record). */
export type Publication = Entity & Work & {
  __typename?: 'Publication';
  /** How many personal authors the article lists. */
  authorCount: Scalars['Int']['output'];
  /** The authors in order: people when matched (and visible to you), else the name as written. */
  authors: Array<Authorship>;
  /** Group authors (consortia, study groups), never matched to people. */
  collectiveAuthors: Array<Scalars['String']['output']>;
  /** Publication date; a missing month or day counts as the first. */
  date?: Maybe<Scalars['Date']['output']>;
  /** The DOI, when PubMed lists one. */
  doi?: Maybe<Scalars['String']['output']>;
  /** `pmid-<PMID>`. */
  id: Scalars['ID']['output'];
  /** The journal (its ISO abbreviation when given, else its title). */
  journal?: Maybe<Scalars['String']['output']>;
  /** MeSH descriptor names; they place the article in therapeutic areas. */
  meshTerms: Array<Scalars['String']['output']>;
  /** The article title (as `title`). */
  name: Scalars['String']['output'];
  /** PubMed's identifier. */
  pmid: Scalars['String']['output'];
  /** Therapeutic areas from its MeSH terms (the editable mapping table, README). */
  therapeuticAreas: Array<TherapeuticArea>;
  /** The article title. */
  title: Scalars['String']['output'];
  /** https://pubmed.ncbi.nlm.nih.gov/<PMID>/ */
  url?: Maybe<Scalars['String']['output']>;
};

/** The questions KAMgraph answers; every module adds its own (`extend type Query`). */
export type Query = {
  __typename?: 'Query';
  /** A user's agenda between two dates (at most 366 days): birthdays, steps, follow-ups, tender preparation (9 months ahead), terms ending, events. */
  agenda: Array<AgendaItem>;
  /** Audit trail, newest first (admins only). `first` 1..1000. */
  auditLog: Array<AuditEntry>;
  /** Balance of power in a territory, institution or committee. `first` caps the ranking (1..500). */
  balanceOfPower: BalanceOfPower;
  /** Everything to prepare a meeting with a person. */
  briefing: Briefing;
  /**
   * What changed in a scope between two days, each change explained, weightiest first.
   * A change is in the window when it took effect on a day from `since` to `until`
   * (inclusive), or was written through the API on such a day whatever day it took effect
   * (an edit to the past appears with its past date); terms ending within 6 months after
   * `until` are TERM_ENDING; everyone whose rank moved between the day before `since` and
   * `until` is RANK_MOVED. A KAM sees only changes whose people and nodes lie in their
   * territories; dossiers never appear. `first` 1..500 (default 50).
   */
  changes: ChangeConnection;
  /** One committee by id, or null. */
  committee?: Maybe<Committee>;
  /** Committees by name. `first` 1..500 (default 50). */
  committees: CommitteeConnection;
  /**
   * Competitor activity: which of the scope's most powerful people lean to competitors,
   * most powerful first. Reads the `first` people of the balance of power (1..500, default
   * 20) as of today.
   */
  competitorActivity: Array<CompetitorLeaning>;
  /** The country pack this server runs with; anyone signed in may read it. */
  countryPack: CountryPack;
  /** A tender's decision group and our coverage of each role. */
  decisionGroup: DecisionGroup;
  /** One event by id, or null. */
  event?: Maybe<Event>;
  /** Events by date. `first` 1..500 (default 50). */
  events: EventConnection;
  /** Proposals waiting for a follow-up (due or overdue), soonest first; includeDone adds handled ones. */
  followUps: Array<FollowUp>;
  /**
   * The graph's version: a counter bumped by every write (import, seed, mutation).
   * Cached analytics are keyed on it.
   */
  graphVersion: Scalars['Int']['output'];
  /**
   * The influence map of a scope. `tieTypes` defaults to the ties a KAM reads on the map;
   * `minStrength` hides weaker INFLUENCES/KNOWS ties; `limit` (1..5000) keeps the most
   * powerful people.
   */
  graphView: GraphView;
  /** One institution by id, or null. */
  institution?: Maybe<Institution>;
  /** Institutions by name. `first` 1..500 (default 50). */
  institutions: InstitutionConnection;
  /**
   * The strongest introduction paths from a person or one of our users to a target person.
   * maxHops 1..6, first 1..10. People who opted out of contact are never on a path.
   */
  introductionPaths: Array<IntroductionPath>;
  /** Key-account health of a territory (or institution) for a period (default: the latest). */
  keyAccountHealth: KeyAccountHealth;
  /** The scope's most powerful people weighed as key clients, most powerful first. `first` 1..500 (default 20). */
  keyPeople: Array<KeyPersonStanding>;
  /** Who is signed in, and what they may see. */
  me: Viewer;
  /** The few people whose relationship would most raise our reach over a tender or territory. first 1..20. */
  nextBestRelationships: Array<Recommendation>;
  /**
   * Any node the API shows, by id, whatever its kind (`__typename` says which): what a
   * strategist follows from an id met anywhere (an import file, an audit entry, a tie's end).
   * Null when no such node exists; FORBIDDEN when it lies outside the viewer's territories
   * (a plan or interaction: when its person or participants do).
   */
  node?: Maybe<Entity>;
  /**
   * People by name (or by power in `filter.powerRankWithin`'s scope with `orderBy: POWER`),
   * among those the viewer may see: `search` is a name fragment (case and accents ignored: "joao" finds João), `filter`
   * narrows by category, specialty, territory, institution, committee, our stage, stance
   * and power rank. `first` 1..200 (default 20).
   */
  people: PersonConnection;
  /** One person by id, or null when there is none. */
  person?: Maybe<Person>;
  /**
   * Everything held on one person, as a JSON document (person, dossier, ties, interactions,
   * audit of reads and changes): the answer to a data subject's request. Admins only.
   */
  personDataExport: Scalars['String']['output'];
  plan?: Maybe<Plan>;
  /** Plans, optionally of one owner or for one person. KAMs see their own, managers their team's. */
  plans: Array<Plan>;
  /** One person's power score and its explanation in a scope (null when not in scope). */
  powerScore?: Maybe<PowerScore>;
  /** One product by id, or null. */
  product?: Maybe<Product>;
  /** Products by name. `first` 1..500 (default 50). */
  products: ProductConnection;
  /** One programme by id, or null. */
  program?: Maybe<Program>;
  /** Programmes, newest year first, then by name. `first` 1..500 (default 50). */
  programs: ProgramConnection;
  /** Who shapes a tender's specification, strongest first. maxHops 1..6; `first` 1..500. */
  specShapers: Array<SpecShaper>;
  /** One tender by id, or null. */
  tender?: Maybe<Tender>;
  /** Tenders, soonest first; optionally only those issued in a territory. `first` 1..500. */
  tenders: Array<Tender>;
  /** Every territory, by name. */
  territories: Array<Territory>;
  /** One territory by id, or null when there is none. */
  territory?: Maybe<Territory>;
  /** Every therapeutic area, by name. */
  therapeuticAreas: Array<TherapeuticArea>;
  /** One suggestion by id, or null. */
  tieSuggestion?: Maybe<TieSuggestion>;
  /**
   * Proposed ties, most confident first (then strongest, then id). Only suggestions whose two
   * people you may see. `scope`: at least one of the two people is in it (both with
   * `withinScope`); `personId`: the person is one of the two. `first` 1..500.
   */
  tieSuggestions: TieSuggestionConnection;
  /**
   * Names the evidence could not match to a person with certainty, most works first (status
   * PENDING, the default, or IGNORED; decided names leave the queue). Any
   * editor sees the queue (the names are public authorship); candidates are limited to people
   * you may see. `search`: name contains (accents ignored). `first` 1..500.
   */
  unmatchedPeople: UnmatchedPersonConnection;
  /** Our users (the staff directory), by name. `first` 1..500 (default 50). */
  users: UserConnection;
  /** One webhook and its delivery log (admins only). */
  webhook?: Maybe<Webhook>;
  /** Every webhook (admins only). */
  webhooks: Array<Webhook>;
  /** One work by id (`pmid-...`, `trial-...`, `talk-...`), or null. */
  work?: Maybe<Work>;
};


/** The questions KAMgraph answers; every module adds its own (`extend type Query`). */
export type QueryAgendaArgs = {
  from: Scalars['Date']['input'];
  to: Scalars['Date']['input'];
  userId: Scalars['ID']['input'];
};


/** The questions KAMgraph answers; every module adds its own (`extend type Query`). */
export type QueryAuditLogArgs = {
  action?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  targetId?: InputMaybe<Scalars['ID']['input']>;
  userId?: InputMaybe<Scalars['ID']['input']>;
};


/** The questions KAMgraph answers; every module adds its own (`extend type Query`). */
export type QueryBalanceOfPowerArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  scope: ScopeInput;
  therapeuticArea?: InputMaybe<Scalars['ID']['input']>;
  without?: InputMaybe<Array<Scalars['ID']['input']>>;
};


/** The questions KAMgraph answers; every module adds its own (`extend type Query`). */
export type QueryBriefingArgs = {
  personId: Scalars['ID']['input'];
};


/** The questions KAMgraph answers; every module adds its own (`extend type Query`). */
export type QueryChangesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kinds?: InputMaybe<Array<ChangeKind>>;
  orderBy?: InputMaybe<ChangeOrder>;
  scope: ScopeInput;
  since: Scalars['Date']['input'];
  until?: InputMaybe<Scalars['Date']['input']>;
};


/** The questions KAMgraph answers; every module adds its own (`extend type Query`). */
export type QueryCommitteeArgs = {
  id: Scalars['ID']['input'];
};


/** The questions KAMgraph answers; every module adds its own (`extend type Query`). */
export type QueryCommitteesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CommitteeFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The questions KAMgraph answers; every module adds its own (`extend type Query`). */
export type QueryCompetitorActivityArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  scope: ScopeInput;
};


/** The questions KAMgraph answers; every module adds its own (`extend type Query`). */
export type QueryDecisionGroupArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  tenderId: Scalars['ID']['input'];
};


/** The questions KAMgraph answers; every module adds its own (`extend type Query`). */
export type QueryEventArgs = {
  id: Scalars['ID']['input'];
};


/** The questions KAMgraph answers; every module adds its own (`extend type Query`). */
export type QueryEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<EventFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The questions KAMgraph answers; every module adds its own (`extend type Query`). */
export type QueryFollowUpsArgs = {
  includeDone?: InputMaybe<Scalars['Boolean']['input']>;
  userId?: InputMaybe<Scalars['ID']['input']>;
};


/** The questions KAMgraph answers; every module adds its own (`extend type Query`). */
export type QueryGraphViewArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  minStrength?: InputMaybe<Scalars['Float']['input']>;
  scope: ScopeInput;
  therapeuticArea?: InputMaybe<Scalars['ID']['input']>;
  tieTypes?: InputMaybe<Array<TieType>>;
  without?: InputMaybe<Array<Scalars['ID']['input']>>;
};


/** The questions KAMgraph answers; every module adds its own (`extend type Query`). */
export type QueryInstitutionArgs = {
  id: Scalars['ID']['input'];
};


/** The questions KAMgraph answers; every module adds its own (`extend type Query`). */
export type QueryInstitutionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<InstitutionFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The questions KAMgraph answers; every module adds its own (`extend type Query`). */
export type QueryIntroductionPathsArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  fromId: Scalars['ID']['input'];
  maxHops?: InputMaybe<Scalars['Int']['input']>;
  toId: Scalars['ID']['input'];
};


/** The questions KAMgraph answers; every module adds its own (`extend type Query`). */
export type QueryKeyAccountHealthArgs = {
  period?: InputMaybe<Scalars['String']['input']>;
  scope: ScopeInput;
};


/** The questions KAMgraph answers; every module adds its own (`extend type Query`). */
export type QueryKeyPeopleArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  period?: InputMaybe<Scalars['String']['input']>;
  scope: ScopeInput;
};


/** The questions KAMgraph answers; every module adds its own (`extend type Query`). */
export type QueryNextBestRelationshipsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  scope: ScopeInput;
};


/** The questions KAMgraph answers; every module adds its own (`extend type Query`). */
export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


/** The questions KAMgraph answers; every module adds its own (`extend type Query`). */
export type QueryPeopleArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PeopleFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<PeopleOrder>;
  search?: InputMaybe<Scalars['String']['input']>;
};


/** The questions KAMgraph answers; every module adds its own (`extend type Query`). */
export type QueryPersonArgs = {
  id: Scalars['ID']['input'];
};


/** The questions KAMgraph answers; every module adds its own (`extend type Query`). */
export type QueryPersonDataExportArgs = {
  personId: Scalars['ID']['input'];
};


/** The questions KAMgraph answers; every module adds its own (`extend type Query`). */
export type QueryPlanArgs = {
  id: Scalars['ID']['input'];
};


/** The questions KAMgraph answers; every module adds its own (`extend type Query`). */
export type QueryPlansArgs = {
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  personId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<PlanStatus>;
};


/** The questions KAMgraph answers; every module adds its own (`extend type Query`). */
export type QueryPowerScoreArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  personId: Scalars['ID']['input'];
  scope: ScopeInput;
  therapeuticArea?: InputMaybe<Scalars['ID']['input']>;
  without?: InputMaybe<Array<Scalars['ID']['input']>>;
};


/** The questions KAMgraph answers; every module adds its own (`extend type Query`). */
export type QueryProductArgs = {
  id: Scalars['ID']['input'];
};


/** The questions KAMgraph answers; every module adds its own (`extend type Query`). */
export type QueryProductsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ProductFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The questions KAMgraph answers; every module adds its own (`extend type Query`). */
export type QueryProgramArgs = {
  id: Scalars['ID']['input'];
};


/** The questions KAMgraph answers; every module adds its own (`extend type Query`). */
export type QueryProgramsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ProgramFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The questions KAMgraph answers; every module adds its own (`extend type Query`). */
export type QuerySpecShapersArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  maxHops?: InputMaybe<Scalars['Int']['input']>;
  tenderId: Scalars['ID']['input'];
  without?: InputMaybe<Array<Scalars['ID']['input']>>;
};


/** The questions KAMgraph answers; every module adds its own (`extend type Query`). */
export type QueryTenderArgs = {
  id: Scalars['ID']['input'];
};


/** The questions KAMgraph answers; every module adds its own (`extend type Query`). */
export type QueryTendersArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  territoryId?: InputMaybe<Scalars['ID']['input']>;
};


/** The questions KAMgraph answers; every module adds its own (`extend type Query`). */
export type QueryTerritoryArgs = {
  id: Scalars['ID']['input'];
};


/** The questions KAMgraph answers; every module adds its own (`extend type Query`). */
export type QueryTieSuggestionArgs = {
  id: Scalars['ID']['input'];
};


/** The questions KAMgraph answers; every module adds its own (`extend type Query`). */
export type QueryTieSuggestionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  minConfidence?: InputMaybe<Scalars['Float']['input']>;
  personId?: InputMaybe<Scalars['ID']['input']>;
  scope?: InputMaybe<ScopeInput>;
  status?: InputMaybe<SuggestionStatus>;
  type?: InputMaybe<TieType>;
  withinScope?: InputMaybe<Scalars['Boolean']['input']>;
};


/** The questions KAMgraph answers; every module adds its own (`extend type Query`). */
export type QueryUnmatchedPeopleArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<UnmatchedStatus>;
};


/** The questions KAMgraph answers; every module adds its own (`extend type Query`). */
export type QueryUsersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<UserFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The questions KAMgraph answers; every module adds its own (`extend type Query`). */
export type QueryWebhookArgs = {
  id: Scalars['ID']['input'];
};


/** The questions KAMgraph answers; every module adds its own (`extend type Query`). */
export type QueryWorkArgs = {
  id: Scalars['ID']['input'];
};

/** One person's place in the scope's balance of power before and after a rank move. */
export type RankMove = {
  __typename?: 'RankMove';
  /** Null when the person was deleted since. */
  person?: Maybe<Person>;
  personId: Scalars['ID']['output'];
  /** Null: they are no longer in the scope. */
  rankAfter?: Maybe<Scalars['Int']['output']>;
  /** Null: they were not in the scope before. */
  rankBefore?: Maybe<Scalars['Int']['output']>;
  scoreAfter?: Maybe<Scalars['Float']['output']>;
  scoreBefore?: Maybe<Scalars['Float']['output']>;
  /** How far their score moved. */
  weight: Scalars['Float']['output'];
};

/** A person whose relationship would most raise our reach over a decision. */
export type Recommendation = {
  __typename?: 'Recommendation';
  /** Who can introduce us (the person before the target on the best path). */
  introducer?: Maybe<Person>;
  /** Our best stage with the person (null when none). */
  ourStage?: Maybe<RelationshipStage>;
  pathStrength?: Maybe<Scalars['Float']['output']>;
  person: Person;
  power: Scalars['Float']['output'];
  reason: Scalars['String']['output'];
  /** Decision roles or spec-shaping the person holds. */
  roles: Array<Scalars['String']['output']>;
  /** power × (1 - our current reach) × reachability, 0..1. */
  score: Scalars['Float']['output'];
  /** Our user the best path starts from. */
  viaUser?: Maybe<User>;
};

/**
 * One of our users' relationship with a person: the stage on the ladder and the criteria
 * that show it (docs/domain.md#the-relationship-ladder). A stage is a claim with evidence.
 */
export type Relationship = {
  __typename?: 'Relationship';
  /** The ladder's criteria recorded as met, with the day each was first seen. */
  criteria: Array<StageCriterionMet>;
  /** Criteria the stage claims (its own and the lower steps') that are not recorded: old or imported stages. */
  missingCriteria: Array<StageCriterion>;
  /** True when this user owns the person. */
  owns: Scalars['Boolean']['output'];
  /** Since when the stage holds. */
  since?: Maybe<Scalars['Date']['output']>;
  /** Null when the user owns the person but has no stage with them yet. */
  stage?: Maybe<RelationshipStage>;
  user: User;
};

export { RelationshipStage };

export { RoleKind };

/**
 * A person's scientific standing: their works, weighed by role, recency and therapeutic
 * area. raw = Σ role × recency × area over the works dated on or before `asOf`:
 * - role: publication as last (senior) author 1.0, first author 0.6, other author 0.25;
 *   trial as overall principal investigator or study chair 1.5, overall study director 1.0,
 *   site principal investigator 0.75, sub-investigator 0.3; talk as chair or moderator 0.6,
 *   speaker 0.5, panelist 0.4;
 * - recency = 0.5^(years since the work / 3) (undated works count 0.25);
 * - area = 1, or 0.2 for works outside `therapeuticArea` when one is asked.
 * level = 1 − exp(−raw / 5), 0..1 (no works: 0). In the balance of power the factor
 * STANDING is raw divided by the scope's highest raw.
 */
export type ScientificStanding = {
  __typename?: 'ScientificStanding';
  /** The works that weigh most, heaviest first (at most 10). */
  evidence: Array<StandingEvidence>;
  /** 1 − exp(−raw / 5), 0..1. */
  level: Scalars['Float']['output'];
  /** Publications counted. */
  publications: Scalars['Int']['output'];
  /** The sum above. */
  raw: Scalars['Float']['output'];
  /** Of which as the last (senior) author. */
  seniorPublications: Scalars['Int']['output'];
  /** Congress talks, chairs and panels. */
  talks: Scalars['Int']['output'];
  /** Trials as a site investigator. */
  trialSites: Scalars['Int']['output'];
  /** Trials as overall principal investigator, chair or director. */
  trialsLed: Scalars['Int']['output'];
};

/** Where a question looks: exactly one of the ids must be given. */
export type ScopeInput = {
  /** Members of the committee whose term covers the date. */
  committeeId?: InputMaybe<Scalars['ID']['input']>;
  /**
   * Everyone in the graph: a country. Only for those who see every territory (admins,
   * strategists). On a national graph it takes long to compute (the benchmark measures
   * it), so once asked it is kept up to date in the background after every write, and
   * `balanceOfPower` answers at once with the latest ranking, saying when it was computed
   * (`computedAt`) and whether the graph has changed since (`upToDate`); as of another
   * date, in a therapeutic area or without some people, it is computed when asked.
   */
  everywhere?: InputMaybe<Scalars['Boolean']['input']>;
  /** People working at the institution or any of its parts (departments, outlets). */
  institutionId?: InputMaybe<Scalars['ID']['input']>;
  /** A tender's decision group, the people who draft it and the members of its drafting committee. */
  tenderId?: InputMaybe<Scalars['ID']['input']>;
  /** People LOCATED_IN the territory directly or through the institution they work at. */
  territoryId?: InputMaybe<Scalars['ID']['input']>;
};

/** A tie or role that explains a score. */
export type ScoreEvidence = {
  __typename?: 'ScoreEvidence';
  /** How sure we are of that tie or role, 0..1 (null: not recorded, counted as 1). */
  confidence?: Maybe<Scalars['Float']['output']>;
  /** E.g. `chair of Formulary Committee` or `influences Dr. Ana Ribeiro (0.80, science)`. */
  description: Scalars['String']['output'];
  /** Ids of the people, committees or institutions involved, for highlighting. */
  ids: Array<Scalars['ID']['output']>;
  /** Where the tie or role this rests on comes from (e.g. `congress 2025`), when recorded. */
  source?: Maybe<Scalars['String']['output']>;
  /** The role's weight or the tie's strength. */
  value: Scalars['Float']['output'];
};

/** One factor of a power score. */
export type ScoreFactor = {
  __typename?: 'ScoreFactor';
  /** value × weight. */
  contribution: Scalars['Float']['output'];
  /** The strongest ties or roles behind the value (at most 5), strongest first. */
  evidence: Array<ScoreEvidence>;
  factor: PowerFactor;
  /** The factor's value normalised within the scope, 0..1. */
  value: Scalars['Float']['output'];
  /** The factor's weight in the score. */
  weight: Scalars['Float']['output'];
};

export { SpeakerRole };

/**
 * Someone who shapes a tender's specification: a drafter (hops 0) or a person who influences
 * a drafter through up to `maxHops` INFLUENCES ties.
 */
export type SpecShaper = {
  __typename?: 'SpecShaper';
  /** The drafter at the end of the path. */
  drafter: Person;
  /** How the drafter drafts: author, committee chair/secretary/member/expert, or specification_author. */
  drafterRole: Scalars['String']['output'];
  /** Number of influence ties on the path (0 for a drafter). */
  hops: Scalars['Int']['output'];
  /** The user who holds that best relationship. */
  ourContact?: Maybe<User>;
  /** Our best relationship stage with the person (null when none). */
  ourStage?: Maybe<RelationshipStage>;
  /** From this person to the drafter they sway, inclusive (just the person for a drafter). */
  path: Array<Person>;
  /** Product of the influence strengths along `path` (1 for a drafter). */
  pathStrength: Scalars['Float']['output'];
  person: Person;
  /**
   * role weight of the drafter reached × product along the best path of each influence
   * tie's strength × confidence (0..1; no confidence recorded counts as 1). Drafter role weights: author 1.0, committee chair 1.0, secretary 0.8,
   * expert 0.7, member 0.6, specification_author role 0.9.
   */
  score: Scalars['Float']['output'];
  /** The person's stance toward our company and products (mean, -2..2), if recorded. */
  stance?: Maybe<Scalars['Float']['output']>;
};

/** Someone who works at an institution (WORKS_AT). */
export type StaffMember = {
  __typename?: 'StaffMember';
  confidence?: Maybe<Scalars['Float']['output']>;
  /** Heads the institution or department. */
  head: Scalars['Boolean']['output'];
  person: Person;
  /** Job title. */
  position?: Maybe<Scalars['String']['output']>;
  since?: Maybe<Scalars['Date']['output']>;
  source?: Maybe<Scalars['String']['output']>;
  until?: Maybe<Scalars['Date']['output']>;
};

export { StageCriterion };

export type StageCriterionInput = {
  criterion: StageCriterion;
  /** The day it was first seen; default today. */
  since?: InputMaybe<Scalars['Date']['input']>;
};

/** A criterion of the relationship ladder, recorded as met. */
export type StageCriterionMet = {
  __typename?: 'StageCriterionMet';
  criterion: StageCriterion;
  /** The day it was first seen (null when not known). */
  since?: Maybe<Scalars['Date']['output']>;
};

/** A stage our user held with a person, and for how long. */
export type StagePeriod = {
  __typename?: 'StagePeriod';
  /** Days in this stage (to today while current). */
  days?: Maybe<Scalars['Int']['output']>;
  since?: Maybe<Scalars['Date']['output']>;
  stage: RelationshipStage;
  /** Null while current. */
  until?: Maybe<Scalars['Date']['output']>;
  user?: Maybe<User>;
};

/** A STANCE tie: how a person leans toward a company or product. */
export type Stance = {
  __typename?: 'Stance';
  /** True when the company or product is ours. */
  ours: Scalars['Boolean']['output'];
  since?: Maybe<Scalars['Date']['output']>;
  source?: Maybe<Scalars['String']['output']>;
  /** Id of the company or product. */
  towardId: Scalars['ID']['output'];
  towardName: Scalars['String']['output'];
  /** -2 opposed, -1 sceptical, 0 neutral, 1 favourable, 2 preferring (a scale apart from the relationship ladder). */
  value: Scalars['Int']['output'];
};

/** A stance as recorded, current or past. */
export type StanceRecord = {
  __typename?: 'StanceRecord';
  confidence?: Maybe<Scalars['Float']['output']>;
  /** The user who recorded it through the API. */
  recordedBy?: Maybe<User>;
  since?: Maybe<Scalars['Date']['output']>;
  source?: Maybe<Scalars['String']['output']>;
  /** The company or product. */
  toward: Entity;
  /** Null while current. */
  until?: Maybe<Scalars['Date']['output']>;
  /** -2 opposed .. 2 preferring. */
  value: Scalars['Int']['output'];
};

/** One work in a person's standing. */
export type StandingEvidence = {
  __typename?: 'StandingEvidence';
  /** 1, or 0.2 outside the asked therapeutic area. */
  area: Scalars['Float']['output'];
  /** weight × recency × area. */
  contribution: Scalars['Float']['output'];
  /** E.g. `senior author of PMID 31234567 (2024)`. */
  description: Scalars['String']['output'];
  /** 0..1 */
  recency: Scalars['Float']['output'];
  /** The role's weight. */
  weight: Scalars['Float']['output'];
  work: Work;
};

export { StepKind };

export { StepStatus };

/**
 * Live streams, over WebSocket at `/graphql` (graphql-ws protocol, the bearer token as the
 * connection parameter `authorization`); every module adds its own (`extend type Subscription`).
 */
export type Subscription = {
  __typename?: 'Subscription';
  /** Changes in the scope as they are written, by anyone (GraphQL over WebSocket at /graphql, graphql-ws protocol). */
  changed: Change;
};


/**
 * Live streams, over WebSocket at `/graphql` (graphql-ws protocol, the bearer token as the
 * connection parameter `authorization`); every module adds its own (`extend type Subscription`).
 */
export type SubscriptionChangedArgs = {
  kinds?: InputMaybe<Array<ChangeKind>>;
  scope: ScopeInput;
};

/** One reason behind a suggestion. */
export type SuggestionReason = {
  __typename?: 'SuggestionReason';
  code: SuggestionReasonCode;
  /** How many works say so. */
  count: Scalars['Int']['output'];
  /** The reason in English (the web translates from `code` and `count`). */
  message: Scalars['String']['output'];
};

export { SuggestionReasonCode };

export { SuggestionStatus };

/**
 * Someone who spoke at an event, and about what: a Work. Talks typed by hand are SPOKE_AT
 * ties to the event (their id is `spoke-at:<person id>:<event id>`); talks imported from a
 * congress programme are `Talk` nodes (`talk-...`, one per speaker and session) HELD_AT the
 * event, which the speaker SPOKE_AT with a role.
 */
export type Talk = Entity & Work & {
  __typename?: 'Talk';
  /** The day of the talk (the event's date). */
  date?: Maybe<Scalars['Date']['output']>;
  event: Event;
  /** `talk-...` for imported talks; `spoke-at:<person id>:<event id>` for hand-typed ones. */
  id: Scalars['ID']['output'];
  /** The topic, else the session, else the event's name (as `title`). */
  name: Scalars['String']['output'];
  /** The speaker; null while an imported speaker awaits review (unmatched people). */
  person?: Maybe<Person>;
  /** Chair, moderator, speaker or panelist (imported talks). */
  role?: Maybe<SpeakerRole>;
  /** The congress session (imported talks). */
  session?: Maybe<Scalars['String']['output']>;
  /** The topic, else the session, else the event's name. */
  title: Scalars['String']['output'];
  topic?: Maybe<Scalars['String']['output']>;
  /** Always null: programmes carry no links. */
  url?: Maybe<Scalars['String']['output']>;
};

/** A public procurement competition; preparation starts about 9 months before its date. */
export type Tender = Entity & {
  __typename?: 'Tender';
  /** Companies competing in the tender (COMPETES_IN). */
  competitors: Array<Institution>;
  currency?: Maybe<Scalars['String']['output']>;
  /** The day the tender is held. */
  date?: Maybe<Scalars['Date']['output']>;
  /** Committees that draft the specification (DRAFTS), as of the date (default today). */
  draftingCommittees: Array<Committee>;
  /** People who draft the specification directly (DRAFTS), as of the date (default today). */
  draftingPeople: Array<Person>;
  id: Scalars['ID']['output'];
  /** The institution that issues the tender. */
  issuer?: Maybe<Institution>;
  /** The lots: products and quantities (LOTS). */
  lots: Array<TenderLot>;
  name: Scalars['String']['output'];
  /** Once awarded: the winner and the price (AWARDED_TO). */
  outcome?: Maybe<TenderOutcome>;
  /** When preparing the tender should start: as recorded, else 9 months before its date. */
  preparationStart?: Maybe<Scalars['Date']['output']>;
  /** How it is procured (docs/country-packs.md). */
  procedure?: Maybe<TenderProcedure>;
  /** The specification text, as far as known. */
  specification?: Maybe<Scalars['String']['output']>;
  status?: Maybe<TenderStatus>;
  /** Each status the tender had, with the day it began, oldest first. */
  statusHistory: Array<TenderStatusChange>;
  /** Expected value, in `currency`. */
  value?: Maybe<Scalars['Float']['output']>;
};


/** A public procurement competition; preparation starts about 9 months before its date. */
export type TenderDraftingCommitteesArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
};


/** A public procurement competition; preparation starts about 9 months before its date. */
export type TenderDraftingPeopleArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
};

export type TenderInput = {
  currency?: InputMaybe<Scalars['String']['input']>;
  date?: InputMaybe<Scalars['Date']['input']>;
  id?: InputMaybe<Scalars['ID']['input']>;
  /** The issuing institution (ISSUES). */
  issuerId?: InputMaybe<Scalars['ID']['input']>;
  name: Scalars['String']['input'];
  /** When preparation starts (default: 9 months before the date). */
  preparationStart?: InputMaybe<Scalars['Date']['input']>;
  /** How it is procured; the country pack says which procedures the country uses. */
  procedure?: InputMaybe<TenderProcedure>;
  specification?: InputMaybe<Scalars['String']['input']>;
  /** A new status is added to the tender's status history, dated today. */
  status?: InputMaybe<TenderStatus>;
  value?: InputMaybe<Scalars['Float']['input']>;
};

/** A lot of a tender: which product, how much (LOTS). */
export type TenderLot = {
  __typename?: 'TenderLot';
  /** The lot's number in the tender. */
  lot?: Maybe<Scalars['Int']['output']>;
  product: Product;
  quantity?: Maybe<Scalars['Float']['output']>;
  tender: Tender;
};

/** Who won a tender, at what price. */
export type TenderOutcome = {
  __typename?: 'TenderOutcome';
  currency?: Maybe<Scalars['String']['output']>;
  /** The day it was awarded. */
  on?: Maybe<Scalars['Date']['output']>;
  price?: Maybe<Scalars['Float']['output']>;
  source?: Maybe<Scalars['String']['output']>;
  winner: Institution;
};

export type TenderPayload = {
  __typename?: 'TenderPayload';
  errors: Array<FieldError>;
  ok: Scalars['Boolean']['output'];
  tender?: Maybe<Tender>;
};

export { TenderProcedure };

export { TenderStatus };

/** A status a tender had, from the day it began. */
export type TenderStatusChange = {
  __typename?: 'TenderStatusChange';
  on?: Maybe<Scalars['Date']['output']>;
  status: TenderStatus;
};

/**
 * A region a KAM or team is responsible for. People belong to a territory when they are
 * LOCATED_IN it directly or through the institution (or its parent) they work at.
 */
export type Territory = Entity & {
  __typename?: 'Territory';
  /** Optional short code (e.g. an administrative region code). */
  code?: Maybe<Scalars['String']['output']>;
  /** Stable id, as used in import files (e.g. `territory-north`). */
  id: Scalars['ID']['output'];
  /** How many institutions are located in this territory. */
  institutionCount: Scalars['Int']['output'];
  /** Institutions located in it (directly or through a parent), by name. `first` 1..500 (default 50). */
  institutions: InstitutionConnection;
  /** Region, district, country... as the data calls it. */
  level?: Maybe<Scalars['String']['output']>;
  /** Display name, unique among territories. */
  name: Scalars['String']['output'];
  /** How many people belong to this territory today. */
  peopleCount: Scalars['Int']['output'];
  /** Our users who work it (KAMs and managers). */
  users: Array<User>;
};


/**
 * A region a KAM or team is responsible for. People belong to a territory when they are
 * LOCATED_IN it directly or through the institution (or its parent) they work at.
 */
export type TerritoryInstitutionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kind?: InputMaybe<InstitutionKind>;
};

/** A therapeutic area; influence ties carry one as their domain. */
export type TherapeuticArea = Entity & {
  __typename?: 'TherapeuticArea';
  code?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

/** A tie between two nodes, with its validity window and provenance. */
export type Tie = {
  __typename?: 'Tie';
  /** What the influence rests on (INFLUENCES). */
  basis?: Maybe<InfluenceBasis>;
  /** 0..1: how sure we are; scores weigh a tie by strength × confidence (no confidence counts as 1). */
  confidence?: Maybe<Scalars['Float']['output']>;
  /** Currency of the price (AWARDED_TO). */
  currency?: Maybe<Scalars['String']['output']>;
  /** Therapeutic area, by id (INFLUENCES). */
  domain?: Maybe<Scalars['String']['output']>;
  from: Scalars['ID']['output'];
  /** Heads the institution or department (WORKS_AT). */
  head?: Maybe<Scalars['Boolean']['output']>;
  /** Lot number (LOTS). */
  lot?: Maybe<Scalars['Int']['output']>;
  /** Job title (WORKS_AT). */
  position?: Maybe<Scalars['String']['output']>;
  /** Price the tender was awarded at (AWARDED_TO). */
  price?: Maybe<Scalars['Float']['output']>;
  /** Quantity of the lot (LOTS). */
  quantity?: Maybe<Scalars['Float']['output']>;
  /** The user who recorded it through the API, if it was. */
  recordedBy?: Maybe<User>;
  /** Committee role (MEMBER_OF: chair, secretary, member, expert) or decision role (ROLE_IN: decision_maker ...). */
  role?: Maybe<Scalars['String']['output']>;
  /** First day the tie holds; part of the tie's identity. */
  since?: Maybe<Scalars['Date']['output']>;
  /** Where the fact comes from. */
  source?: Maybe<Scalars['String']['output']>;
  /** Relationship stage (RELATES). */
  stage?: Maybe<RelationshipStage>;
  /** 0..1 for INFLUENCES and KNOWS. */
  strength?: Maybe<Scalars['Float']['output']>;
  to: Scalars['ID']['output'];
  /** What the person spoke about (SPOKE_AT). */
  topic?: Maybe<Scalars['String']['output']>;
  type: TieType;
  /** Day the tie ended; null while it holds. */
  until?: Maybe<Scalars['Date']['output']>;
  /** -2..2 (STANCE). */
  value?: Maybe<Scalars['Int']['output']>;
  /** The works named in the tie's `source` (an accepted suggestion keeps their ids there). */
  works: Array<Work>;
};

export { TieDirection };

export type TieInput = {
  basis?: InputMaybe<InfluenceBasis>;
  confidence?: InputMaybe<Scalars['Float']['input']>;
  currency?: InputMaybe<Scalars['String']['input']>;
  domain?: InputMaybe<Scalars['String']['input']>;
  from: Scalars['ID']['input'];
  head?: InputMaybe<Scalars['Boolean']['input']>;
  lot?: InputMaybe<Scalars['Int']['input']>;
  position?: InputMaybe<Scalars['String']['input']>;
  price?: InputMaybe<Scalars['Float']['input']>;
  quantity?: InputMaybe<Scalars['Float']['input']>;
  role?: InputMaybe<Scalars['String']['input']>;
  since?: InputMaybe<Scalars['Date']['input']>;
  source?: InputMaybe<Scalars['String']['input']>;
  strength?: InputMaybe<Scalars['Float']['input']>;
  to: Scalars['ID']['input'];
  topic?: InputMaybe<Scalars['String']['input']>;
  type: TieType;
  until?: InputMaybe<Scalars['Date']['input']>;
  value?: InputMaybe<Scalars['Int']['input']>;
};

export type TiePayload = {
  __typename?: 'TiePayload';
  errors: Array<FieldError>;
  ok: Scalars['Boolean']['output'];
  tie?: Maybe<Tie>;
};

/**
 * A tie the evidence implies, waiting for a KAM's decision. Nothing becomes a tie until it
 * is accepted (`acceptTieSuggestion`); a rejected suggestion never comes back, however often
 * the same evidence is imported again.
 *
 * - `KNOWS` from co-authorship (articles with at most 30 authors), co-investigation (the
 *   same trial) and shared congress sessions. strength = 1 − exp(−Σ w), each shared work
 *   weighing w = kind × recency: a publication 0.35 × min(1, 10 / its authors), a trial
 *   0.35, a session 0.2; recency = 0.5^(years since the work / 5).
 * - `INFLUENCES` (basis SCIENCE): the last (senior) author over a first author of at least
 *   2 articles, w = 0.3 × recency each; an overall principal investigator or study chair
 *   over the trial's site investigators, w = 0.4 × recency per trial. strength = 1 − exp(−Σ w).
 * - confidence = evidence × match: evidence 0.5 for one work, 0.75 for two, 1 for three or
 *   more; match = the lower of the two people's match scores (1 for an ORCID or a user's
 *   decision).
 */
export type TieSuggestion = {
  __typename?: 'TieSuggestion';
  /** SCIENCE for INFLUENCES; null for KNOWS. */
  basis?: Maybe<InfluenceBasis>;
  /** How sure the suggestion is, 0..1 (formula above). */
  confidence: Scalars['Float']['output'];
  /** Who accepted or rejected it. */
  decidedBy?: Maybe<User>;
  /** When it was accepted or rejected. */
  decidedOn?: Maybe<Scalars['Date']['output']>;
  /** The therapeutic area most of the works are in (becomes the tie's domain), if any. */
  domain?: Maybe<TherapeuticArea>;
  /** KNOWS: the person listed first by id. INFLUENCES: the senior author or principal investigator. */
  from: Person;
  /** `from`'s id, without loading the person (for drawing on the map). */
  fromId: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
  /** The lower of the two people's match scores, 0..1. */
  matchScore: Scalars['Float']['output'];
  /** Why, in words (message ids with their counts, for translation). */
  reasons: Array<SuggestionReason>;
  /** The reason given when rejecting it. */
  rejectReason?: Maybe<Scalars['String']['output']>;
  status: SuggestionStatus;
  /** Proposed strength, 0..1 (formula above). */
  strength: Scalars['Float']['output'];
  /** KNOWS: the other person. INFLUENCES: the first author or site investigator. */
  to: Person;
  /** `to`'s id. */
  toId: Scalars['ID']['output'];
  /** KNOWS or INFLUENCES. */
  type: TieType;
  /** The day its evidence last changed. */
  updatedOn?: Maybe<Scalars['Date']['output']>;
  /** The works behind it, newest first. */
  works: Array<Work>;
};

export type TieSuggestionConnection = {
  __typename?: 'TieSuggestionConnection';
  edges: Array<TieSuggestionEdge>;
  /** The page's suggestions, for clients that do not need cursors per item. */
  nodes: Array<TieSuggestion>;
  pageInfo: PageInfo;
  /** How many suggestions match (and the viewer may see). */
  totalCount: Scalars['Int']['output'];
};

export type TieSuggestionEdge = {
  __typename?: 'TieSuggestionEdge';
  cursor: Scalars['String']['output'];
  node: TieSuggestion;
};

export { TieType };

/** A ClinicalTrials.gov study (API v2 JSON, `protocolSection`). */
export type Trial = Entity & Work & {
  __typename?: 'Trial';
  /** Primary completion or completion date. */
  completionDate?: Maybe<Scalars['Date']['output']>;
  /** Conditions studied; they place the trial in therapeutic areas. */
  conditions: Array<Scalars['String']['output']>;
  /** The study's start date. */
  date?: Maybe<Scalars['Date']['output']>;
  /** `trial-<NCT id>`. */
  id: Scalars['ID']['output'];
  /** Overall officials and site investigators: people when matched (and visible), else names. */
  investigators: Array<Investigatorship>;
  /** The brief title (as `title`). */
  name: Scalars['String']['output'];
  /** ClinicalTrials.gov's identifier, e.g. `NCT01234567`. */
  nctId: Scalars['String']['output'];
  /** The official title. */
  officialTitle?: Maybe<Scalars['String']['output']>;
  /** Recruitment status (`RECRUITING`, `COMPLETED` ...), when given. */
  overallStatus?: Maybe<Scalars['String']['output']>;
  /** Phases as ClinicalTrials.gov writes them (`PHASE2`, `PHASE3`, `NA`). */
  phases: Array<Scalars['String']['output']>;
  /** Therapeutic areas from its conditions. */
  therapeuticAreas: Array<TherapeuticArea>;
  /** The brief title. */
  title: Scalars['String']['output'];
  /** https://clinicaltrials.gov/study/<NCT id> */
  url?: Maybe<Scalars['String']['output']>;
};

/**
 * An author, investigator or speaker the evidence names who could not be matched to a person
 * with enough certainty: one per ORCID iD, else per normalised name (family name and given
 * initials). Match scores: ORCID equal 1; otherwise 0.6 × name + 0.4 × place, where name is 1
 * (every name part agrees), 0.9 (family and first given name), 0.8 or 0.75 (initials agree),
 * 0.5 (family name only) and place is 1 (an affiliation names the person's institution) or
 * 0.75 (it names the institution's city). A match is made at 0.85 or more when no other
 * person comes within 0.1; anything less waits here for a decision: create a person, merge
 * with one, or ignore.
 */
export type UnmatchedPerson = {
  __typename?: 'UnmatchedPerson';
  /** Affiliations seen with this name (the most recent first, at most 10). */
  affiliations: Array<Scalars['String']['output']>;
  /** People it may be, best first (score 0.4 or more), at most 5. */
  candidates: Array<MatchCandidate>;
  /** Cities seen (trial sites, congresses). */
  cities: Array<Scalars['String']['output']>;
  /** Given names, when the evidence has them. */
  foreName?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** Given-name initials. */
  initials?: Maybe<Scalars['String']['output']>;
  /** Family name. */
  lastName?: Maybe<Scalars['String']['output']>;
  /** The name as the evidence writes it (`Conceição, João`). */
  name: Scalars['String']['output'];
  /** ORCID iD, when the evidence gives one. */
  orcid?: Maybe<Scalars['String']['output']>;
  status: UnmatchedStatus;
  /** How many works name them. */
  workCount: Scalars['Int']['output'];
  /** The works naming them, newest first (at most `first`, 1..100). */
  works: Array<Work>;
};


/**
 * An author, investigator or speaker the evidence names who could not be matched to a person
 * with enough certainty: one per ORCID iD, else per normalised name (family name and given
 * initials). Match scores: ORCID equal 1; otherwise 0.6 × name + 0.4 × place, where name is 1
 * (every name part agrees), 0.9 (family and first given name), 0.8 or 0.75 (initials agree),
 * 0.5 (family name only) and place is 1 (an affiliation names the person's institution) or
 * 0.75 (it names the institution's city). A match is made at 0.85 or more when no other
 * person comes within 0.1; anything less waits here for a decision: create a person, merge
 * with one, or ignore.
 */
export type UnmatchedPersonWorksArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type UnmatchedPersonConnection = {
  __typename?: 'UnmatchedPersonConnection';
  edges: Array<UnmatchedPersonEdge>;
  nodes: Array<UnmatchedPerson>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type UnmatchedPersonEdge = {
  __typename?: 'UnmatchedPersonEdge';
  cursor: Scalars['String']['output'];
  node: UnmatchedPerson;
};

export type UnmatchedPersonPayload = {
  __typename?: 'UnmatchedPersonPayload';
  errors: Array<FieldError>;
  ok: Scalars['Boolean']['output'];
  /** How many tie suggestions are open for the person after the decision. */
  openSuggestions: Scalars['Int']['output'];
  /** The person the name now belongs to (created or merged with). */
  person?: Maybe<Person>;
  /** The name, as it now stands. */
  unmatched?: Maybe<UnmatchedPerson>;
};

export { UnmatchedStatus };

/** One of our staff: a KAM, manager, strategist or admin. */
export type User = Entity & {
  __typename?: 'User';
  /** Work e-mail; shown to admins and to the user themself. */
  email?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** A KAM's kind: hospital, pharmacy_chain or distributor. */
  kamKind?: Maybe<Scalars['String']['output']>;
  /** The user's manager (REPORTS_TO). */
  manager?: Maybe<User>;
  name: Scalars['String']['output'];
  /** Null for a colleague who signed in with the company's identity provider and has no role yet (an admin gives one with setUserRole). */
  role?: Maybe<UserRole>;
  /** Users who report to this user. */
  team: Array<User>;
  /** Territories the user works (LOCATED_IN). */
  territories: Array<Territory>;
};

export type UserConnection = {
  __typename?: 'UserConnection';
  edges: Array<UserEdge>;
  nodes: Array<User>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type UserEdge = {
  __typename?: 'UserEdge';
  cursor: Scalars['String']['output'];
  node: User;
};

export type UserFilter = {
  role?: InputMaybe<UserRole>;
  /** Name contains (case-insensitive). */
  search?: InputMaybe<Scalars['String']['input']>;
};

export type UserPayload = {
  __typename?: 'UserPayload';
  errors: Array<FieldError>;
  ok: Scalars['Boolean']['output'];
  user?: Maybe<User>;
};

export { UserRole };

/**
 * The signed-in user and what they may see. KAMs see the people and institutions of their
 * territories and read dossiers of people they own; managers see their team's territories;
 * strategists see all analytics and structure but no dossier fields; admins see all.
 */
export type Viewer = {
  __typename?: 'Viewer';
  /** The changes touching what the user watches since they last read their inbox. */
  inbox: Inbox;
  /** The language this request's texts are written in (the operation's `@locale`, else Accept-Language, else `preferredLocale`, else English). */
  locale: Locale;
  /**
   * The language this user chose in the app (setPreferredLocale): the web opens in it unless a
   * link names another, and requests that name none of ours are answered in it. Null: none
   * chosen, the browser's languages decide.
   */
  preferredLocale?: Maybe<Locale>;
  /** True for admins and strategists. */
  seesAllTerritories: Scalars['Boolean']['output'];
  /** Users reporting to this user (a manager's team). */
  team: Array<User>;
  /** Territories this user may see: every territory for admins and strategists. */
  territories: Array<Territory>;
  user: User;
  /** What the user watches, newest first. */
  watches: Array<Watch>;
};

/** The values of one closed list this country uses, in the pack's order. */
export type Vocabulary = {
  __typename?: 'Vocabulary';
  kind: VocabularyKind;
  values: Array<VocabularyValue>;
};

export { VocabularyKind };

/** One value a country uses, with its names. */
export type VocabularyValue = {
  __typename?: 'VocabularyValue';
  en: Scalars['String']['output'];
  /** In the request's language unless `locale` picks one. */
  label: Scalars['String']['output'];
  /** In the pack's own language: the country's official words. */
  local: Scalars['String']['output'];
  /** As the API spells it: HOSPITAL, PREGAO... for enums; the stored word for committee kinds. */
  value: Scalars['String']['output'];
};


/** One value a country uses, with its names. */
export type VocabularyValueLabelArgs = {
  locale?: InputMaybe<Locale>;
};

/** What a user watches: its changes reach their inbox. */
export type Watch = {
  __typename?: 'Watch';
  /** The person, institution, committee, tender or territory watched. */
  entity: Entity;
  /** The day the user began watching. */
  since: Scalars['Date']['output'];
};

/** How many unread changes touch one watched entity. */
export type WatchCount = {
  __typename?: 'WatchCount';
  count: Scalars['Int']['output'];
  entity: Entity;
};

export type WatchPayload = {
  __typename?: 'WatchPayload';
  errors: Array<FieldError>;
  ok: Scalars['Boolean']['output'];
  watch?: Maybe<Watch>;
};

/**
 * A receiver of changes: KAMgraph POSTs each change in its scope and kinds as JSON
 * (`{ "webhookId", "locale", "change": { id, kind, on, summary, message, personIds,
 * entityIds, tieKeys, weight, ... } }`), signed with HMAC-SHA256 of the exact body under the
 * webhook's secret, hex-encoded in the header `X-KAMgraph-Signature: sha256=<hex>` (with
 * `X-KAMgraph-Delivery: <delivery id>`, `X-KAMgraph-Event: <kind>` and `Content-Language`).
 * The summary is worded in the webhook's `locale`; `message` (id and parameters) lets a
 * receiver word it in another language itself. A receiver that does
 * not answer 2xx within the timeout is tried again with exponential backoff; the queue is
 * kept in Neo4j, so deliveries survive a restart, and a slow receiver never delays a write.
 */
export type Webhook = {
  __typename?: 'Webhook';
  createdBy?: Maybe<User>;
  createdOn: Scalars['Date']['output'];
  /** The delivery log, newest first. `first` 1..500 (default 50). */
  deliveries: Array<WebhookDelivery>;
  id: Scalars['ID']['output'];
  /** The kinds delivered (all but RANK_MOVED when none were given: rank moves compare two days and are not pushed). */
  kinds: Array<ChangeKind>;
  /** The language its deliveries' summaries are worded in: chosen when it was registered. */
  locale: Locale;
  scopeId: Scalars['ID']['output'];
  /** The scope's kind (`territory`, `institution`, `committee`, `tender`, `everywhere`) and id. */
  scopeKind: Scalars['String']['output'];
  /** The secret's first four characters, to tell secrets apart (the secret is shown once, when created). */
  secretHint: Scalars['String']['output'];
  url: Scalars['String']['output'];
};


/**
 * A receiver of changes: KAMgraph POSTs each change in its scope and kinds as JSON
 * (`{ "webhookId", "locale", "change": { id, kind, on, summary, message, personIds,
 * entityIds, tieKeys, weight, ... } }`), signed with HMAC-SHA256 of the exact body under the
 * webhook's secret, hex-encoded in the header `X-KAMgraph-Signature: sha256=<hex>` (with
 * `X-KAMgraph-Delivery: <delivery id>`, `X-KAMgraph-Event: <kind>` and `Content-Language`).
 * The summary is worded in the webhook's `locale`; `message` (id and parameters) lets a
 * receiver word it in another language itself. A receiver that does
 * not answer 2xx within the timeout is tried again with exponential backoff; the queue is
 * kept in Neo4j, so deliveries survive a restart, and a slow receiver never delays a write.
 */
export type WebhookDeliveriesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<DeliveryStatus>;
};

/** One change sent (or to be sent) to a webhook. */
export type WebhookDelivery = {
  __typename?: 'WebhookDelivery';
  /** Attempts made so far. */
  attempts: Scalars['Int']['output'];
  changeId: Scalars['ID']['output'];
  /** When it was queued, last tried, delivered and will next be tried (ISO date-times). */
  createdAt: Scalars['String']['output'];
  deliveredAt?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  kind: ChangeKind;
  lastAttemptAt?: Maybe<Scalars['String']['output']>;
  /** Why the last attempt failed (a status, a timeout, a refused connection), in the request's language. */
  lastError?: Maybe<Scalars['String']['output']>;
  /** The receiver's last HTTP status (null: it never answered). */
  lastStatus?: Maybe<Scalars['Int']['output']>;
  nextAttemptAt?: Maybe<Scalars['String']['output']>;
  status: DeliveryStatus;
};

export type WebhookInput = {
  /** Only these kinds (default every kind but RANK_MOVED, which is never pushed). */
  kinds?: InputMaybe<Array<ChangeKind>>;
  /**
   * The language of the summaries sent (default: the language of this request, its
   * Accept-Language or `@locale`). A receiver reads what a person reads: a chat channel, an
   * e-mail, a ticket.
   */
  locale?: InputMaybe<Locale>;
  scope: ScopeInput;
  /** The signing secret, at least 16 characters (default: one is generated and returned once). */
  secret?: InputMaybe<Scalars['String']['input']>;
  /** Where to POST: an http(s) URL that is not this server. */
  url: Scalars['String']['input'];
};

export type WebhookPayload = {
  __typename?: 'WebhookPayload';
  errors: Array<FieldError>;
  ok: Scalars['Boolean']['output'];
  /** The signing secret: returned only by createWebhook, once. */
  secret?: Maybe<Scalars['String']['output']>;
  webhook?: Maybe<Webhook>;
};

/** What may shift the balance soon. */
export type WhatMayChange = {
  __typename?: 'WhatMayChange';
  /** How many terms end within the window (all of them, not only those listed). */
  endingTermCount: Scalars['Int']['output'];
  /**
   * Committee seats and positions whose term ends within 6 months after the date, soonest
   * first; the first `first` (1..1000) of `endingTermCount`.
   */
  endingTerms: Array<EndingTerm>;
  /** How many influence ties began within the window. */
  newTieCount: Scalars['Int']['output'];
  /**
   * INFLUENCES ties that began within 90 days before the date, newest first; the first
   * `first` (1..1000) of `newTieCount`.
   */
  newTies: Array<InfluenceTie>;
};


/** What may shift the balance soon. */
export type WhatMayChangeEndingTermsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** What may shift the balance soon. */
export type WhatMayChangeNewTiesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/**
 * A piece of scientific evidence about people: a publication (PubMed), a clinical trial
 * (ClinicalTrials.gov) or a congress talk. Imported from files (`npm run evidence`, or an
 * admin's upload to `POST /api/evidence`), never typed by hand.
 */
export type Work = {
  /** Publication date, study start date, or the day of the talk. */
  date?: Maybe<Scalars['Date']['output']>;
  /** Stable id: `pmid-<PMID>` for publications, `trial-<NCT id>` for trials, `talk-...` for talks. */
  id: Scalars['ID']['output'];
  /** The article's or study's title; a talk's topic (or its session when it has none). */
  title: Scalars['String']['output'];
  /** Where to read it: the PubMed or ClinicalTrials.gov page; null for talks. */
  url?: Maybe<Scalars['String']['output']>;
};

export { WorkKind };

export type WithIndex<TObject> = TObject & Record<string, any>;
export type ResolversObject<TObject> = WithIndex<TObject>;

export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;




/** Mapping of interface types */
export type ResolversInterfaceTypes<_RefType extends Record<string, unknown>> = ResolversObject<{
  Entity:
    | ( CommitteeModel )
    | ( EventModel )
    | ( InstitutionModel )
    | ( InteractionModel )
    | ( PersonModel )
    | ( PlanModel )
    | ( ProductModel )
    | ( ProgramModel )
    | ( PublicationModel )
    | ( TalkModel )
    | ( TenderModel )
    | ( TerritoryModel )
    | ( TherapeuticAreaModel )
    | ( TrialModel )
    | ( UserModel )
  ;
  Work:
    | ( PublicationModel )
    | ( TalkModel )
    | ( TrialModel )
  ;
}>;

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  AccountStanding: ResolverTypeWrapper<AccountStandingModel>;
  AgendaItem: ResolverTypeWrapper<AgendaItem>;
  AgendaItemKind: AgendaItemKind;
  AuditEntry: ResolverTypeWrapper<AuditEntryModel>;
  Authorship: ResolverTypeWrapper<AuthorshipModel>;
  BalanceOfPower: ResolverTypeWrapper<BalanceOfPowerModel>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Briefing: ResolverTypeWrapper<BriefingModel>;
  Change: ResolverTypeWrapper<ChangeModel>;
  ChangeConnection: ResolverTypeWrapper<ChangeListModel>;
  ChangeEdge: ResolverTypeWrapper<Omit<ChangeEdge, 'node'> & { node: ResolversTypes['Change'] }>;
  ChangeKind: ChangeKind;
  ChangeKindCount: ResolverTypeWrapper<ChangeKindCount>;
  ChangeMessage: ResolverTypeWrapper<MessageModel>;
  ChangeOrder: ChangeOrder;
  Coalition: ResolverTypeWrapper<CoalitionModel>;
  CoalitionLeaning: CoalitionLeaning;
  Committee: ResolverTypeWrapper<CommitteeModel>;
  CommitteeConnection: ResolverTypeWrapper<Omit<CommitteeConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['CommitteeEdge']>, nodes: Array<ResolversTypes['Committee']> }>;
  CommitteeEdge: ResolverTypeWrapper<Omit<CommitteeEdge, 'node'> & { node: ResolversTypes['Committee'] }>;
  CommitteeFilter: CommitteeFilter;
  CommitteeInput: CommitteeInput;
  CommitteeMembership: ResolverTypeWrapper<CommitteeMembershipModel>;
  CommitteePayload: ResolverTypeWrapper<Omit<CommitteePayload, 'committee' | 'errors'> & { committee?: Maybe<ResolversTypes['Committee']>, errors: Array<ResolversTypes['FieldError']> }>;
  CommitteeRole: CommitteeRole;
  CommitteeSeat: ResolverTypeWrapper<CommitteeSeatModel>;
  CompetitorLeaning: ResolverTypeWrapper<CompetitorLeaningModel>;
  CountryPack: ResolverTypeWrapper<CountryPackModel>;
  DataProtection: ResolverTypeWrapper<DataProtectionModel>;
  DataProtectionInput: DataProtectionInput;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DecisionGroup: ResolverTypeWrapper<DecisionGroupModel>;
  DecisionMember: ResolverTypeWrapper<DecisionMemberModel>;
  DecisionRole: DecisionRole;
  DecisionRoleCoverage: ResolverTypeWrapper<DecisionRoleModel>;
  DecisionRoleHeld: ResolverTypeWrapper<DecisionRoleHeldModel>;
  DeletePayload: ResolverTypeWrapper<Omit<DeletePayload, 'errors'> & { errors: Array<ResolversTypes['FieldError']> }>;
  DeliveryStatus: DeliveryStatus;
  DevelopmentLevel: DevelopmentLevel;
  Dossier: ResolverTypeWrapper<DossierModel>;
  DossierAccess: DossierAccess;
  DossierInput: DossierInput;
  DossierPayload: ResolverTypeWrapper<Omit<DossierPayload, 'dossier' | 'errors'> & { dossier?: Maybe<ResolversTypes['Dossier']>, errors: Array<ResolversTypes['FieldError']> }>;
  EndingTerm: ResolverTypeWrapper<EndingTermModel>;
  Entity: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Entity']>;
  ErasedPart: ResolverTypeWrapper<ErasedPart>;
  ErasurePayload: ResolverTypeWrapper<Omit<ErasurePayload, 'errors' | 'person'> & { errors: Array<ResolversTypes['FieldError']>, person?: Maybe<ResolversTypes['Person']> }>;
  Event: ResolverTypeWrapper<EventModel>;
  EventConnection: ResolverTypeWrapper<Omit<EventConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['EventEdge']>, nodes: Array<ResolversTypes['Event']> }>;
  EventEdge: ResolverTypeWrapper<Omit<EventEdge, 'node'> & { node: ResolversTypes['Event'] }>;
  EventFilter: EventFilter;
  EventKind: EventKind;
  FieldError: ResolverTypeWrapper<FieldErrorModel>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  FollowUp: ResolverTypeWrapper<FollowUpModel>;
  FollowUpStatus: FollowUpStatus;
  GraphEdge: ResolverTypeWrapper<GraphEdge>;
  GraphNode: ResolverTypeWrapper<GraphNodeModel>;
  GraphView: ResolverTypeWrapper<GraphViewModel>;
  HealthSystemNames: ResolverTypeWrapper<Omit<HealthSystemNames, 'htaBody' | 'medicinesAgency' | 'nationalHealthService' | 'procurementLaw' | 'region'> & { htaBody: ResolversTypes['LocalName'], medicinesAgency: ResolversTypes['LocalName'], nationalHealthService: ResolversTypes['LocalName'], procurementLaw: ResolversTypes['LocalName'], region: ResolversTypes['LocalName'] }>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Inbox: ResolverTypeWrapper<InboxModel>;
  InboxPayload: ResolverTypeWrapper<Omit<InboxPayload, 'errors' | 'inbox'> & { errors: Array<ResolversTypes['FieldError']>, inbox?: Maybe<ResolversTypes['Inbox']> }>;
  InfluenceBasis: InfluenceBasis;
  InfluenceTie: ResolverTypeWrapper<InfluenceTieModel>;
  Institution: ResolverTypeWrapper<InstitutionModel>;
  InstitutionConnection: ResolverTypeWrapper<Omit<InstitutionConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['InstitutionEdge']>, nodes: Array<ResolversTypes['Institution']> }>;
  InstitutionEdge: ResolverTypeWrapper<Omit<InstitutionEdge, 'node'> & { node: ResolversTypes['Institution'] }>;
  InstitutionFilter: InstitutionFilter;
  InstitutionInput: InstitutionInput;
  InstitutionKind: InstitutionKind;
  InstitutionPayload: ResolverTypeWrapper<Omit<InstitutionPayload, 'errors' | 'institution'> & { errors: Array<ResolversTypes['FieldError']>, institution?: Maybe<ResolversTypes['Institution']> }>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Interaction: ResolverTypeWrapper<InteractionModel>;
  InteractionInput: InteractionInput;
  InteractionKind: InteractionKind;
  InteractionPayload: ResolverTypeWrapper<Omit<InteractionPayload, 'errors' | 'interaction'> & { errors: Array<ResolversTypes['FieldError']>, interaction?: Maybe<ResolversTypes['Interaction']> }>;
  IntroductionPath: ResolverTypeWrapper<IntroductionPathModel>;
  InvestigatorRole: InvestigatorRole;
  Investigatorship: ResolverTypeWrapper<InvestigatorshipModel>;
  KeyAccountHealth: ResolverTypeWrapper<KeyAccountHealthModel>;
  KeyAccountStatus: KeyAccountStatus;
  KeyClientCriterion: KeyClientCriterion;
  KeyPersonStanding: ResolverTypeWrapper<PersonStanding>;
  LawfulBasis: LawfulBasis;
  LocalName: ResolverTypeWrapper<LocalNameModel>;
  Locale: Locale;
  ManagerStyle: ManagerStyle;
  MatchCandidate: ResolverTypeWrapper<MatchCandidateModel>;
  MessageParam: ResolverTypeWrapper<MessageParam>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  MutualContact: ResolverTypeWrapper<MutualContactModel>;
  NodeLabel: NodeLabel;
  NoticeMethod: NoticeMethod;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PeopleFilter: PeopleFilter;
  PeopleOrder: PeopleOrder;
  Person: ResolverTypeWrapper<PersonModel>;
  PersonCategory: PersonCategory;
  PersonConnection: ResolverTypeWrapper<Omit<PersonConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['PersonEdge']>, nodes: Array<ResolversTypes['Person']> }>;
  PersonEdge: ResolverTypeWrapper<Omit<PersonEdge, 'node'> & { node: ResolversTypes['Person'] }>;
  PersonInput: PersonInput;
  PersonPayload: ResolverTypeWrapper<Omit<PersonPayload, 'errors' | 'person'> & { errors: Array<ResolversTypes['FieldError']>, person?: Maybe<ResolversTypes['Person']> }>;
  PersonTie: ResolverTypeWrapper<TieEnd>;
  Plan: ResolverTypeWrapper<PlanModel>;
  PlanInput: PlanInput;
  PlanPayload: ResolverTypeWrapper<Omit<PlanPayload, 'errors' | 'plan'> & { errors: Array<ResolversTypes['FieldError']>, plan?: Maybe<ResolversTypes['Plan']> }>;
  PlanProgress: PlanProgress;
  PlanStatus: PlanStatus;
  PlanStep: ResolverTypeWrapper<PlanStepModel>;
  PlanStepInput: PlanStepInput;
  PlanUpdateInput: PlanUpdateInput;
  Position: ResolverTypeWrapper<PositionModel>;
  PowerFactor: PowerFactor;
  PowerRankFilter: PowerRankFilter;
  PowerScore: ResolverTypeWrapper<PowerScoreModel>;
  PreferredLocalePayload: ResolverTypeWrapper<Omit<PreferredLocalePayload, 'errors' | 'viewer'> & { errors: Array<ResolversTypes['FieldError']>, viewer?: Maybe<ResolversTypes['Viewer']> }>;
  Product: ResolverTypeWrapper<ProductModel>;
  ProductConnection: ResolverTypeWrapper<Omit<ProductConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['ProductEdge']>, nodes: Array<ResolversTypes['Product']> }>;
  ProductEdge: ResolverTypeWrapper<Omit<ProductEdge, 'node'> & { node: ResolversTypes['Product'] }>;
  ProductFilter: ProductFilter;
  Program: ResolverTypeWrapper<ProgramModel>;
  ProgramConnection: ResolverTypeWrapper<Omit<ProgramConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['ProgramEdge']>, nodes: Array<ResolversTypes['Program']> }>;
  ProgramEdge: ResolverTypeWrapper<Omit<ProgramEdge, 'node'> & { node: ResolversTypes['Program'] }>;
  ProgramFilter: ProgramFilter;
  ProgramKind: ProgramKind;
  Publication: ResolverTypeWrapper<PublicationModel>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RankMove: ResolverTypeWrapper<RankMoveModel>;
  Recommendation: ResolverTypeWrapper<RecommendationModel>;
  Relationship: ResolverTypeWrapper<RelationshipModel>;
  RelationshipStage: RelationshipStage;
  RoleKind: RoleKind;
  ScientificStanding: ResolverTypeWrapper<ScientificStandingModel>;
  ScopeInput: ScopeInput;
  ScoreEvidence: ResolverTypeWrapper<ScoreEvidenceModel>;
  ScoreFactor: ResolverTypeWrapper<Omit<ScoreFactor, 'evidence'> & { evidence: Array<ResolversTypes['ScoreEvidence']> }>;
  SpeakerRole: SpeakerRole;
  SpecShaper: ResolverTypeWrapper<SpecShaperModel>;
  StaffMember: ResolverTypeWrapper<StaffMemberModel>;
  StageCriterion: StageCriterion;
  StageCriterionInput: StageCriterionInput;
  StageCriterionMet: ResolverTypeWrapper<StageCriterionMet>;
  StagePeriod: ResolverTypeWrapper<StagePeriodModel>;
  Stance: ResolverTypeWrapper<StanceModel>;
  StanceRecord: ResolverTypeWrapper<TieEnd>;
  StandingEvidence: ResolverTypeWrapper<StandingEvidenceModel>;
  StepKind: StepKind;
  StepStatus: StepStatus;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Subscription: ResolverTypeWrapper<Record<PropertyKey, never>>;
  SuggestionReason: ResolverTypeWrapper<SuggestionReason>;
  SuggestionReasonCode: SuggestionReasonCode;
  SuggestionStatus: SuggestionStatus;
  Talk: ResolverTypeWrapper<TalkModel>;
  Tender: ResolverTypeWrapper<TenderModel>;
  TenderInput: TenderInput;
  TenderLot: ResolverTypeWrapper<TenderLotModel>;
  TenderOutcome: ResolverTypeWrapper<TenderOutcomeModel>;
  TenderPayload: ResolverTypeWrapper<Omit<TenderPayload, 'errors' | 'tender'> & { errors: Array<ResolversTypes['FieldError']>, tender?: Maybe<ResolversTypes['Tender']> }>;
  TenderProcedure: TenderProcedure;
  TenderStatus: TenderStatus;
  TenderStatusChange: ResolverTypeWrapper<TenderStatusChange>;
  Territory: ResolverTypeWrapper<TerritoryModel>;
  TherapeuticArea: ResolverTypeWrapper<TherapeuticAreaModel>;
  Tie: ResolverTypeWrapper<TieModel>;
  TieDirection: TieDirection;
  TieInput: TieInput;
  TiePayload: ResolverTypeWrapper<Omit<TiePayload, 'errors' | 'tie'> & { errors: Array<ResolversTypes['FieldError']>, tie?: Maybe<ResolversTypes['Tie']> }>;
  TieSuggestion: ResolverTypeWrapper<TieSuggestionModel>;
  TieSuggestionConnection: ResolverTypeWrapper<Omit<TieSuggestionConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['TieSuggestionEdge']>, nodes: Array<ResolversTypes['TieSuggestion']> }>;
  TieSuggestionEdge: ResolverTypeWrapper<Omit<TieSuggestionEdge, 'node'> & { node: ResolversTypes['TieSuggestion'] }>;
  TieType: TieType;
  Trial: ResolverTypeWrapper<TrialModel>;
  UnmatchedPerson: ResolverTypeWrapper<UnmatchedPersonModel>;
  UnmatchedPersonConnection: ResolverTypeWrapper<Omit<UnmatchedPersonConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['UnmatchedPersonEdge']>, nodes: Array<ResolversTypes['UnmatchedPerson']> }>;
  UnmatchedPersonEdge: ResolverTypeWrapper<Omit<UnmatchedPersonEdge, 'node'> & { node: ResolversTypes['UnmatchedPerson'] }>;
  UnmatchedPersonPayload: ResolverTypeWrapper<UnmatchedPersonPayloadModel>;
  UnmatchedStatus: UnmatchedStatus;
  User: ResolverTypeWrapper<UserModel>;
  UserConnection: ResolverTypeWrapper<Omit<UserConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['UserEdge']>, nodes: Array<ResolversTypes['User']> }>;
  UserEdge: ResolverTypeWrapper<Omit<UserEdge, 'node'> & { node: ResolversTypes['User'] }>;
  UserFilter: UserFilter;
  UserPayload: ResolverTypeWrapper<Omit<UserPayload, 'errors' | 'user'> & { errors: Array<ResolversTypes['FieldError']>, user?: Maybe<ResolversTypes['User']> }>;
  UserRole: UserRole;
  Viewer: ResolverTypeWrapper<ViewerModel>;
  Vocabulary: ResolverTypeWrapper<Omit<Vocabulary, 'values'> & { values: Array<ResolversTypes['VocabularyValue']> }>;
  VocabularyKind: VocabularyKind;
  VocabularyValue: ResolverTypeWrapper<VocabularyValueModel>;
  Watch: ResolverTypeWrapper<WatchModel>;
  WatchCount: ResolverTypeWrapper<WatchCountModel>;
  WatchPayload: ResolverTypeWrapper<Omit<WatchPayload, 'errors' | 'watch'> & { errors: Array<ResolversTypes['FieldError']>, watch?: Maybe<ResolversTypes['Watch']> }>;
  Webhook: ResolverTypeWrapper<WebhookModel>;
  WebhookDelivery: ResolverTypeWrapper<WebhookDeliveryModel>;
  WebhookInput: WebhookInput;
  WebhookPayload: ResolverTypeWrapper<Omit<WebhookPayload, 'errors' | 'webhook'> & { errors: Array<ResolversTypes['FieldError']>, webhook?: Maybe<ResolversTypes['Webhook']> }>;
  WhatMayChange: ResolverTypeWrapper<WhatMayChangeModel>;
  Work: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Work']>;
  WorkKind: WorkKind;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  AccountStanding: AccountStandingModel;
  AgendaItem: AgendaItem;
  AuditEntry: AuditEntryModel;
  Authorship: AuthorshipModel;
  BalanceOfPower: BalanceOfPowerModel;
  Boolean: Scalars['Boolean']['output'];
  Briefing: BriefingModel;
  Change: ChangeModel;
  ChangeConnection: ChangeListModel;
  ChangeEdge: Omit<ChangeEdge, 'node'> & { node: ResolversParentTypes['Change'] };
  ChangeKindCount: ChangeKindCount;
  ChangeMessage: MessageModel;
  Coalition: CoalitionModel;
  Committee: CommitteeModel;
  CommitteeConnection: Omit<CommitteeConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['CommitteeEdge']>, nodes: Array<ResolversParentTypes['Committee']> };
  CommitteeEdge: Omit<CommitteeEdge, 'node'> & { node: ResolversParentTypes['Committee'] };
  CommitteeFilter: CommitteeFilter;
  CommitteeInput: CommitteeInput;
  CommitteeMembership: CommitteeMembershipModel;
  CommitteePayload: Omit<CommitteePayload, 'committee' | 'errors'> & { committee?: Maybe<ResolversParentTypes['Committee']>, errors: Array<ResolversParentTypes['FieldError']> };
  CommitteeSeat: CommitteeSeatModel;
  CompetitorLeaning: CompetitorLeaningModel;
  CountryPack: CountryPackModel;
  DataProtection: DataProtectionModel;
  DataProtectionInput: DataProtectionInput;
  Date: Scalars['Date']['output'];
  DecisionGroup: DecisionGroupModel;
  DecisionMember: DecisionMemberModel;
  DecisionRoleCoverage: DecisionRoleModel;
  DecisionRoleHeld: DecisionRoleHeldModel;
  DeletePayload: Omit<DeletePayload, 'errors'> & { errors: Array<ResolversParentTypes['FieldError']> };
  Dossier: DossierModel;
  DossierInput: DossierInput;
  DossierPayload: Omit<DossierPayload, 'dossier' | 'errors'> & { dossier?: Maybe<ResolversParentTypes['Dossier']>, errors: Array<ResolversParentTypes['FieldError']> };
  EndingTerm: EndingTermModel;
  Entity: ResolversInterfaceTypes<ResolversParentTypes>['Entity'];
  ErasedPart: ErasedPart;
  ErasurePayload: Omit<ErasurePayload, 'errors' | 'person'> & { errors: Array<ResolversParentTypes['FieldError']>, person?: Maybe<ResolversParentTypes['Person']> };
  Event: EventModel;
  EventConnection: Omit<EventConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['EventEdge']>, nodes: Array<ResolversParentTypes['Event']> };
  EventEdge: Omit<EventEdge, 'node'> & { node: ResolversParentTypes['Event'] };
  EventFilter: EventFilter;
  FieldError: FieldErrorModel;
  Float: Scalars['Float']['output'];
  FollowUp: FollowUpModel;
  GraphEdge: GraphEdge;
  GraphNode: GraphNodeModel;
  GraphView: GraphViewModel;
  HealthSystemNames: Omit<HealthSystemNames, 'htaBody' | 'medicinesAgency' | 'nationalHealthService' | 'procurementLaw' | 'region'> & { htaBody: ResolversParentTypes['LocalName'], medicinesAgency: ResolversParentTypes['LocalName'], nationalHealthService: ResolversParentTypes['LocalName'], procurementLaw: ResolversParentTypes['LocalName'], region: ResolversParentTypes['LocalName'] };
  ID: Scalars['ID']['output'];
  Inbox: InboxModel;
  InboxPayload: Omit<InboxPayload, 'errors' | 'inbox'> & { errors: Array<ResolversParentTypes['FieldError']>, inbox?: Maybe<ResolversParentTypes['Inbox']> };
  InfluenceTie: InfluenceTieModel;
  Institution: InstitutionModel;
  InstitutionConnection: Omit<InstitutionConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['InstitutionEdge']>, nodes: Array<ResolversParentTypes['Institution']> };
  InstitutionEdge: Omit<InstitutionEdge, 'node'> & { node: ResolversParentTypes['Institution'] };
  InstitutionFilter: InstitutionFilter;
  InstitutionInput: InstitutionInput;
  InstitutionPayload: Omit<InstitutionPayload, 'errors' | 'institution'> & { errors: Array<ResolversParentTypes['FieldError']>, institution?: Maybe<ResolversParentTypes['Institution']> };
  Int: Scalars['Int']['output'];
  Interaction: InteractionModel;
  InteractionInput: InteractionInput;
  InteractionPayload: Omit<InteractionPayload, 'errors' | 'interaction'> & { errors: Array<ResolversParentTypes['FieldError']>, interaction?: Maybe<ResolversParentTypes['Interaction']> };
  IntroductionPath: IntroductionPathModel;
  Investigatorship: InvestigatorshipModel;
  KeyAccountHealth: KeyAccountHealthModel;
  KeyPersonStanding: PersonStanding;
  LocalName: LocalNameModel;
  MatchCandidate: MatchCandidateModel;
  MessageParam: MessageParam;
  Mutation: Record<PropertyKey, never>;
  MutualContact: MutualContactModel;
  PageInfo: PageInfo;
  PeopleFilter: PeopleFilter;
  Person: PersonModel;
  PersonConnection: Omit<PersonConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['PersonEdge']>, nodes: Array<ResolversParentTypes['Person']> };
  PersonEdge: Omit<PersonEdge, 'node'> & { node: ResolversParentTypes['Person'] };
  PersonInput: PersonInput;
  PersonPayload: Omit<PersonPayload, 'errors' | 'person'> & { errors: Array<ResolversParentTypes['FieldError']>, person?: Maybe<ResolversParentTypes['Person']> };
  PersonTie: TieEnd;
  Plan: PlanModel;
  PlanInput: PlanInput;
  PlanPayload: Omit<PlanPayload, 'errors' | 'plan'> & { errors: Array<ResolversParentTypes['FieldError']>, plan?: Maybe<ResolversParentTypes['Plan']> };
  PlanStep: PlanStepModel;
  PlanStepInput: PlanStepInput;
  PlanUpdateInput: PlanUpdateInput;
  Position: PositionModel;
  PowerRankFilter: PowerRankFilter;
  PowerScore: PowerScoreModel;
  PreferredLocalePayload: Omit<PreferredLocalePayload, 'errors' | 'viewer'> & { errors: Array<ResolversParentTypes['FieldError']>, viewer?: Maybe<ResolversParentTypes['Viewer']> };
  Product: ProductModel;
  ProductConnection: Omit<ProductConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['ProductEdge']>, nodes: Array<ResolversParentTypes['Product']> };
  ProductEdge: Omit<ProductEdge, 'node'> & { node: ResolversParentTypes['Product'] };
  ProductFilter: ProductFilter;
  Program: ProgramModel;
  ProgramConnection: Omit<ProgramConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['ProgramEdge']>, nodes: Array<ResolversParentTypes['Program']> };
  ProgramEdge: Omit<ProgramEdge, 'node'> & { node: ResolversParentTypes['Program'] };
  ProgramFilter: ProgramFilter;
  Publication: PublicationModel;
  Query: Record<PropertyKey, never>;
  RankMove: RankMoveModel;
  Recommendation: RecommendationModel;
  Relationship: RelationshipModel;
  ScientificStanding: ScientificStandingModel;
  ScopeInput: ScopeInput;
  ScoreEvidence: ScoreEvidenceModel;
  ScoreFactor: Omit<ScoreFactor, 'evidence'> & { evidence: Array<ResolversParentTypes['ScoreEvidence']> };
  SpecShaper: SpecShaperModel;
  StaffMember: StaffMemberModel;
  StageCriterionInput: StageCriterionInput;
  StageCriterionMet: StageCriterionMet;
  StagePeriod: StagePeriodModel;
  Stance: StanceModel;
  StanceRecord: TieEnd;
  StandingEvidence: StandingEvidenceModel;
  String: Scalars['String']['output'];
  Subscription: Record<PropertyKey, never>;
  SuggestionReason: SuggestionReason;
  Talk: TalkModel;
  Tender: TenderModel;
  TenderInput: TenderInput;
  TenderLot: TenderLotModel;
  TenderOutcome: TenderOutcomeModel;
  TenderPayload: Omit<TenderPayload, 'errors' | 'tender'> & { errors: Array<ResolversParentTypes['FieldError']>, tender?: Maybe<ResolversParentTypes['Tender']> };
  TenderStatusChange: TenderStatusChange;
  Territory: TerritoryModel;
  TherapeuticArea: TherapeuticAreaModel;
  Tie: TieModel;
  TieInput: TieInput;
  TiePayload: Omit<TiePayload, 'errors' | 'tie'> & { errors: Array<ResolversParentTypes['FieldError']>, tie?: Maybe<ResolversParentTypes['Tie']> };
  TieSuggestion: TieSuggestionModel;
  TieSuggestionConnection: Omit<TieSuggestionConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['TieSuggestionEdge']>, nodes: Array<ResolversParentTypes['TieSuggestion']> };
  TieSuggestionEdge: Omit<TieSuggestionEdge, 'node'> & { node: ResolversParentTypes['TieSuggestion'] };
  Trial: TrialModel;
  UnmatchedPerson: UnmatchedPersonModel;
  UnmatchedPersonConnection: Omit<UnmatchedPersonConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['UnmatchedPersonEdge']>, nodes: Array<ResolversParentTypes['UnmatchedPerson']> };
  UnmatchedPersonEdge: Omit<UnmatchedPersonEdge, 'node'> & { node: ResolversParentTypes['UnmatchedPerson'] };
  UnmatchedPersonPayload: UnmatchedPersonPayloadModel;
  User: UserModel;
  UserConnection: Omit<UserConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['UserEdge']>, nodes: Array<ResolversParentTypes['User']> };
  UserEdge: Omit<UserEdge, 'node'> & { node: ResolversParentTypes['User'] };
  UserFilter: UserFilter;
  UserPayload: Omit<UserPayload, 'errors' | 'user'> & { errors: Array<ResolversParentTypes['FieldError']>, user?: Maybe<ResolversParentTypes['User']> };
  Viewer: ViewerModel;
  Vocabulary: Omit<Vocabulary, 'values'> & { values: Array<ResolversParentTypes['VocabularyValue']> };
  VocabularyValue: VocabularyValueModel;
  Watch: WatchModel;
  WatchCount: WatchCountModel;
  WatchPayload: Omit<WatchPayload, 'errors' | 'watch'> & { errors: Array<ResolversParentTypes['FieldError']>, watch?: Maybe<ResolversParentTypes['Watch']> };
  Webhook: WebhookModel;
  WebhookDelivery: WebhookDeliveryModel;
  WebhookInput: WebhookInput;
  WebhookPayload: Omit<WebhookPayload, 'errors' | 'webhook'> & { errors: Array<ResolversParentTypes['FieldError']>, webhook?: Maybe<ResolversParentTypes['Webhook']> };
  WhatMayChange: WhatMayChangeModel;
  Work: ResolversInterfaceTypes<ResolversParentTypes>['Work'];
}>;

export type LocaleDirectiveArgs = {
  is: Locale;
};

export type LocaleDirectiveResolver<Result, Parent, ContextType = GraphContext, Args = LocaleDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type AccountStandingResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['AccountStanding'] = ResolversParentTypes['AccountStanding']> = ResolversObject<{
  criteriaMet?: Resolver<Array<ResolversTypes['KeyClientCriterion']>, ParentType, ContextType>;
  cumulativeShare?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  inTop20?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  influence?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  institution?: Resolver<ResolversTypes['Institution'], ParentType, ContextType>;
  keyAccount?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  opportunities?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  profit?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  profitability?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  rank?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  revenue?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  revenueShare?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  trust?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type AgendaItemResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['AgendaItem'] = ResolversParentTypes['AgendaItem']> = ResolversObject<{
  date?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['AgendaItemKind'], ParentType, ContextType>;
  overdue?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  subjectId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type AgendaItemKindResolvers = EnumResolverSignature<{ BIRTHDAY?: any, EVENT?: any, FOLLOW_UP?: any, PLAN_REVIEW?: any, PLAN_STEP?: any, TENDER_PREPARATION?: any, TERM_ENDING?: any }, ResolversTypes['AgendaItemKind']>;

export type AuditEntryResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['AuditEntry'] = ResolversParentTypes['AuditEntry']> = ResolversObject<{
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  detail?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  targetId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  userId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type AuthorshipResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Authorship'] = ResolversParentTypes['Authorship']> = ResolversObject<{
  last?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  matchScore?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  person?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  position?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type BalanceOfPowerResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['BalanceOfPower'] = ResolversParentTypes['BalanceOfPower']> = ResolversObject<{
  asOf?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  coalitions?: Resolver<Array<ResolversTypes['Coalition']>, ParentType, ContextType>;
  computedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  modularity?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  peopleInScope?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  ranking?: Resolver<Array<ResolversTypes['PowerScore']>, ParentType, ContextType>;
  upToDate?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  whatMayChange?: Resolver<ResolversTypes['WhatMayChange'], ParentType, ContextType>;
}>;

export type BriefingResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Briefing'] = ResolversParentTypes['Briefing']> = ResolversObject<{
  interactions?: Resolver<Array<ResolversTypes['Interaction']>, ParentType, ContextType>;
  mutualContacts?: Resolver<Array<ResolversTypes['MutualContact']>, ParentType, ContextType>;
  openSteps?: Resolver<Array<ResolversTypes['PlanStep']>, ParentType, ContextType>;
  person?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
  plans?: Resolver<Array<ResolversTypes['Plan']>, ParentType, ContextType>;
  power?: Resolver<Maybe<ResolversTypes['PowerScore']>, ParentType, ContextType>;
  talkingPoints?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  territory?: Resolver<Maybe<ResolversTypes['Territory']>, ParentType, ContextType>;
  topics?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type ChangeResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Change'] = ResolversParentTypes['Change']> = ResolversObject<{
  entityIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['ScoreEvidence']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ChangeKind'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['ChangeMessage'], ParentType, ContextType>;
  movedCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  moves?: Resolver<Array<ResolversTypes['RankMove']>, ParentType, ContextType>;
  on?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  people?: Resolver<Array<ResolversTypes['Person']>, ParentType, ContextType>;
  personIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  rankAfter?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  rankBefore?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  recordedBy?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  recordedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  retracted?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  scoreAfter?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  scoreBefore?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  stageAfter?: Resolver<Maybe<ResolversTypes['RelationshipStage']>, ParentType, ContextType>;
  stageBefore?: Resolver<Maybe<ResolversTypes['RelationshipStage']>, ParentType, ContextType>;
  stanceAfter?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  stanceBefore?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  statusAfter?: Resolver<Maybe<ResolversTypes['TenderStatus']>, ParentType, ContextType>;
  statusBefore?: Resolver<Maybe<ResolversTypes['TenderStatus']>, ParentType, ContextType>;
  subject?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  tieKeys?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  weight?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type ChangeConnectionResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['ChangeConnection'] = ResolversParentTypes['ChangeConnection']> = ResolversObject<{
  countsByKind?: Resolver<Array<ResolversTypes['ChangeKindCount']>, ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['ChangeEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Change']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  rankedAfter?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  rankedBefore?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  rankingPending?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  since?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  until?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
}>;

export type ChangeEdgeResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['ChangeEdge'] = ResolversParentTypes['ChangeEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Change'], ParentType, ContextType>;
}>;

export type ChangeKindResolvers = EnumResolverSignature<{ PERSON_ADDED?: any, RANK_MOVED?: any, ROLE_ENDED?: any, ROLE_STARTED?: any, STAGE_CHANGED?: any, STANCE_CHANGED?: any, TENDER_STATUS_CHANGED?: any, TERM_ENDING?: any, TIE_ENDED?: any, TIE_STARTED?: any }, ResolversTypes['ChangeKind']>;

export type ChangeKindCountResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['ChangeKindCount'] = ResolversParentTypes['ChangeKindCount']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ChangeKind'], ParentType, ContextType>;
}>;

export type ChangeMessageResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['ChangeMessage'] = ResolversParentTypes['ChangeMessage']> = ResolversObject<{
  id?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  params?: Resolver<Array<ResolversTypes['MessageParam']>, ParentType, ContextType>;
}>;

export type ChangeOrderResolvers = EnumResolverSignature<{ NEWEST?: any, WEIGHT?: any }, ResolversTypes['ChangeOrder']>;

export type CoalitionResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Coalition'] = ResolversParentTypes['Coalition']> = ResolversObject<{
  lean?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  leaning?: Resolver<ResolversTypes['CoalitionLeaning'], ParentType, ContextType>;
  memberCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  memberIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  members?: Resolver<Array<ResolversTypes['Person']>, ParentType, ContextType>;
  power?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type CoalitionLeaningResolvers = EnumResolverSignature<{ COMPETITORS?: any, NEUTRAL?: any, UNKNOWN?: any, US?: any }, ResolversTypes['CoalitionLeaning']>;

export type CommitteeResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Committee'] = ResolversParentTypes['Committee']> = ResolversObject<{
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  draftedPrograms?: Resolver<Array<ResolversTypes['Program']>, ParentType, ContextType>;
  draftedTenders?: Resolver<Array<ResolversTypes['Tender']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  institution?: Resolver<Maybe<ResolversTypes['Institution']>, ParentType, ContextType>;
  kind?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  members?: Resolver<Array<ResolversTypes['CommitteeSeat']>, ParentType, ContextType, RequireFields<CommitteeMembersArgs, 'includeFormer'>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  therapeuticAreas?: Resolver<Array<ResolversTypes['TherapeuticArea']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type CommitteeConnectionResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['CommitteeConnection'] = ResolversParentTypes['CommitteeConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['CommitteeEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Committee']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type CommitteeEdgeResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['CommitteeEdge'] = ResolversParentTypes['CommitteeEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Committee'], ParentType, ContextType>;
}>;

export type CommitteeMembershipResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['CommitteeMembership'] = ResolversParentTypes['CommitteeMembership']> = ResolversObject<{
  committee?: Resolver<ResolversTypes['Committee'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['CommitteeRole'], ParentType, ContextType>;
  since?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  until?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
}>;

export type CommitteePayloadResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['CommitteePayload'] = ResolversParentTypes['CommitteePayload']> = ResolversObject<{
  committee?: Resolver<Maybe<ResolversTypes['Committee']>, ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['FieldError']>, ParentType, ContextType>;
  ok?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type CommitteeRoleResolvers = EnumResolverSignature<{ CHAIR?: any, EXPERT?: any, MEMBER?: any, SECRETARY?: any }, ResolversTypes['CommitteeRole']>;

export type CommitteeSeatResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['CommitteeSeat'] = ResolversParentTypes['CommitteeSeat']> = ResolversObject<{
  committee?: Resolver<ResolversTypes['Committee'], ParentType, ContextType>;
  confidence?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  person?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['CommitteeRole'], ParentType, ContextType>;
  since?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  until?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
}>;

export type CompetitorLeaningResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['CompetitorLeaning'] = ResolversParentTypes['CompetitorLeaning']> = ResolversObject<{
  competitorStances?: Resolver<Array<ResolversTypes['Stance']>, ParentType, ContextType>;
  person?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
  power?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  rank?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  towardCompetitors?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  towardUs?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
}>;

export type CountryPackResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['CountryPack'] = ResolversParentTypes['CountryPack']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  healthSystem?: Resolver<ResolversTypes['HealthSystemNames'], ParentType, ContextType>;
  language?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['LocalName'], ParentType, ContextType>;
  vocabularies?: Resolver<Array<ResolversTypes['Vocabulary']>, ParentType, ContextType, Partial<CountryPackVocabulariesArgs>>;
}>;

export type DataProtectionResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['DataProtection'] = ResolversParentTypes['DataProtection']> = ResolversObject<{
  effectiveRetentionMonths?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  lawfulBasis?: Resolver<Maybe<ResolversTypes['LawfulBasis']>, ParentType, ContextType>;
  noticeMethod?: Resolver<Maybe<ResolversTypes['NoticeMethod']>, ParentType, ContextType>;
  noticeOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  retainUntil?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  retentionMonths?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
}>;

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export type DecisionGroupResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['DecisionGroup'] = ResolversParentTypes['DecisionGroup']> = ResolversObject<{
  asOf?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  coverage?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  roles?: Resolver<Array<ResolversTypes['DecisionRoleCoverage']>, ParentType, ContextType>;
  tender?: Resolver<ResolversTypes['Tender'], ParentType, ContextType>;
  uncoveredRoles?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type DecisionMemberResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['DecisionMember'] = ResolversParentTypes['DecisionMember']> = ResolversObject<{
  contact?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  owners?: Resolver<Array<ResolversTypes['User']>, ParentType, ContextType>;
  person?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
  stage?: Resolver<Maybe<ResolversTypes['RelationshipStage']>, ParentType, ContextType>;
}>;

export type DecisionRoleResolvers = EnumResolverSignature<{ BLOCKER?: any, CHAMPION?: any, DECISION_MAKER?: any, FINANCIAL_EVALUATOR?: any, GATEKEEPER?: any, INFLUENCER?: any, SPECIFICATION_AUTHOR?: any, TECHNICAL_EVALUATOR?: any, USER?: any }, ResolversTypes['DecisionRole']>;

export type DecisionRoleCoverageResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['DecisionRoleCoverage'] = ResolversParentTypes['DecisionRoleCoverage']> = ResolversObject<{
  advice?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  bestStage?: Resolver<Maybe<ResolversTypes['RelationshipStage']>, ParentType, ContextType>;
  covered?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  members?: Resolver<Array<ResolversTypes['DecisionMember']>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes['DecisionRole'], ParentType, ContextType>;
  weighs?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type DecisionRoleHeldResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['DecisionRoleHeld'] = ResolversParentTypes['DecisionRoleHeld']> = ResolversObject<{
  confidence?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes['DecisionRole'], ParentType, ContextType>;
  since?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  tender?: Resolver<ResolversTypes['Tender'], ParentType, ContextType>;
  until?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
}>;

export type DeletePayloadResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['DeletePayload'] = ResolversParentTypes['DeletePayload']> = ResolversObject<{
  errors?: Resolver<Array<ResolversTypes['FieldError']>, ParentType, ContextType>;
  id?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  ok?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type DeliveryStatusResolvers = EnumResolverSignature<{ DELIVERED?: any, FAILED?: any, PENDING?: any }, ResolversTypes['DeliveryStatus']>;

export type DevelopmentLevelResolvers = EnumResolverSignature<{ D1?: any, D2?: any, D3?: any, D4?: any }, ResolversTypes['DevelopmentLevel']>;

export type DossierResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Dossier'] = ResolversParentTypes['Dossier']> = ResolversObject<{
  birthday?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  characterType?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  communicationStyle?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  family?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hobbies?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  recordedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  values?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type DossierAccessResolvers = EnumResolverSignature<{ GRANTED?: any, NOT_OWNER?: any, ROLE_EXCLUDED?: any }, ResolversTypes['DossierAccess']>;

export type DossierPayloadResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['DossierPayload'] = ResolversParentTypes['DossierPayload']> = ResolversObject<{
  dossier?: Resolver<Maybe<ResolversTypes['Dossier']>, ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['FieldError']>, ParentType, ContextType>;
  ok?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type EndingTermResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['EndingTerm'] = ResolversParentTypes['EndingTerm']> = ResolversObject<{
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  atId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['RoleKind'], ParentType, ContextType>;
  person?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  until?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
}>;

export type EntityResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Entity'] = ResolversParentTypes['Entity']> = ResolversObject<{
  __resolveType: TypeResolveFn<'Committee' | 'Event' | 'Institution' | 'Interaction' | 'Person' | 'Plan' | 'Product' | 'Program' | 'Publication' | 'Talk' | 'Tender' | 'Territory' | 'TherapeuticArea' | 'Trial' | 'User', ParentType, ContextType>;
}>;

export type ErasedPartResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['ErasedPart'] = ResolversParentTypes['ErasedPart']> = ResolversObject<{
  items?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  module?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ErasurePayloadResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['ErasurePayload'] = ResolversParentTypes['ErasurePayload']> = ResolversObject<{
  dossiersRemoved?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  erased?: Resolver<Array<ResolversTypes['ErasedPart']>, ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['FieldError']>, ParentType, ContextType>;
  notesRemoved?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  ok?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  person?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
}>;

export type EventResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Event'] = ResolversParentTypes['Event']> = ResolversObject<{
  attendees?: Resolver<Array<ResolversTypes['Person']>, ParentType, ContextType>;
  city?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  date?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<Maybe<ResolversTypes['EventKind']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  speakers?: Resolver<Array<ResolversTypes['Talk']>, ParentType, ContextType>;
  territories?: Resolver<Array<ResolversTypes['Territory']>, ParentType, ContextType>;
  therapeuticAreas?: Resolver<Array<ResolversTypes['TherapeuticArea']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type EventConnectionResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['EventConnection'] = ResolversParentTypes['EventConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['EventEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Event']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type EventEdgeResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['EventEdge'] = ResolversParentTypes['EventEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Event'], ParentType, ContextType>;
}>;

export type EventKindResolvers = EnumResolverSignature<{ CONFERENCE?: any, CONGRESS?: any, ROUND_TABLE?: any, WEBINAR?: any }, ResolversTypes['EventKind']>;

export type FieldErrorResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['FieldError'] = ResolversParentTypes['FieldError']> = ResolversObject<{
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type FollowUpResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['FollowUp'] = ResolversParentTypes['FollowUp']> = ResolversObject<{
  advice?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  due?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  overdue?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  proposal?: Resolver<ResolversTypes['Interaction'], ParentType, ContextType>;
}>;

export type FollowUpStatusResolvers = EnumResolverSignature<{ CONFIRMED?: any, DONE?: any, DUE?: any, NONE?: any, OVERDUE?: any }, ResolversTypes['FollowUpStatus']>;

export type GraphEdgeResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['GraphEdge'] = ResolversParentTypes['GraphEdge']> = ResolversObject<{
  basis?: Resolver<Maybe<ResolversTypes['InfluenceBasis']>, ParentType, ContextType>;
  confidence?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  domain?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  provenance?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  since?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  strength?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  target?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['TieType'], ParentType, ContextType>;
  until?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
}>;

export type GraphNodeResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['GraphNode'] = ResolversParentTypes['GraphNode']> = ResolversObject<{
  coalition?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  competitor?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  label?: Resolver<ResolversTypes['NodeLabel'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  optedOut?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  ours?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  ownerId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  power?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  rank?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  stage?: Resolver<Maybe<ResolversTypes['RelationshipStage']>, ParentType, ContextType>;
  stance?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
}>;

export type GraphViewResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['GraphView'] = ResolversParentTypes['GraphView']> = ResolversObject<{
  asOf?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  coalitions?: Resolver<Array<ResolversTypes['Coalition']>, ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['GraphEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['GraphNode']>, ParentType, ContextType>;
  peopleInScope?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  truncated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type HealthSystemNamesResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['HealthSystemNames'] = ResolversParentTypes['HealthSystemNames']> = ResolversObject<{
  htaBody?: Resolver<ResolversTypes['LocalName'], ParentType, ContextType>;
  medicinesAgency?: Resolver<ResolversTypes['LocalName'], ParentType, ContextType>;
  nationalHealthService?: Resolver<ResolversTypes['LocalName'], ParentType, ContextType>;
  procurementLaw?: Resolver<ResolversTypes['LocalName'], ParentType, ContextType>;
  region?: Resolver<ResolversTypes['LocalName'], ParentType, ContextType>;
}>;

export type InboxResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Inbox'] = ResolversParentTypes['Inbox']> = ResolversObject<{
  changes?: Resolver<ResolversTypes['ChangeConnection'], ParentType, ContextType, RequireFields<InboxChangesArgs, 'first' | 'orderBy'>>;
  countsByKind?: Resolver<Array<ResolversTypes['ChangeKindCount']>, ParentType, ContextType>;
  countsByWatch?: Resolver<Array<ResolversTypes['WatchCount']>, ParentType, ContextType>;
  rankingPending?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  readOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  since?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  unreadCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  until?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
}>;

export type InboxPayloadResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['InboxPayload'] = ResolversParentTypes['InboxPayload']> = ResolversObject<{
  errors?: Resolver<Array<ResolversTypes['FieldError']>, ParentType, ContextType>;
  inbox?: Resolver<Maybe<ResolversTypes['Inbox']>, ParentType, ContextType>;
  ok?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type InfluenceBasisResolvers = EnumResolverSignature<{ COMMERCIAL?: any, HIERARCHY?: any, MENTORSHIP?: any, PERSONAL?: any, SCIENCE?: any }, ResolversTypes['InfluenceBasis']>;

export type InfluenceTieResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['InfluenceTie'] = ResolversParentTypes['InfluenceTie']> = ResolversObject<{
  basis?: Resolver<Maybe<ResolversTypes['InfluenceBasis']>, ParentType, ContextType>;
  confidence?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  domain?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  domainName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
  since?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  strength?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
  until?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
}>;

export type InstitutionResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Institution'] = ResolversParentTypes['Institution']> = ResolversObject<{
  city?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  committees?: Resolver<Array<ResolversTypes['Committee']>, ParentType, ContextType>;
  competitor?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  keyAccount?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  kind?: Resolver<Maybe<ResolversTypes['InstitutionKind']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ours?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  parent?: Resolver<Maybe<ResolversTypes['Institution']>, ParentType, ContextType>;
  parts?: Resolver<Array<ResolversTypes['Institution']>, ParentType, ContextType>;
  people?: Resolver<Array<ResolversTypes['StaffMember']>, ParentType, ContextType, Partial<InstitutionPeopleArgs>>;
  products?: Resolver<Array<ResolversTypes['Product']>, ParentType, ContextType>;
  tendersIssued?: Resolver<Array<ResolversTypes['Tender']>, ParentType, ContextType>;
  territories?: Resolver<Array<ResolversTypes['Territory']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type InstitutionConnectionResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['InstitutionConnection'] = ResolversParentTypes['InstitutionConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['InstitutionEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Institution']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type InstitutionEdgeResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['InstitutionEdge'] = ResolversParentTypes['InstitutionEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Institution'], ParentType, ContextType>;
}>;

export type InstitutionKindResolvers = EnumResolverSignature<{ CENTRAL_PURCHASING_BODY?: any, CLINIC?: any, COMPANY?: any, DEPARTMENT?: any, DISTRIBUTOR?: any, HEALTH_AUTHORITY?: any, HOSPITAL?: any, HTA_BODY?: any, INSURANCE_FUND?: any, LOCAL_HEALTH_UNIT?: any, MEDICINES_AGENCY?: any, MUNICIPAL_HEALTH_SECRETARIAT?: any, PHARMACY?: any, PHARMACY_CHAIN?: any, REGIONAL_ADMINISTRATION?: any, SOCIETY?: any, STATE_HEALTH_SECRETARIAT?: any, STATE_WAREHOUSE?: any, UNIVERSITY?: any }, ResolversTypes['InstitutionKind']>;

export type InstitutionPayloadResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['InstitutionPayload'] = ResolversParentTypes['InstitutionPayload']> = ResolversObject<{
  errors?: Resolver<Array<ResolversTypes['FieldError']>, ParentType, ContextType>;
  institution?: Resolver<Maybe<ResolversTypes['Institution']>, ParentType, ContextType>;
  ok?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type InteractionResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Interaction'] = ResolversParentTypes['Interaction']> = ResolversObject<{
  confirmedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  date?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  followUpDue?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  followUpStatus?: Resolver<ResolversTypes['FollowUpStatus'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<Maybe<ResolversTypes['InteractionKind']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nextContactOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  notes?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  outcome?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  participants?: Resolver<Array<ResolversTypes['Person']>, ParentType, ContextType>;
  users?: Resolver<Array<ResolversTypes['User']>, ParentType, ContextType>;
  validUntil?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type InteractionKindResolvers = EnumResolverSignature<{ CALL?: any, EMAIL?: any, EVENT?: any, INFORMAL_MEETING?: any, PROPOSAL?: any, VISIT?: any }, ResolversTypes['InteractionKind']>;

export type InteractionPayloadResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['InteractionPayload'] = ResolversParentTypes['InteractionPayload']> = ResolversObject<{
  errors?: Resolver<Array<ResolversTypes['FieldError']>, ParentType, ContextType>;
  interaction?: Resolver<Maybe<ResolversTypes['Interaction']>, ParentType, ContextType>;
  ok?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type IntroductionPathResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['IntroductionPath'] = ResolversParentTypes['IntroductionPath']> = ResolversObject<{
  introducer?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  people?: Resolver<Array<ResolversTypes['Person']>, ParentType, ContextType>;
  strength?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  tieTypes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  viaUser?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
}>;

export type InvestigatorRoleResolvers = EnumResolverSignature<{ PRINCIPAL_INVESTIGATOR?: any, STUDY_CHAIR?: any, STUDY_DIRECTOR?: any, SUB_INVESTIGATOR?: any }, ResolversTypes['InvestigatorRole']>;

export type InvestigatorshipResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Investigatorship'] = ResolversParentTypes['Investigatorship']> = ResolversObject<{
  city?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  matchScore?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  overall?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  person?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes['InvestigatorRole'], ParentType, ContextType>;
  site?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type KeyAccountHealthResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['KeyAccountHealth'] = ResolversParentTypes['KeyAccountHealth']> = ResolversObject<{
  accounts?: Resolver<Array<ResolversTypes['AccountStanding']>, ParentType, ContextType>;
  explanation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  keyAccountRevenueShare?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  keyAccountStatus?: Resolver<ResolversTypes['KeyAccountStatus'], ParentType, ContextType>;
  largestAccount?: Resolver<Maybe<ResolversTypes['AccountStanding']>, ParentType, ContextType>;
  largestAccountShare?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  monoDependenceAbove?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  monoDependent?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  normalShareMax?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  normalShareMin?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  period?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  top20ProfitShare?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  top20RevenueShare?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  totalProfit?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  totalRevenue?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type KeyAccountStatusResolvers = EnumResolverSignature<{ BELOW_NORMAL?: any, HIGH?: any, MONO_DEPENDENT?: any, NORMAL?: any }, ResolversTypes['KeyAccountStatus']>;

export type KeyClientCriterionResolvers = EnumResolverSignature<{ INFLUENCE?: any, OPPORTUNITIES?: any, PROFITABILITY?: any, TRUST?: any }, ResolversTypes['KeyClientCriterion']>;

export type KeyPersonStandingResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['KeyPersonStanding'] = ResolversParentTypes['KeyPersonStanding']> = ResolversObject<{
  criteriaMet?: Resolver<Array<ResolversTypes['KeyClientCriterion']>, ParentType, ContextType>;
  keyClient?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  leadership?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  opportunities?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  person?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
  profitability?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  rank?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  trust?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type LawfulBasisResolvers = EnumResolverSignature<{ CONSENT?: any, LEGITIMATE_INTEREST?: any }, ResolversTypes['LawfulBasis']>;

export type LocalNameResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['LocalName'] = ResolversParentTypes['LocalName']> = ResolversObject<{
  en?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType, Partial<LocalNameLabelArgs>>;
  local?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type LocaleResolvers = EnumResolverSignature<{ EN?: any, PT_BR?: any, PT_PT?: any }, ResolversTypes['Locale']>;

export type ManagerStyleResolvers = EnumResolverSignature<{ COACHING?: any, DELEGATING?: any, DIRECTING?: any, SUPPORTING?: any }, ResolversTypes['ManagerStyle']>;

export type MatchCandidateResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['MatchCandidate'] = ResolversParentTypes['MatchCandidate']> = ResolversObject<{
  nameScore?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  person?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
  placeScore?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type MessageParamResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['MessageParam'] = ResolversParentTypes['MessageParam']> = ResolversObject<{
  entityId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  acceptTieSuggestion?: Resolver<ResolversTypes['TiePayload'], ParentType, ContextType, RequireFields<MutationAcceptTieSuggestionArgs, 'id'>>;
  addPlanStep?: Resolver<ResolversTypes['PlanPayload'], ParentType, ContextType, RequireFields<MutationAddPlanStepArgs, 'input' | 'planId'>>;
  confirmProposal?: Resolver<ResolversTypes['InteractionPayload'], ParentType, ContextType, RequireFields<MutationConfirmProposalArgs, 'interactionId'>>;
  createPersonFromUnmatched?: Resolver<ResolversTypes['UnmatchedPersonPayload'], ParentType, ContextType, RequireFields<MutationCreatePersonFromUnmatchedArgs, 'id' | 'input'>>;
  createPlan?: Resolver<ResolversTypes['PlanPayload'], ParentType, ContextType, RequireFields<MutationCreatePlanArgs, 'input'>>;
  createWebhook?: Resolver<ResolversTypes['WebhookPayload'], ParentType, ContextType, RequireFields<MutationCreateWebhookArgs, 'input'>>;
  deleteNode?: Resolver<ResolversTypes['DeletePayload'], ParentType, ContextType, RequireFields<MutationDeleteNodeArgs, 'id'>>;
  deleteWebhook?: Resolver<ResolversTypes['WebhookPayload'], ParentType, ContextType, RequireFields<MutationDeleteWebhookArgs, 'id'>>;
  erasePersonalData?: Resolver<ResolversTypes['ErasurePayload'], ParentType, ContextType, RequireFields<MutationErasePersonalDataArgs, 'personId' | 'reason'>>;
  ignoreUnmatchedPerson?: Resolver<ResolversTypes['UnmatchedPersonPayload'], ParentType, ContextType, RequireFields<MutationIgnoreUnmatchedPersonArgs, 'id'>>;
  logInteraction?: Resolver<ResolversTypes['InteractionPayload'], ParentType, ContextType, RequireFields<MutationLogInteractionArgs, 'input'>>;
  markInboxRead?: Resolver<ResolversTypes['InboxPayload'], ParentType, ContextType>;
  mergeUnmatchedPerson?: Resolver<ResolversTypes['UnmatchedPersonPayload'], ParentType, ContextType, RequireFields<MutationMergeUnmatchedPersonArgs, 'id' | 'personId'>>;
  recordTenderOutcome?: Resolver<ResolversTypes['TenderPayload'], ParentType, ContextType, RequireFields<MutationRecordTenderOutcomeArgs, 'tenderId' | 'winnerId'>>;
  rejectTieSuggestion?: Resolver<ResolversTypes['DeletePayload'], ParentType, ContextType, RequireFields<MutationRejectTieSuggestionArgs, 'id'>>;
  removeTie?: Resolver<ResolversTypes['DeletePayload'], ParentType, ContextType, RequireFields<MutationRemoveTieArgs, 'from' | 'to' | 'type'>>;
  reviewPlan?: Resolver<ResolversTypes['PlanPayload'], ParentType, ContextType, RequireFields<MutationReviewPlanArgs, 'id' | 'note'>>;
  setConsent?: Resolver<ResolversTypes['PersonPayload'], ParentType, ContextType, RequireFields<MutationSetConsentArgs, 'personId'>>;
  setDataProtection?: Resolver<ResolversTypes['PersonPayload'], ParentType, ContextType, RequireFields<MutationSetDataProtectionArgs, 'input' | 'personId'>>;
  setPreferredLocale?: Resolver<ResolversTypes['PreferredLocalePayload'], ParentType, ContextType, Partial<MutationSetPreferredLocaleArgs>>;
  setStage?: Resolver<ResolversTypes['TiePayload'], ParentType, ContextType, RequireFields<MutationSetStageArgs, 'personId' | 'stage' | 'userId'>>;
  setStance?: Resolver<ResolversTypes['TiePayload'], ParentType, ContextType, RequireFields<MutationSetStanceArgs, 'personId' | 'towardId' | 'value'>>;
  setTie?: Resolver<ResolversTypes['TiePayload'], ParentType, ContextType, RequireFields<MutationSetTieArgs, 'input'>>;
  setUserRole?: Resolver<ResolversTypes['UserPayload'], ParentType, ContextType, RequireFields<MutationSetUserRoleArgs, 'role' | 'userId'>>;
  unwatch?: Resolver<ResolversTypes['WatchPayload'], ParentType, ContextType, RequireFields<MutationUnwatchArgs, 'id'>>;
  updateDossier?: Resolver<ResolversTypes['DossierPayload'], ParentType, ContextType, RequireFields<MutationUpdateDossierArgs, 'input' | 'personId'>>;
  updatePlan?: Resolver<ResolversTypes['PlanPayload'], ParentType, ContextType, RequireFields<MutationUpdatePlanArgs, 'id' | 'input'>>;
  updatePlanStep?: Resolver<ResolversTypes['PlanPayload'], ParentType, ContextType, RequireFields<MutationUpdatePlanStepArgs, 'status' | 'stepId'>>;
  upsertCommittee?: Resolver<ResolversTypes['CommitteePayload'], ParentType, ContextType, RequireFields<MutationUpsertCommitteeArgs, 'input'>>;
  upsertInstitution?: Resolver<ResolversTypes['InstitutionPayload'], ParentType, ContextType, RequireFields<MutationUpsertInstitutionArgs, 'input'>>;
  upsertPerson?: Resolver<ResolversTypes['PersonPayload'], ParentType, ContextType, RequireFields<MutationUpsertPersonArgs, 'input'>>;
  upsertTender?: Resolver<ResolversTypes['TenderPayload'], ParentType, ContextType, RequireFields<MutationUpsertTenderArgs, 'input'>>;
  watch?: Resolver<ResolversTypes['WatchPayload'], ParentType, ContextType, RequireFields<MutationWatchArgs, 'id'>>;
}>;

export type MutualContactResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['MutualContact'] = ResolversParentTypes['MutualContact']> = ResolversObject<{
  contact?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
  stage?: Resolver<Maybe<ResolversTypes['RelationshipStage']>, ParentType, ContextType>;
  strength?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  user?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
}>;

export type NodeLabelResolvers = EnumResolverSignature<{ Committee?: any, Event?: any, Institution?: any, Interaction?: any, Person?: any, Plan?: any, PlanStep?: any, Product?: any, Program?: any, Publication?: any, Sales?: any, Talk?: any, Tender?: any, Territory?: any, TherapeuticArea?: any, Trial?: any, User?: any }, ResolversTypes['NodeLabel']>;

export type NoticeMethodResolvers = EnumResolverSignature<{ EMAIL?: any, IN_PERSON?: any, LETTER?: any, PHONE?: any }, ResolversTypes['NoticeMethod']>;

export type PageInfoResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type PeopleOrderResolvers = EnumResolverSignature<{ NAME?: any, POWER?: any }, ResolversTypes['PeopleOrder']>;

export type PersonResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Person'] = ResolversParentTypes['Person']> = ResolversObject<{
  anonymised?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  category?: Resolver<Maybe<ResolversTypes['PersonCategory']>, ParentType, ContextType>;
  committees?: Resolver<Array<ResolversTypes['CommitteeMembership']>, ParentType, ContextType>;
  consent?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  dataProtection?: Resolver<ResolversTypes['DataProtection'], ParentType, ContextType>;
  decisionRoles?: Resolver<Array<ResolversTypes['DecisionRoleHeld']>, ParentType, ContextType, Partial<PersonDecisionRolesArgs>>;
  dossier?: Resolver<Maybe<ResolversTypes['Dossier']>, ParentType, ContextType>;
  dossierAccess?: Resolver<ResolversTypes['DossierAccess'], ParentType, ContextType>;
  eventsAttended?: Resolver<Array<ResolversTypes['Event']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Work']>, ParentType, ContextType, RequireFields<PersonEvidenceArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  influencedBy?: Resolver<Array<ResolversTypes['InfluenceTie']>, ParentType, ContextType, Partial<PersonInfluencedByArgs>>;
  influences?: Resolver<Array<ResolversTypes['InfluenceTie']>, ParentType, ContextType, Partial<PersonInfluencesArgs>>;
  interactions?: Resolver<Array<ResolversTypes['Interaction']>, ParentType, ContextType, RequireFields<PersonInteractionsArgs, 'first'>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  optedOut?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  orcid?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  ourStage?: Resolver<Maybe<ResolversTypes['RelationshipStage']>, ParentType, ContextType>;
  owner?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  plans?: Resolver<Array<ResolversTypes['Plan']>, ParentType, ContextType>;
  positions?: Resolver<Array<ResolversTypes['Position']>, ParentType, ContextType>;
  relationships?: Resolver<Array<ResolversTypes['Relationship']>, ParentType, ContextType>;
  scientificStanding?: Resolver<ResolversTypes['ScientificStanding'], ParentType, ContextType, Partial<PersonScientificStandingArgs>>;
  specialty?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  stageHistory?: Resolver<Array<ResolversTypes['StagePeriod']>, ParentType, ContextType>;
  stanceHistory?: Resolver<Array<ResolversTypes['StanceRecord']>, ParentType, ContextType>;
  stanceTowardUs?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  stances?: Resolver<Array<ResolversTypes['Stance']>, ParentType, ContextType>;
  talks?: Resolver<Array<ResolversTypes['Talk']>, ParentType, ContextType>;
  territories?: Resolver<Array<ResolversTypes['Territory']>, ParentType, ContextType>;
  ties?: Resolver<Array<ResolversTypes['PersonTie']>, ParentType, ContextType, RequireFields<PersonTiesArgs, 'direction' | 'minStrength'>>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type PersonCategoryResolvers = EnumResolverSignature<{ BUYER?: any, COMPETITOR_STAFF?: any, DISTRIBUTOR_MANAGER?: any, DOCTOR?: any, KOL?: any, OFFICIAL?: any, PHARMACIST?: any, STAFF?: any, VIP?: any }, ResolversTypes['PersonCategory']>;

export type PersonConnectionResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['PersonConnection'] = ResolversParentTypes['PersonConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['PersonEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Person']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type PersonEdgeResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['PersonEdge'] = ResolversParentTypes['PersonEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
}>;

export type PersonPayloadResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['PersonPayload'] = ResolversParentTypes['PersonPayload']> = ResolversObject<{
  errors?: Resolver<Array<ResolversTypes['FieldError']>, ParentType, ContextType>;
  ok?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  person?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
}>;

export type PersonTieResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['PersonTie'] = ResolversParentTypes['PersonTie']> = ResolversObject<{
  direction?: Resolver<ResolversTypes['TieDirection'], ParentType, ContextType>;
  other?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  tie?: Resolver<ResolversTypes['Tie'], ParentType, ContextType>;
}>;

export type PlanResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Plan'] = ResolversParentTypes['Plan']> = ResolversObject<{
  budget?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  budgetPurpose?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  currentStage?: Resolver<Maybe<ResolversTypes['RelationshipStage']>, ParentType, ContextType>;
  developmentLevel?: Resolver<ResolversTypes['DevelopmentLevel'], ParentType, ContextType>;
  flags?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  goals?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastInteractionOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  managerStyle?: Resolver<ResolversTypes['ManagerStyle'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  overdue?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  owner?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  person?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
  progress?: Resolver<ResolversTypes['PlanProgress'], ParentType, ContextType>;
  reviewNotes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  reviewOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  stageHistory?: Resolver<Array<ResolversTypes['StagePeriod']>, ParentType, ContextType>;
  startStage?: Resolver<Maybe<ResolversTypes['RelationshipStage']>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['PlanStatus']>, ParentType, ContextType>;
  steps?: Resolver<Array<ResolversTypes['PlanStep']>, ParentType, ContextType>;
  styleMeaning?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  targetOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  targetStage?: Resolver<Maybe<ResolversTypes['RelationshipStage']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type PlanPayloadResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['PlanPayload'] = ResolversParentTypes['PlanPayload']> = ResolversObject<{
  errors?: Resolver<Array<ResolversTypes['FieldError']>, ParentType, ContextType>;
  ok?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  plan?: Resolver<Maybe<ResolversTypes['Plan']>, ParentType, ContextType>;
}>;

export type PlanProgressResolvers = EnumResolverSignature<{ ACHIEVED?: any, BEHIND?: any, CLOSED?: any, NEEDS_ATTENTION?: any, ON_TRACK?: any }, ResolversTypes['PlanProgress']>;

export type PlanStatusResolvers = EnumResolverSignature<{ ACHIEVED?: any, ACTIVE?: any, CLOSED?: any }, ResolversTypes['PlanStatus']>;

export type PlanStepResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['PlanStep'] = ResolversParentTypes['PlanStep']> = ResolversObject<{
  aboutId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  aboutLabel?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  aboutName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  doneOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  due?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<Maybe<ResolversTypes['StepKind']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  overdue?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['StepStatus'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type PositionResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Position'] = ResolversParentTypes['Position']> = ResolversObject<{
  head?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  institution?: Resolver<ResolversTypes['Institution'], ParentType, ContextType>;
  since?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  until?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
}>;

export type PowerFactorResolvers = EnumResolverSignature<{ BROKERAGE?: any, FORMAL?: any, INFLUENCE?: any, STANDING?: any }, ResolversTypes['PowerFactor']>;

export type PowerScoreResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['PowerScore'] = ResolversParentTypes['PowerScore']> = ResolversObject<{
  explanation?: Resolver<Array<ResolversTypes['ScoreFactor']>, ParentType, ContextType>;
  person?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
  rank?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type PreferredLocalePayloadResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['PreferredLocalePayload'] = ResolversParentTypes['PreferredLocalePayload']> = ResolversObject<{
  errors?: Resolver<Array<ResolversTypes['FieldError']>, ParentType, ContextType>;
  ok?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  viewer?: Resolver<Maybe<ResolversTypes['Viewer']>, ParentType, ContextType>;
}>;

export type ProductResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Product'] = ResolversParentTypes['Product']> = ResolversObject<{
  form?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  inn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  maker?: Resolver<Maybe<ResolversTypes['Institution']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ours?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  programs?: Resolver<Array<ResolversTypes['Program']>, ParentType, ContextType, Partial<ProductProgramsArgs>>;
  sku?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  tenderLots?: Resolver<Array<ResolversTypes['TenderLot']>, ParentType, ContextType>;
  therapeuticAreas?: Resolver<Array<ResolversTypes['TherapeuticArea']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ProductConnectionResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['ProductConnection'] = ResolversParentTypes['ProductConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ProductEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Product']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ProductEdgeResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['ProductEdge'] = ResolversParentTypes['ProductEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Product'], ParentType, ContextType>;
}>;

export type ProgramResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Program'] = ResolversParentTypes['Program']> = ResolversObject<{
  drafters?: Resolver<Array<ResolversTypes['Person']>, ParentType, ContextType, Partial<ProgramDraftersArgs>>;
  draftingCommittees?: Resolver<Array<ResolversTypes['Committee']>, ParentType, ContextType, Partial<ProgramDraftingCommitteesArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<Maybe<ResolversTypes['ProgramKind']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  products?: Resolver<Array<ResolversTypes['Product']>, ParentType, ContextType, Partial<ProgramProductsArgs>>;
  territories?: Resolver<Array<ResolversTypes['Territory']>, ParentType, ContextType>;
  therapeuticAreas?: Resolver<Array<ResolversTypes['TherapeuticArea']>, ParentType, ContextType>;
  year?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ProgramConnectionResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['ProgramConnection'] = ResolversParentTypes['ProgramConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ProgramEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Program']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ProgramEdgeResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['ProgramEdge'] = ResolversParentTypes['ProgramEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Program'], ParentType, ContextType>;
}>;

export type ProgramKindResolvers = EnumResolverSignature<{ FEDERAL_SUPPLY?: any, NATIONAL_FORMULARY?: any, NATIONAL_PROGRAMME?: any, NATIONAL_REIMBURSEMENT?: any, REGIONAL_BENEFIT?: any, REGIONAL_TARGET?: any, SPECIALISED_COMPONENT?: any }, ResolversTypes['ProgramKind']>;

export type PublicationResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Publication'] = ResolversParentTypes['Publication']> = ResolversObject<{
  authorCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  authors?: Resolver<Array<ResolversTypes['Authorship']>, ParentType, ContextType>;
  collectiveAuthors?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  date?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  doi?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  journal?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  meshTerms?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  pmid?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  therapeuticAreas?: Resolver<Array<ResolversTypes['TherapeuticArea']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  agenda?: Resolver<Array<ResolversTypes['AgendaItem']>, ParentType, ContextType, RequireFields<QueryAgendaArgs, 'from' | 'to' | 'userId'>>;
  auditLog?: Resolver<Array<ResolversTypes['AuditEntry']>, ParentType, ContextType, RequireFields<QueryAuditLogArgs, 'first'>>;
  balanceOfPower?: Resolver<ResolversTypes['BalanceOfPower'], ParentType, ContextType, RequireFields<QueryBalanceOfPowerArgs, 'first' | 'scope'>>;
  briefing?: Resolver<ResolversTypes['Briefing'], ParentType, ContextType, RequireFields<QueryBriefingArgs, 'personId'>>;
  changes?: Resolver<ResolversTypes['ChangeConnection'], ParentType, ContextType, RequireFields<QueryChangesArgs, 'first' | 'orderBy' | 'scope' | 'since'>>;
  committee?: Resolver<Maybe<ResolversTypes['Committee']>, ParentType, ContextType, RequireFields<QueryCommitteeArgs, 'id'>>;
  committees?: Resolver<ResolversTypes['CommitteeConnection'], ParentType, ContextType, RequireFields<QueryCommitteesArgs, 'first'>>;
  competitorActivity?: Resolver<Array<ResolversTypes['CompetitorLeaning']>, ParentType, ContextType, RequireFields<QueryCompetitorActivityArgs, 'first' | 'scope'>>;
  countryPack?: Resolver<ResolversTypes['CountryPack'], ParentType, ContextType>;
  decisionGroup?: Resolver<ResolversTypes['DecisionGroup'], ParentType, ContextType, RequireFields<QueryDecisionGroupArgs, 'tenderId'>>;
  event?: Resolver<Maybe<ResolversTypes['Event']>, ParentType, ContextType, RequireFields<QueryEventArgs, 'id'>>;
  events?: Resolver<ResolversTypes['EventConnection'], ParentType, ContextType, RequireFields<QueryEventsArgs, 'first'>>;
  followUps?: Resolver<Array<ResolversTypes['FollowUp']>, ParentType, ContextType, RequireFields<QueryFollowUpsArgs, 'includeDone'>>;
  graphVersion?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  graphView?: Resolver<ResolversTypes['GraphView'], ParentType, ContextType, RequireFields<QueryGraphViewArgs, 'limit' | 'minStrength' | 'scope'>>;
  institution?: Resolver<Maybe<ResolversTypes['Institution']>, ParentType, ContextType, RequireFields<QueryInstitutionArgs, 'id'>>;
  institutions?: Resolver<ResolversTypes['InstitutionConnection'], ParentType, ContextType, RequireFields<QueryInstitutionsArgs, 'first'>>;
  introductionPaths?: Resolver<Array<ResolversTypes['IntroductionPath']>, ParentType, ContextType, RequireFields<QueryIntroductionPathsArgs, 'first' | 'fromId' | 'maxHops' | 'toId'>>;
  keyAccountHealth?: Resolver<ResolversTypes['KeyAccountHealth'], ParentType, ContextType, RequireFields<QueryKeyAccountHealthArgs, 'scope'>>;
  keyPeople?: Resolver<Array<ResolversTypes['KeyPersonStanding']>, ParentType, ContextType, RequireFields<QueryKeyPeopleArgs, 'first' | 'scope'>>;
  me?: Resolver<ResolversTypes['Viewer'], ParentType, ContextType>;
  nextBestRelationships?: Resolver<Array<ResolversTypes['Recommendation']>, ParentType, ContextType, RequireFields<QueryNextBestRelationshipsArgs, 'first' | 'scope'>>;
  node?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType, RequireFields<QueryNodeArgs, 'id'>>;
  people?: Resolver<ResolversTypes['PersonConnection'], ParentType, ContextType, RequireFields<QueryPeopleArgs, 'first' | 'orderBy'>>;
  person?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType, RequireFields<QueryPersonArgs, 'id'>>;
  personDataExport?: Resolver<ResolversTypes['String'], ParentType, ContextType, RequireFields<QueryPersonDataExportArgs, 'personId'>>;
  plan?: Resolver<Maybe<ResolversTypes['Plan']>, ParentType, ContextType, RequireFields<QueryPlanArgs, 'id'>>;
  plans?: Resolver<Array<ResolversTypes['Plan']>, ParentType, ContextType, Partial<QueryPlansArgs>>;
  powerScore?: Resolver<Maybe<ResolversTypes['PowerScore']>, ParentType, ContextType, RequireFields<QueryPowerScoreArgs, 'personId' | 'scope'>>;
  product?: Resolver<Maybe<ResolversTypes['Product']>, ParentType, ContextType, RequireFields<QueryProductArgs, 'id'>>;
  products?: Resolver<ResolversTypes['ProductConnection'], ParentType, ContextType, RequireFields<QueryProductsArgs, 'first'>>;
  program?: Resolver<Maybe<ResolversTypes['Program']>, ParentType, ContextType, RequireFields<QueryProgramArgs, 'id'>>;
  programs?: Resolver<ResolversTypes['ProgramConnection'], ParentType, ContextType, RequireFields<QueryProgramsArgs, 'first'>>;
  specShapers?: Resolver<Array<ResolversTypes['SpecShaper']>, ParentType, ContextType, RequireFields<QuerySpecShapersArgs, 'first' | 'maxHops' | 'tenderId'>>;
  tender?: Resolver<Maybe<ResolversTypes['Tender']>, ParentType, ContextType, RequireFields<QueryTenderArgs, 'id'>>;
  tenders?: Resolver<Array<ResolversTypes['Tender']>, ParentType, ContextType, RequireFields<QueryTendersArgs, 'first'>>;
  territories?: Resolver<Array<ResolversTypes['Territory']>, ParentType, ContextType>;
  territory?: Resolver<Maybe<ResolversTypes['Territory']>, ParentType, ContextType, RequireFields<QueryTerritoryArgs, 'id'>>;
  therapeuticAreas?: Resolver<Array<ResolversTypes['TherapeuticArea']>, ParentType, ContextType>;
  tieSuggestion?: Resolver<Maybe<ResolversTypes['TieSuggestion']>, ParentType, ContextType, RequireFields<QueryTieSuggestionArgs, 'id'>>;
  tieSuggestions?: Resolver<ResolversTypes['TieSuggestionConnection'], ParentType, ContextType, RequireFields<QueryTieSuggestionsArgs, 'first' | 'status' | 'withinScope'>>;
  unmatchedPeople?: Resolver<ResolversTypes['UnmatchedPersonConnection'], ParentType, ContextType, RequireFields<QueryUnmatchedPeopleArgs, 'first' | 'status'>>;
  users?: Resolver<ResolversTypes['UserConnection'], ParentType, ContextType, RequireFields<QueryUsersArgs, 'first'>>;
  webhook?: Resolver<Maybe<ResolversTypes['Webhook']>, ParentType, ContextType, RequireFields<QueryWebhookArgs, 'id'>>;
  webhooks?: Resolver<Array<ResolversTypes['Webhook']>, ParentType, ContextType>;
  work?: Resolver<Maybe<ResolversTypes['Work']>, ParentType, ContextType, RequireFields<QueryWorkArgs, 'id'>>;
}>;

export type RankMoveResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['RankMove'] = ResolversParentTypes['RankMove']> = ResolversObject<{
  person?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  personId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  rankAfter?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  rankBefore?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  scoreAfter?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  scoreBefore?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  weight?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type RecommendationResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Recommendation'] = ResolversParentTypes['Recommendation']> = ResolversObject<{
  introducer?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  ourStage?: Resolver<Maybe<ResolversTypes['RelationshipStage']>, ParentType, ContextType>;
  pathStrength?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  person?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
  power?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  roles?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  viaUser?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
}>;

export type RelationshipResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Relationship'] = ResolversParentTypes['Relationship']> = ResolversObject<{
  criteria?: Resolver<Array<ResolversTypes['StageCriterionMet']>, ParentType, ContextType>;
  missingCriteria?: Resolver<Array<ResolversTypes['StageCriterion']>, ParentType, ContextType>;
  owns?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  since?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  stage?: Resolver<Maybe<ResolversTypes['RelationshipStage']>, ParentType, ContextType>;
  user?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
}>;

export type RelationshipStageResolvers = EnumResolverSignature<{ ACQUAINTANCE?: any, CONTACT?: any, LOYALTY?: any, NEAR_FRIENDLY?: any }, ResolversTypes['RelationshipStage']>;

export type RoleKindResolvers = EnumResolverSignature<{ COMMITTEE?: any, DECISION_GROUP?: any, POSITION?: any }, ResolversTypes['RoleKind']>;

export type ScientificStandingResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['ScientificStanding'] = ResolversParentTypes['ScientificStanding']> = ResolversObject<{
  evidence?: Resolver<Array<ResolversTypes['StandingEvidence']>, ParentType, ContextType>;
  level?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  publications?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  raw?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  seniorPublications?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  talks?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  trialSites?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  trialsLed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ScoreEvidenceResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['ScoreEvidence'] = ResolversParentTypes['ScoreEvidence']> = ResolversObject<{
  confidence?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ids?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type ScoreFactorResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['ScoreFactor'] = ResolversParentTypes['ScoreFactor']> = ResolversObject<{
  contribution?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['ScoreEvidence']>, ParentType, ContextType>;
  factor?: Resolver<ResolversTypes['PowerFactor'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  weight?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type SpeakerRoleResolvers = EnumResolverSignature<{ CHAIR?: any, MODERATOR?: any, PANELIST?: any, SPEAKER?: any }, ResolversTypes['SpeakerRole']>;

export type SpecShaperResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['SpecShaper'] = ResolversParentTypes['SpecShaper']> = ResolversObject<{
  drafter?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
  drafterRole?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  hops?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  ourContact?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  ourStage?: Resolver<Maybe<ResolversTypes['RelationshipStage']>, ParentType, ContextType>;
  path?: Resolver<Array<ResolversTypes['Person']>, ParentType, ContextType>;
  pathStrength?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  person?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  stance?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
}>;

export type StaffMemberResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['StaffMember'] = ResolversParentTypes['StaffMember']> = ResolversObject<{
  confidence?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  head?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  person?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
  position?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  since?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  until?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
}>;

export type StageCriterionResolvers = EnumResolverSignature<{ KAM_KNOWS_THEM?: any, KNOWS_KAM_AND_COMPANY?: any, KNOWS_OUR_MEDICINES?: any, LETS_KAM_ASK_FOR_HELP?: any, SHARES_INFORMATION?: any, SPEAKS_WITH_RESPECT?: any, TALKS_WILLINGLY?: any }, ResolversTypes['StageCriterion']>;

export type StageCriterionMetResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['StageCriterionMet'] = ResolversParentTypes['StageCriterionMet']> = ResolversObject<{
  criterion?: Resolver<ResolversTypes['StageCriterion'], ParentType, ContextType>;
  since?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
}>;

export type StagePeriodResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['StagePeriod'] = ResolversParentTypes['StagePeriod']> = ResolversObject<{
  days?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  since?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  stage?: Resolver<ResolversTypes['RelationshipStage'], ParentType, ContextType>;
  until?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  user?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
}>;

export type StanceResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Stance'] = ResolversParentTypes['Stance']> = ResolversObject<{
  ours?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  since?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  towardId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  towardName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type StanceRecordResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['StanceRecord'] = ResolversParentTypes['StanceRecord']> = ResolversObject<{
  confidence?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  recordedBy?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  since?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  toward?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  until?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type StandingEvidenceResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['StandingEvidence'] = ResolversParentTypes['StandingEvidence']> = ResolversObject<{
  area?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  contribution?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  recency?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  weight?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  work?: Resolver<ResolversTypes['Work'], ParentType, ContextType>;
}>;

export type StepKindResolvers = EnumResolverSignature<{ COMMITTEE?: any, CUSTOM?: any, EVENT?: any, INTRODUCTION?: any, MEETING?: any, PROPOSAL?: any, REVIEW?: any, TENDER?: any }, ResolversTypes['StepKind']>;

export type StepStatusResolvers = EnumResolverSignature<{ DONE?: any, OPEN?: any, SKIPPED?: any }, ResolversTypes['StepStatus']>;

export type SubscriptionResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Subscription'] = ResolversParentTypes['Subscription']> = ResolversObject<{
  changed?: SubscriptionResolver<ResolversTypes['Change'], "changed", ParentType, ContextType, RequireFields<SubscriptionChangedArgs, 'scope'>>;
}>;

export type SuggestionReasonResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['SuggestionReason'] = ResolversParentTypes['SuggestionReason']> = ResolversObject<{
  code?: Resolver<ResolversTypes['SuggestionReasonCode'], ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type SuggestionReasonCodeResolvers = EnumResolverSignature<{ CO_AUTHORED?: any, CO_INVESTIGATED?: any, PRINCIPAL_INVESTIGATOR_OVER_SITE_INVESTIGATOR?: any, SENIOR_AUTHOR_OVER_FIRST_AUTHOR?: any, SHARED_SESSION?: any }, ResolversTypes['SuggestionReasonCode']>;

export type SuggestionStatusResolvers = EnumResolverSignature<{ ACCEPTED?: any, OPEN?: any, REJECTED?: any }, ResolversTypes['SuggestionStatus']>;

export type TalkResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Talk'] = ResolversParentTypes['Talk']> = ResolversObject<{
  date?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  event?: Resolver<ResolversTypes['Event'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  person?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['SpeakerRole']>, ParentType, ContextType>;
  session?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  topic?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type TenderResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Tender'] = ResolversParentTypes['Tender']> = ResolversObject<{
  competitors?: Resolver<Array<ResolversTypes['Institution']>, ParentType, ContextType>;
  currency?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  date?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  draftingCommittees?: Resolver<Array<ResolversTypes['Committee']>, ParentType, ContextType, Partial<TenderDraftingCommitteesArgs>>;
  draftingPeople?: Resolver<Array<ResolversTypes['Person']>, ParentType, ContextType, Partial<TenderDraftingPeopleArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  issuer?: Resolver<Maybe<ResolversTypes['Institution']>, ParentType, ContextType>;
  lots?: Resolver<Array<ResolversTypes['TenderLot']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  outcome?: Resolver<Maybe<ResolversTypes['TenderOutcome']>, ParentType, ContextType>;
  preparationStart?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  procedure?: Resolver<Maybe<ResolversTypes['TenderProcedure']>, ParentType, ContextType>;
  specification?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['TenderStatus']>, ParentType, ContextType>;
  statusHistory?: Resolver<Array<ResolversTypes['TenderStatusChange']>, ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type TenderLotResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['TenderLot'] = ResolversParentTypes['TenderLot']> = ResolversObject<{
  lot?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  product?: Resolver<ResolversTypes['Product'], ParentType, ContextType>;
  quantity?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  tender?: Resolver<ResolversTypes['Tender'], ParentType, ContextType>;
}>;

export type TenderOutcomeResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['TenderOutcome'] = ResolversParentTypes['TenderOutcome']> = ResolversObject<{
  currency?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  on?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  price?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  winner?: Resolver<ResolversTypes['Institution'], ParentType, ContextType>;
}>;

export type TenderPayloadResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['TenderPayload'] = ResolversParentTypes['TenderPayload']> = ResolversObject<{
  errors?: Resolver<Array<ResolversTypes['FieldError']>, ParentType, ContextType>;
  ok?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  tender?: Resolver<Maybe<ResolversTypes['Tender']>, ParentType, ContextType>;
}>;

export type TenderProcedureResolvers = EnumResolverSignature<{ BIDDING_WAIVER?: any, DIRECT_AWARD?: any, ELECTRONIC_REVERSE_AUCTION?: any, FRAMEWORK_CALL_OFF?: any, NEGOTIATED_PROCEDURE?: any, OPEN_TENDER?: any, PRICE_REGISTRATION?: any, RESTRICTED_TENDER?: any }, ResolversTypes['TenderProcedure']>;

export type TenderStatusResolvers = EnumResolverSignature<{ ANNOUNCED?: any, AWARDED?: any, CANCELLED?: any, HELD?: any, PLANNED?: any, PREPARATION?: any }, ResolversTypes['TenderStatus']>;

export type TenderStatusChangeResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['TenderStatusChange'] = ResolversParentTypes['TenderStatusChange']> = ResolversObject<{
  on?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['TenderStatus'], ParentType, ContextType>;
}>;

export type TerritoryResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Territory'] = ResolversParentTypes['Territory']> = ResolversObject<{
  code?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  institutionCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  institutions?: Resolver<ResolversTypes['InstitutionConnection'], ParentType, ContextType, RequireFields<TerritoryInstitutionsArgs, 'first'>>;
  level?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  peopleCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  users?: Resolver<Array<ResolversTypes['User']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type TherapeuticAreaResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['TherapeuticArea'] = ResolversParentTypes['TherapeuticArea']> = ResolversObject<{
  code?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type TieResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Tie'] = ResolversParentTypes['Tie']> = ResolversObject<{
  basis?: Resolver<Maybe<ResolversTypes['InfluenceBasis']>, ParentType, ContextType>;
  confidence?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  currency?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  domain?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  from?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  head?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  lot?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  position?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  price?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  quantity?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  recordedBy?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  since?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  stage?: Resolver<Maybe<ResolversTypes['RelationshipStage']>, ParentType, ContextType>;
  strength?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  to?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  topic?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['TieType'], ParentType, ContextType>;
  until?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  works?: Resolver<Array<ResolversTypes['Work']>, ParentType, ContextType>;
}>;

export type TieDirectionResolvers = EnumResolverSignature<{ BOTH?: any, IN?: any, OUT?: any }, ResolversTypes['TieDirection']>;

export type TiePayloadResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['TiePayload'] = ResolversParentTypes['TiePayload']> = ResolversObject<{
  errors?: Resolver<Array<ResolversTypes['FieldError']>, ParentType, ContextType>;
  ok?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  tie?: Resolver<Maybe<ResolversTypes['Tie']>, ParentType, ContextType>;
}>;

export type TieSuggestionResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['TieSuggestion'] = ResolversParentTypes['TieSuggestion']> = ResolversObject<{
  basis?: Resolver<Maybe<ResolversTypes['InfluenceBasis']>, ParentType, ContextType>;
  confidence?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  decidedBy?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  decidedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  domain?: Resolver<Maybe<ResolversTypes['TherapeuticArea']>, ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
  fromId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  matchScore?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  reasons?: Resolver<Array<ResolversTypes['SuggestionReason']>, ParentType, ContextType>;
  rejectReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['SuggestionStatus'], ParentType, ContextType>;
  strength?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
  toId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['TieType'], ParentType, ContextType>;
  updatedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  works?: Resolver<Array<ResolversTypes['Work']>, ParentType, ContextType>;
}>;

export type TieSuggestionConnectionResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['TieSuggestionConnection'] = ResolversParentTypes['TieSuggestionConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['TieSuggestionEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['TieSuggestion']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type TieSuggestionEdgeResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['TieSuggestionEdge'] = ResolversParentTypes['TieSuggestionEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['TieSuggestion'], ParentType, ContextType>;
}>;

export type TieTypeResolvers = EnumResolverSignature<{ ABOUT?: any, ATTENDED?: any, AUTHORED?: any, AWARDED_TO?: any, COMPETES_IN?: any, DRAFTS?: any, FOLLOWS_UP?: any, FOR?: any, HAS_DOSSIER?: any, HAS_STEP?: any, HELD_AT?: any, INCLUDES?: any, INFLUENCES?: any, INVESTIGATOR_IN?: any, IN_AREA?: any, ISSUES?: any, KNOWS?: any, LOCATED_IN?: any, LOTS?: any, MAKES?: any, MEMBER_OF?: any, OWNS?: any, PARTICIPATED_IN?: any, PART_OF?: any, RELATES?: any, REPORTS_TO?: any, ROLE_IN?: any, SPOKE_AT?: any, STANCE?: any, TARGETS?: any, WATCHES?: any, WORKS_AT?: any }, ResolversTypes['TieType']>;

export type TrialResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Trial'] = ResolversParentTypes['Trial']> = ResolversObject<{
  completionDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  conditions?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  date?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  investigators?: Resolver<Array<ResolversTypes['Investigatorship']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nctId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  officialTitle?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  overallStatus?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  phases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  therapeuticAreas?: Resolver<Array<ResolversTypes['TherapeuticArea']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type UnmatchedPersonResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['UnmatchedPerson'] = ResolversParentTypes['UnmatchedPerson']> = ResolversObject<{
  affiliations?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  candidates?: Resolver<Array<ResolversTypes['MatchCandidate']>, ParentType, ContextType>;
  cities?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  foreName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  initials?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lastName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  orcid?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['UnmatchedStatus'], ParentType, ContextType>;
  workCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  works?: Resolver<Array<ResolversTypes['Work']>, ParentType, ContextType, RequireFields<UnmatchedPersonWorksArgs, 'first'>>;
}>;

export type UnmatchedPersonConnectionResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['UnmatchedPersonConnection'] = ResolversParentTypes['UnmatchedPersonConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['UnmatchedPersonEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['UnmatchedPerson']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type UnmatchedPersonEdgeResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['UnmatchedPersonEdge'] = ResolversParentTypes['UnmatchedPersonEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['UnmatchedPerson'], ParentType, ContextType>;
}>;

export type UnmatchedPersonPayloadResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['UnmatchedPersonPayload'] = ResolversParentTypes['UnmatchedPersonPayload']> = ResolversObject<{
  errors?: Resolver<Array<ResolversTypes['FieldError']>, ParentType, ContextType>;
  ok?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  openSuggestions?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  person?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  unmatched?: Resolver<Maybe<ResolversTypes['UnmatchedPerson']>, ParentType, ContextType>;
}>;

export type UnmatchedStatusResolvers = EnumResolverSignature<{ CREATED?: any, IGNORED?: any, MERGED?: any, PENDING?: any }, ResolversTypes['UnmatchedStatus']>;

export type UserResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User']> = ResolversObject<{
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kamKind?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  manager?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['UserRole']>, ParentType, ContextType>;
  team?: Resolver<Array<ResolversTypes['User']>, ParentType, ContextType>;
  territories?: Resolver<Array<ResolversTypes['Territory']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type UserConnectionResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['UserConnection'] = ResolversParentTypes['UserConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['UserEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['User']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type UserEdgeResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['UserEdge'] = ResolversParentTypes['UserEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
}>;

export type UserPayloadResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['UserPayload'] = ResolversParentTypes['UserPayload']> = ResolversObject<{
  errors?: Resolver<Array<ResolversTypes['FieldError']>, ParentType, ContextType>;
  ok?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  user?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
}>;

export type UserRoleResolvers = EnumResolverSignature<{ ADMIN?: any, KAM?: any, MANAGER?: any, STRATEGIST?: any }, ResolversTypes['UserRole']>;

export type ViewerResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Viewer'] = ResolversParentTypes['Viewer']> = ResolversObject<{
  inbox?: Resolver<ResolversTypes['Inbox'], ParentType, ContextType>;
  locale?: Resolver<ResolversTypes['Locale'], ParentType, ContextType>;
  preferredLocale?: Resolver<Maybe<ResolversTypes['Locale']>, ParentType, ContextType>;
  seesAllTerritories?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  team?: Resolver<Array<ResolversTypes['User']>, ParentType, ContextType>;
  territories?: Resolver<Array<ResolversTypes['Territory']>, ParentType, ContextType>;
  user?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  watches?: Resolver<Array<ResolversTypes['Watch']>, ParentType, ContextType>;
}>;

export type VocabularyResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Vocabulary'] = ResolversParentTypes['Vocabulary']> = ResolversObject<{
  kind?: Resolver<ResolversTypes['VocabularyKind'], ParentType, ContextType>;
  values?: Resolver<Array<ResolversTypes['VocabularyValue']>, ParentType, ContextType>;
}>;

export type VocabularyKindResolvers = EnumResolverSignature<{ COMMITTEE_KIND?: any, DECISION_ROLE?: any, INSTITUTION_KIND?: any, PROGRAM_KIND?: any, TENDER_PROCEDURE?: any, TENDER_STATUS?: any }, ResolversTypes['VocabularyKind']>;

export type VocabularyValueResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['VocabularyValue'] = ResolversParentTypes['VocabularyValue']> = ResolversObject<{
  en?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType, Partial<VocabularyValueLabelArgs>>;
  local?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type WatchResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Watch'] = ResolversParentTypes['Watch']> = ResolversObject<{
  entity?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  since?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
}>;

export type WatchCountResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['WatchCount'] = ResolversParentTypes['WatchCount']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  entity?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
}>;

export type WatchPayloadResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['WatchPayload'] = ResolversParentTypes['WatchPayload']> = ResolversObject<{
  errors?: Resolver<Array<ResolversTypes['FieldError']>, ParentType, ContextType>;
  ok?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  watch?: Resolver<Maybe<ResolversTypes['Watch']>, ParentType, ContextType>;
}>;

export type WebhookResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Webhook'] = ResolversParentTypes['Webhook']> = ResolversObject<{
  createdBy?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  createdOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  deliveries?: Resolver<Array<ResolversTypes['WebhookDelivery']>, ParentType, ContextType, RequireFields<WebhookDeliveriesArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kinds?: Resolver<Array<ResolversTypes['ChangeKind']>, ParentType, ContextType>;
  locale?: Resolver<ResolversTypes['Locale'], ParentType, ContextType>;
  scopeId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  scopeKind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  secretHint?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type WebhookDeliveryResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['WebhookDelivery'] = ResolversParentTypes['WebhookDelivery']> = ResolversObject<{
  attempts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  changeId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  deliveredAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ChangeKind'], ParentType, ContextType>;
  lastAttemptAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lastError?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lastStatus?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  nextAttemptAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['DeliveryStatus'], ParentType, ContextType>;
}>;

export type WebhookPayloadResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['WebhookPayload'] = ResolversParentTypes['WebhookPayload']> = ResolversObject<{
  errors?: Resolver<Array<ResolversTypes['FieldError']>, ParentType, ContextType>;
  ok?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  secret?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  webhook?: Resolver<Maybe<ResolversTypes['Webhook']>, ParentType, ContextType>;
}>;

export type WhatMayChangeResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['WhatMayChange'] = ResolversParentTypes['WhatMayChange']> = ResolversObject<{
  endingTermCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  endingTerms?: Resolver<Array<ResolversTypes['EndingTerm']>, ParentType, ContextType, RequireFields<WhatMayChangeEndingTermsArgs, 'first'>>;
  newTieCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  newTies?: Resolver<Array<ResolversTypes['InfluenceTie']>, ParentType, ContextType, RequireFields<WhatMayChangeNewTiesArgs, 'first'>>;
}>;

export type WorkResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Work'] = ResolversParentTypes['Work']> = ResolversObject<{
  __resolveType: TypeResolveFn<'Publication' | 'Talk' | 'Trial', ParentType, ContextType>;
}>;

export type WorkKindResolvers = EnumResolverSignature<{ PUBLICATION?: any, TALK?: any, TRIAL?: any }, ResolversTypes['WorkKind']>;

export type Resolvers<ContextType = GraphContext> = ResolversObject<{
  AccountStanding?: AccountStandingResolvers<ContextType>;
  AgendaItem?: AgendaItemResolvers<ContextType>;
  AgendaItemKind?: AgendaItemKindResolvers;
  AuditEntry?: AuditEntryResolvers<ContextType>;
  Authorship?: AuthorshipResolvers<ContextType>;
  BalanceOfPower?: BalanceOfPowerResolvers<ContextType>;
  Briefing?: BriefingResolvers<ContextType>;
  Change?: ChangeResolvers<ContextType>;
  ChangeConnection?: ChangeConnectionResolvers<ContextType>;
  ChangeEdge?: ChangeEdgeResolvers<ContextType>;
  ChangeKind?: ChangeKindResolvers;
  ChangeKindCount?: ChangeKindCountResolvers<ContextType>;
  ChangeMessage?: ChangeMessageResolvers<ContextType>;
  ChangeOrder?: ChangeOrderResolvers;
  Coalition?: CoalitionResolvers<ContextType>;
  CoalitionLeaning?: CoalitionLeaningResolvers;
  Committee?: CommitteeResolvers<ContextType>;
  CommitteeConnection?: CommitteeConnectionResolvers<ContextType>;
  CommitteeEdge?: CommitteeEdgeResolvers<ContextType>;
  CommitteeMembership?: CommitteeMembershipResolvers<ContextType>;
  CommitteePayload?: CommitteePayloadResolvers<ContextType>;
  CommitteeRole?: CommitteeRoleResolvers;
  CommitteeSeat?: CommitteeSeatResolvers<ContextType>;
  CompetitorLeaning?: CompetitorLeaningResolvers<ContextType>;
  CountryPack?: CountryPackResolvers<ContextType>;
  DataProtection?: DataProtectionResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DecisionGroup?: DecisionGroupResolvers<ContextType>;
  DecisionMember?: DecisionMemberResolvers<ContextType>;
  DecisionRole?: DecisionRoleResolvers;
  DecisionRoleCoverage?: DecisionRoleCoverageResolvers<ContextType>;
  DecisionRoleHeld?: DecisionRoleHeldResolvers<ContextType>;
  DeletePayload?: DeletePayloadResolvers<ContextType>;
  DeliveryStatus?: DeliveryStatusResolvers;
  DevelopmentLevel?: DevelopmentLevelResolvers;
  Dossier?: DossierResolvers<ContextType>;
  DossierAccess?: DossierAccessResolvers;
  DossierPayload?: DossierPayloadResolvers<ContextType>;
  EndingTerm?: EndingTermResolvers<ContextType>;
  Entity?: EntityResolvers<ContextType>;
  ErasedPart?: ErasedPartResolvers<ContextType>;
  ErasurePayload?: ErasurePayloadResolvers<ContextType>;
  Event?: EventResolvers<ContextType>;
  EventConnection?: EventConnectionResolvers<ContextType>;
  EventEdge?: EventEdgeResolvers<ContextType>;
  EventKind?: EventKindResolvers;
  FieldError?: FieldErrorResolvers<ContextType>;
  FollowUp?: FollowUpResolvers<ContextType>;
  FollowUpStatus?: FollowUpStatusResolvers;
  GraphEdge?: GraphEdgeResolvers<ContextType>;
  GraphNode?: GraphNodeResolvers<ContextType>;
  GraphView?: GraphViewResolvers<ContextType>;
  HealthSystemNames?: HealthSystemNamesResolvers<ContextType>;
  Inbox?: InboxResolvers<ContextType>;
  InboxPayload?: InboxPayloadResolvers<ContextType>;
  InfluenceBasis?: InfluenceBasisResolvers;
  InfluenceTie?: InfluenceTieResolvers<ContextType>;
  Institution?: InstitutionResolvers<ContextType>;
  InstitutionConnection?: InstitutionConnectionResolvers<ContextType>;
  InstitutionEdge?: InstitutionEdgeResolvers<ContextType>;
  InstitutionKind?: InstitutionKindResolvers;
  InstitutionPayload?: InstitutionPayloadResolvers<ContextType>;
  Interaction?: InteractionResolvers<ContextType>;
  InteractionKind?: InteractionKindResolvers;
  InteractionPayload?: InteractionPayloadResolvers<ContextType>;
  IntroductionPath?: IntroductionPathResolvers<ContextType>;
  InvestigatorRole?: InvestigatorRoleResolvers;
  Investigatorship?: InvestigatorshipResolvers<ContextType>;
  KeyAccountHealth?: KeyAccountHealthResolvers<ContextType>;
  KeyAccountStatus?: KeyAccountStatusResolvers;
  KeyClientCriterion?: KeyClientCriterionResolvers;
  KeyPersonStanding?: KeyPersonStandingResolvers<ContextType>;
  LawfulBasis?: LawfulBasisResolvers;
  LocalName?: LocalNameResolvers<ContextType>;
  Locale?: LocaleResolvers;
  ManagerStyle?: ManagerStyleResolvers;
  MatchCandidate?: MatchCandidateResolvers<ContextType>;
  MessageParam?: MessageParamResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  MutualContact?: MutualContactResolvers<ContextType>;
  NodeLabel?: NodeLabelResolvers;
  NoticeMethod?: NoticeMethodResolvers;
  PageInfo?: PageInfoResolvers<ContextType>;
  PeopleOrder?: PeopleOrderResolvers;
  Person?: PersonResolvers<ContextType>;
  PersonCategory?: PersonCategoryResolvers;
  PersonConnection?: PersonConnectionResolvers<ContextType>;
  PersonEdge?: PersonEdgeResolvers<ContextType>;
  PersonPayload?: PersonPayloadResolvers<ContextType>;
  PersonTie?: PersonTieResolvers<ContextType>;
  Plan?: PlanResolvers<ContextType>;
  PlanPayload?: PlanPayloadResolvers<ContextType>;
  PlanProgress?: PlanProgressResolvers;
  PlanStatus?: PlanStatusResolvers;
  PlanStep?: PlanStepResolvers<ContextType>;
  Position?: PositionResolvers<ContextType>;
  PowerFactor?: PowerFactorResolvers;
  PowerScore?: PowerScoreResolvers<ContextType>;
  PreferredLocalePayload?: PreferredLocalePayloadResolvers<ContextType>;
  Product?: ProductResolvers<ContextType>;
  ProductConnection?: ProductConnectionResolvers<ContextType>;
  ProductEdge?: ProductEdgeResolvers<ContextType>;
  Program?: ProgramResolvers<ContextType>;
  ProgramConnection?: ProgramConnectionResolvers<ContextType>;
  ProgramEdge?: ProgramEdgeResolvers<ContextType>;
  ProgramKind?: ProgramKindResolvers;
  Publication?: PublicationResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RankMove?: RankMoveResolvers<ContextType>;
  Recommendation?: RecommendationResolvers<ContextType>;
  Relationship?: RelationshipResolvers<ContextType>;
  RelationshipStage?: RelationshipStageResolvers;
  RoleKind?: RoleKindResolvers;
  ScientificStanding?: ScientificStandingResolvers<ContextType>;
  ScoreEvidence?: ScoreEvidenceResolvers<ContextType>;
  ScoreFactor?: ScoreFactorResolvers<ContextType>;
  SpeakerRole?: SpeakerRoleResolvers;
  SpecShaper?: SpecShaperResolvers<ContextType>;
  StaffMember?: StaffMemberResolvers<ContextType>;
  StageCriterion?: StageCriterionResolvers;
  StageCriterionMet?: StageCriterionMetResolvers<ContextType>;
  StagePeriod?: StagePeriodResolvers<ContextType>;
  Stance?: StanceResolvers<ContextType>;
  StanceRecord?: StanceRecordResolvers<ContextType>;
  StandingEvidence?: StandingEvidenceResolvers<ContextType>;
  StepKind?: StepKindResolvers;
  StepStatus?: StepStatusResolvers;
  Subscription?: SubscriptionResolvers<ContextType>;
  SuggestionReason?: SuggestionReasonResolvers<ContextType>;
  SuggestionReasonCode?: SuggestionReasonCodeResolvers;
  SuggestionStatus?: SuggestionStatusResolvers;
  Talk?: TalkResolvers<ContextType>;
  Tender?: TenderResolvers<ContextType>;
  TenderLot?: TenderLotResolvers<ContextType>;
  TenderOutcome?: TenderOutcomeResolvers<ContextType>;
  TenderPayload?: TenderPayloadResolvers<ContextType>;
  TenderProcedure?: TenderProcedureResolvers;
  TenderStatus?: TenderStatusResolvers;
  TenderStatusChange?: TenderStatusChangeResolvers<ContextType>;
  Territory?: TerritoryResolvers<ContextType>;
  TherapeuticArea?: TherapeuticAreaResolvers<ContextType>;
  Tie?: TieResolvers<ContextType>;
  TieDirection?: TieDirectionResolvers;
  TiePayload?: TiePayloadResolvers<ContextType>;
  TieSuggestion?: TieSuggestionResolvers<ContextType>;
  TieSuggestionConnection?: TieSuggestionConnectionResolvers<ContextType>;
  TieSuggestionEdge?: TieSuggestionEdgeResolvers<ContextType>;
  TieType?: TieTypeResolvers;
  Trial?: TrialResolvers<ContextType>;
  UnmatchedPerson?: UnmatchedPersonResolvers<ContextType>;
  UnmatchedPersonConnection?: UnmatchedPersonConnectionResolvers<ContextType>;
  UnmatchedPersonEdge?: UnmatchedPersonEdgeResolvers<ContextType>;
  UnmatchedPersonPayload?: UnmatchedPersonPayloadResolvers<ContextType>;
  UnmatchedStatus?: UnmatchedStatusResolvers;
  User?: UserResolvers<ContextType>;
  UserConnection?: UserConnectionResolvers<ContextType>;
  UserEdge?: UserEdgeResolvers<ContextType>;
  UserPayload?: UserPayloadResolvers<ContextType>;
  UserRole?: UserRoleResolvers;
  Viewer?: ViewerResolvers<ContextType>;
  Vocabulary?: VocabularyResolvers<ContextType>;
  VocabularyKind?: VocabularyKindResolvers;
  VocabularyValue?: VocabularyValueResolvers<ContextType>;
  Watch?: WatchResolvers<ContextType>;
  WatchCount?: WatchCountResolvers<ContextType>;
  WatchPayload?: WatchPayloadResolvers<ContextType>;
  Webhook?: WebhookResolvers<ContextType>;
  WebhookDelivery?: WebhookDeliveryResolvers<ContextType>;
  WebhookPayload?: WebhookPayloadResolvers<ContextType>;
  WhatMayChange?: WhatMayChangeResolvers<ContextType>;
  Work?: WorkResolvers<ContextType>;
  WorkKind?: WorkKindResolvers;
}>;

export type DirectiveResolvers<ContextType = GraphContext> = ResolversObject<{
  locale?: LocaleDirectiveResolver<any, any, ContextType>;
}>;
