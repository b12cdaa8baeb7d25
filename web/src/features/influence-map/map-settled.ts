import { createContext, useContext } from 'react';

/**
 * True once the influence map has drawn its first layout (or cannot: an error, no scope).
 * The single-threaded server answers one query at a time in effect, so the map's query goes
 * first and the side queries (tenders, balance of power, territory head counts) wait for
 * this. Outside the map page it is always true.
 */
export const MapSettledContext = createContext(true);

export function useMapSettled(): boolean {
  return useContext(MapSettledContext);
}
