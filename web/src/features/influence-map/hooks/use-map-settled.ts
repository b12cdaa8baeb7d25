import { useQuery } from '@apollo/client/react';
import { TerritoriesQuery } from '@shared/graphql/territories-query.js';
import { useMapGraph } from '../state/map-graph.js';
import { useMapStore } from '../state/map-store.js';

/**
 * True once the influence map has drawn its first layout (or cannot: an error, no scope).
 * The single-threaded server answers one query at a time in effect, so the map's query goes
 * first and the side queries (tenders, balance of power, territory head counts) wait for this.
 */
export function useMapSettled(): boolean {
  const drawn = useMapStore((s) => s.drawn);
  const { graph } = useMapGraph();
  const territories = useQuery(TerritoriesQuery);
  return drawn || !!graph.error || !!territories.error || territories.data?.territories.length === 0;
}
