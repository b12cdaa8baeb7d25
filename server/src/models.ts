/** What repositories return and resolvers receive: plain values, nothing from the driver. */

export interface TerritoryModel {
  id: string;
  name: string;
  code: string | null;
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
  whatMayChange: { endingTerms: EndingTermModel[]; newTies: InfluenceTieModel[] };
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

export type { Viewer as ViewerModel } from './auth/viewer.js';
export type { AuditEntry as AuditEntryModel } from './audit/audit-log.js';
