import type { InstitutionKind } from '../../__generated__/vocabulary.js';

export interface InstitutionModel {
  id: string;
  name: string;
  kind: InstitutionKind | null;
}

export interface CommitteeModel {
  id: string;
  name: string;
  kind: string | null;
}
