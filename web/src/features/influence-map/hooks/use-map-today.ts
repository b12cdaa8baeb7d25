import { useMemo } from 'react';
import { localToday } from '@shared/dates.js';
import { useMapGraph } from '../state/map-graph.js';
import { useMapView } from './use-map-view.js';

/** "Today" of the map: the server's date of the answer when the map shows today, else the user's calendar. */
export function useMapToday(): string {
  const [view] = useMapView();
  const serverToday = useMapGraph().data?.asOf;
  return useMemo(() => (view.asOf === null && serverToday ? serverToday : localToday()), [view.asOf, serverToday]);
}
