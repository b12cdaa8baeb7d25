import type { DecisionRole, RelationshipStage, TenderProcedure, TenderStatus } from '../../__generated__/vocabulary.js';

export interface TenderModel {
  id: string;
  name: string;
  date: string | null;
  value: number | null;
  currency: string | null;
  status: TenderStatus | null;
  procedure: TenderProcedure | null;
  specification: string | null;
  issuerId: string | null;
  /** As recorded; when null, the API reads it as 9 months before the date. */
  preparationStart: string | null;
  /** Each `YYYY-MM-DD status`, oldest first. */
  statusHistory: string[];
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

export interface DecisionMemberModel {
  personId: string;
  stage: RelationshipStage | null;
  contactUserId: string | null;
  ownerIds: string[];
}

export interface DecisionRoleModel {
  role: DecisionRole;
  members: DecisionMemberModel[];
  covered: boolean;
  bestStage: RelationshipStage | null;
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

export interface TenderLotModel {
  tenderId: string;
  productId: string;
  lot: number | null;
  quantity: number | null;
}

export interface TenderOutcomeModel {
  winnerId: string;
  price: number | null;
  currency: string | null;
  on: string | null;
  source: string | null;
}
