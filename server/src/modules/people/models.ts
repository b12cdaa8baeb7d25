import type { CommitteeRole, DecisionRole, PersonCategory, RelationshipStage } from '../../__generated__/vocabulary.js';
import type { CommitteeModel, InstitutionModel } from '../institutions/models.js';
import type { CriterionMet } from './rules/ladder.js';

/** What the people repository returns and Person resolvers receive: plain values. */
export interface PersonModel {
  id: string;
  name: string;
  title: string | null;
  category: PersonCategory | null;
  specialty: string | null;
  optedOut: boolean;
  consent: boolean | null;
  anonymised: boolean;
  /** ORCID iD, when known (Person.orcid lives in the evidence module's SDL). */
  orcid: string | null;
}

export interface PositionModel {
  personId: string;
  institution: InstitutionModel;
  title: string | null;
  head: boolean;
  since: string | null;
  until: string | null;
}

export interface CommitteeMembershipModel {
  personId: string;
  committee: CommitteeModel;
  role: CommitteeRole;
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
  /** Null when the user owns the person but has no stage with them. */
  stage: RelationshipStage | null;
  /** Since when the stage holds. */
  since: string | null;
  criteria: CriterionMet[];
  owns: boolean;
}

/** A role in a tender's decision group. */
export interface DecisionRoleHeldModel {
  tenderId: string;
  role: DecisionRole;
  since: string | null;
  until: string | null;
  source: string | null;
  confidence: number | null;
}
