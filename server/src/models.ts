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
}

export interface PositionModel {
  personId: string;
  institution: InstitutionModel;
  title: string | null;
  head: boolean;
  since: string | null;
  until: string | null;
}
