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

/** What one module's erasure hook changed. */
export interface ErasedPart {
  module: string;
  items: number;
}
