import type { CommitteeRole, InstitutionKind } from '../../__generated__/vocabulary.js';

export interface InstitutionModel {
  id: string;
  name: string;
  kind: InstitutionKind | null;
  city: string | null;
  ours: boolean;
  competitor: boolean;
  keyAccount: boolean;
}

export interface CommitteeModel {
  id: string;
  name: string;
  kind: string | null;
  description: string | null;
}

export interface StaffMemberModel {
  personId: string;
  position: string | null;
  head: boolean;
  since: string | null;
  until: string | null;
  source: string | null;
  confidence: number | null;
}

export interface CommitteeSeatModel {
  personId: string;
  committeeId: string;
  role: CommitteeRole;
  since: string | null;
  until: string | null;
  source: string | null;
  confidence: number | null;
}
