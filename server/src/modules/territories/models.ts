export interface TerritoryModel {
  id: string;
  name: string;
  code: string | null;
  level: string | null;
}

/** Resolved per territory only when asked (see cypher/territory-counts.cypher). */
export interface TerritoryCounts {
  peopleCount: number;
  institutionCount: number;
}
