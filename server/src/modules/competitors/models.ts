import type { StanceModel } from '../people/models.js';

export interface CompetitorLeaningModel {
  personId: string;
  rank: number;
  power: number;
  towardUs: number | null;
  towardCompetitors: number;
  competitorStances: StanceModel[];
}
