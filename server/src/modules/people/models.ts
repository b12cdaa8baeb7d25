import type { InstitutionModel, CommitteeModel } from '../institutions/models.js';

/** What the people repository returns and Person resolvers receive: plain values. */
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
