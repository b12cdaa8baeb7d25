import type { StanceModel } from '../../people/models.js';

export interface Leaning {
  towardUs: number | null;
  towardCompetitors: number;
  competitorStances: StanceModel[];
}

const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;

/**
 * Whether a person leans to competitors, from their stances: the mean toward competitors'
 * companies and products must be positive and above the mean toward ours (a person with no
 * stance toward us leans to a competitor they favour). Null when they do not lean.
 */
export function competitorLeaning(stances: readonly StanceModel[]): Leaning | null {
  const ours = stances.filter((s) => s.ours).map((s) => s.value);
  const theirs = stances.filter((s) => !s.ours);
  if (theirs.length === 0) return null;
  const towardCompetitors = mean(theirs.map((s) => s.value));
  const towardUs = ours.length > 0 ? mean(ours) : null;
  if (towardCompetitors <= 0 || (towardUs !== null && towardCompetitors <= towardUs)) return null;
  return { towardUs, towardCompetitors, competitorStances: [...theirs].sort((a, b) => b.value - a.value || a.towardName.localeCompare(b.towardName)) };
}
