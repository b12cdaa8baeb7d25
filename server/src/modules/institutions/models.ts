export interface InstitutionModel {
  id: string;
  name: string;
  kind: string | null;
}

export interface CommitteeModel {
  id: string;
  name: string;
  kind: string | null;
}
