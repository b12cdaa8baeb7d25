/** What repositories return and resolvers receive: plain values, nothing from the driver. */

export interface TerritoryModel {
  id: string;
  name: string;
  code: string | null;
}

/** Resolved per territory only when asked (see territory-counts.cypher). */
export interface TerritoryCounts {
  peopleCount: number;
  institutionCount: number;
}

export interface InstitutionModel {
  id: string;
  name: string;
  kind: string | null;
}

export interface PersonModel {
  id: string;
  name: string;
  title: string | null;
  category: string | null;
  specialty: string | null;
  optedOut: boolean;
  consent: boolean | null;
  anonymised: boolean;
}

export interface DossierModel {
  personId: string;
  birthday: string | null;
  hobbies: string[];
  family: string | null;
  values: string | null;
  communicationStyle: string | null;
  characterType: string | null;
  source: string | null;
  recordedOn: string | null;
}

export interface PositionModel {
  personId: string;
  institution: InstitutionModel;
  title: string | null;
  head: boolean;
  since: string | null;
  until: string | null;
}

export interface UserModel {
  id: string;
  name: string;
  role: string;
}

export interface CommitteeModel {
  id: string;
  name: string;
  kind: string | null;
}

export interface TenderModel {
  id: string;
  name: string;
  date: string | null;
  value: number | null;
  currency: string | null;
  status: string | null;
  specification: string | null;
  issuerId: string | null;
}

export interface CommitteeMembershipModel {
  personId: string;
  committee: CommitteeModel;
  role: string;
  since: string | null;
  until: string | null;
}

export interface StanceModel {
  personId: string;
  towardId: string;
  towardName: string;
  value: number;
  ours: boolean;
  source: string | null;
  since: string | null;
}

export interface RelationshipModel {
  personId: string;
  userId: string;
  stage: string;
  owns: boolean;
}

/** Analytics results carry ids; type resolvers turn them into people through DataLoader. */
export interface PowerScoreModel {
  rank: number;
  personId: string;
  score: number;
  explanation: Array<{
    factor: string;
    value: number;
    weight: number;
    contribution: number;
    evidence: Array<{ description: string; value: number; ids: string[] }>;
  }>;
}

export interface CoalitionModel {
  memberIds: string[];
  power: number;
  lean: number | null;
}

export interface EndingTermModel {
  personId: string;
  kind: string;
  role: string;
  at: string;
  atId: string;
  until: string;
}

export interface InfluenceTieModel {
  from: string;
  to: string;
  strength: number;
  basis: string | null;
  domain: string | null;
  since: string | null;
  until: string | null;
}

export interface BalanceOfPowerModel {
  asOf: string;
  peopleInScope: number;
  ranking: PowerScoreModel[];
  coalitions: CoalitionModel[];
  modularity: number;
  /** Whole lists (shared with the analytics cache: never mutate); the resolvers slice. */
  whatMayChange: WhatMayChangeModel;
}

export interface WhatMayChangeModel {
  endingTerms: readonly EndingTermModel[];
  endingTermCount: number;
  newTies: readonly InfluenceTieModel[];
  newTieCount: number;
}

export interface SpecShaperModel {
  personId: string;
  score: number;
  pathIds: string[];
  pathStrength: number;
  hops: number;
  drafterId: string;
  drafterRole: string;
}

export interface IntroductionPathModel {
  personIds: string[];
  strength: number;
  tieTypes: string[];
  viaUserId: string | null;
}

export interface DecisionMemberModel {
  personId: string;
  stage: string;
  contactUserId: string | null;
  ownerIds: string[];
}

export interface DecisionRoleModel {
  role: string;
  members: DecisionMemberModel[];
  covered: boolean;
  bestStage: string;
  weighs: string[];
  advice: string;
}

export interface DecisionGroupModel {
  tenderId: string;
  asOf: string;
  roles: DecisionRoleModel[];
  coverage: number;
  uncoveredRoles: string[];
}

export interface TieModel {
  from: string;
  to: string;
  type: string;
  strength: number | null;
  role: string | null;
  position: string | null;
  domain: string | null;
  basis: string | null;
  value: number | null;
  stage: string | null;
  since: string | null;
  until: string | null;
  source: string | null;
  confidence: number | null;
}

export interface GraphNodeModel {
  id: string;
  label: string;
  name: string;
  kind: string | null;
  power: number | null;
  rank: number | null;
  coalition: number | null;
  optedOut: boolean;
  ours: boolean;
  competitor: boolean;
}

export interface GraphEdgeModel {
  id: string;
  source: string;
  target: string;
  type: string;
  strength: number | null;
  role: string | null;
  basis: string | null;
  domain: string | null;
  since: string | null;
  until: string | null;
  provenance: string | null;
  confidence: number | null;
}

export interface GraphViewModel {
  asOf: string;
  peopleInScope: number;
  truncated: boolean;
  nodes: GraphNodeModel[];
  edges: GraphEdgeModel[];
  coalitions: CoalitionModel[];
}

export type { Viewer as ViewerModel } from './kernel/auth/viewer.js';
export type { AuditEntry as AuditEntryModel } from './modules/audit/audit-trail.js';

export interface PlanModel {
  id: string;
  name: string;
  personId: string;
  ownerId: string | null;
  startStage: string | null;
  targetStage: string | null;
  goals: string | null;
  budget: number | null;
  budgetPurpose: string | null;
  delegation: string | null;
  status: string | null;
  createdOn: string | null;
  reviewOn: string | null;
  reviewNotes: string[];
}

export interface PlanStepModel {
  planId: string;
  id: string;
  title: string;
  kind: string | null;
  due: string | null;
  status: string;
  doneOn: string | null;
  note: string | null;
  aboutId: string | null;
  aboutName: string | null;
  aboutLabel: string | null;
}

export interface StagePeriodModel {
  personId: string;
  userId: string;
  stage: string;
  since: string | null;
  until: string | null;
}

export interface InteractionModel {
  id: string;
  name: string;
  kind: string | null;
  date: string | null;
  outcome: string | null;
  notes: string | null;
  validUntil: string | null;
  confirmedOn: string | null;
  nextContactOn: string | null;
  personIds: string[];
  userIds: string[];
  followedUp: boolean;
  tenderId: string | null;
}

export interface FollowUpModel {
  proposalId: string;
  proposalName: string;
  due: string;
  overdue: boolean;
  advice: string;
}

export interface BriefingModel {
  personId: string;
  power: PowerScoreModel | null;
  territoryId: string | null;
  interactionIds: string[];
  openSteps: PlanStepModel[];
  planIds: string[];
  topics: string[];
  mutualContacts: MutualContactModel[];
  talkingPoints: string[];
}

export interface AccountStandingModel {
  institutionId: string;
  rank: number;
  revenue: number;
  profit: number;
  revenueShare: number;
  cumulativeShare: number;
  inTop20: boolean;
  keyAccount: boolean;
  influence: number;
  profitability: number;
  opportunities: number;
  trust: number;
  criteriaMet: string[];
}

export interface KeyAccountHealthModel {
  period: string;
  totalRevenue: number;
  totalProfit: number;
  accounts: AccountStandingModel[];
  top20RevenueShare: number;
  top20ProfitShare: number;
  keyAccountRevenueShare: number;
  keyAccountStatus: string;
  monoDependent: boolean;
  explanation: string;
}

export interface RecommendationModel {
  personId: string;
  score: number;
  power: number;
  ourStage: string;
  roles: string[];
  reason: string;
  introducerId: string | null;
  viaUserId: string | null;
  pathStrength: number | null;
}

export interface MutualContactModel {
  contactId: string;
  strength: number;
  userId: string | null;
  stage: string;
}
