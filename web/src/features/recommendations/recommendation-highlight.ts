// Recommendations drawn on the map: each recommended person, with the introducer who can
// open the door, as a short chain the map's path highlight lights up.

export interface RecommendationLike {
  person: { id: string };
  introducer?: { id: string } | null;
}

/** [introducer, person] for each recommendation (just [person] without an introducer). */
export function recommendationChains(recs: readonly RecommendationLike[]): string[][] {
  return recs.map((r) => (r.introducer && r.introducer.id !== r.person.id ? [r.introducer.id, r.person.id] : [r.person.id]));
}

/** Everyone a list of recommendations names, recommended people first, without repeats. */
export function recommendationIds(recs: readonly RecommendationLike[]): string[] {
  return [...new Set([...recs.map((r) => r.person.id), ...recs.flatMap((r) => (r.introducer ? [r.introducer.id] : []))])];
}

export function scorePct(score: number): string {
  return `${Math.round(score * 100)}`;
}
