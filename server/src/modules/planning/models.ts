import type {
  DevelopmentLevel,
  InteractionKind,
  PlanStatus,
  RelationshipStage,
  StepKind,
  StepStatus,
} from '../../__generated__/vocabulary.js';
import type { PowerScoreModel } from '../power/models.js';

export interface PlanModel {
  id: string;
  name: string;
  personId: string;
  ownerId: string | null;
  startStage: RelationshipStage | null;
  targetStage: RelationshipStage | null;
  /** The day the target stage should be reached by. */
  targetOn: string | null;
  goals: string | null;
  budget: number | null;
  budgetPurpose: string | null;
  /** D1 when nothing was recorded: every new relationship starts there. */
  developmentLevel: DevelopmentLevel;
  status: PlanStatus | null;
  createdOn: string | null;
  reviewOn: string | null;
  reviewNotes: string[];
}

export interface PlanStepModel {
  planId: string;
  id: string;
  title: string;
  kind: StepKind | null;
  due: string | null;
  status: StepStatus;
  doneOn: string | null;
  note: string | null;
  aboutId: string | null;
  aboutName: string | null;
  aboutLabel: string | null;
}

export interface StagePeriodModel {
  personId: string;
  userId: string;
  stage: RelationshipStage;
  since: string | null;
  until: string | null;
}

export interface InteractionModel {
  id: string;
  name: string;
  kind: InteractionKind | null;
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
  /** Whom the proposal went to, by name. */
  people: string[];
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

export interface RecommendationModel {
  personId: string;
  score: number;
  power: number;
  ourStage: RelationshipStage | null;
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
  stage: RelationshipStage | null;
}
