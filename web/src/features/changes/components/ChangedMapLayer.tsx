import { skipToken, useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { addDays } from '@shared/dates.js';
import { scopeInput } from '@shared/urls/map-view.js';
import { useMapLayer, useMapToday, useMapView, type MapLayer } from '../../influence-map/index.js';
import { changeMarks, MARKED_KINDS } from '../change-marks.js';
import { InboxChangeMarksQuery, ScopeChangeMarksQuery } from '../graphql/change-marks-queries.js';

/** The window of "in the last 30 days" (up to the map's date). */
const RECENT_DAYS = 30;

/**
 * Marks on the map what changed (the view's `changed`): the people and ties of the inbox's
 * changes (since the last read), or of the scope's feed over the last 30 days.
 */
export function ChangedMapLayer() {
  const [view] = useMapView();
  const today = useMapToday();
  const until = view.asOf ?? today;
  const inbox = useQuery(InboxChangeMarksQuery, view.changed === 'since-last-read' ? { variables: { kinds: [...MARKED_KINDS] }, errorPolicy: 'all' } : skipToken);
  const recent = useQuery(
    ScopeChangeMarksQuery,
    view.changed === 'last-30-days' && view.scope ? { variables: { scope: scopeInput(view.scope), since: addDays(until, -RECENT_DAYS), until, kinds: [...MARKED_KINDS] }, errorPolicy: 'all' } : skipToken,
  );
  const nodes = view.changed === 'since-last-read' ? inbox.data?.me?.inbox.changes.nodes : view.changed === 'last-30-days' ? recent.data?.changes.nodes : undefined;
  const layer = useMemo<MapLayer | null>(() => (nodes ? { changed: changeMarks(nodes) } : null), [nodes]);
  useMapLayer('changed', layer);
  return null;
}
