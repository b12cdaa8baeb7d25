import { skipToken, useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { TendersQuery } from '@shared/graphql/tenders-query.js';
import { TerritoriesQuery, TerritoryCountsQuery } from '@shared/graphql/territories-query.js';
import { formatScope, parseScope, type Scope } from '@shared/urls/map-view.js';
import { useMapSettled } from '../hooks/use-map-settled.js';
import { useMapView } from '../hooks/use-map-view.js';
import { useScopeName } from '../hooks/use-scope-name.js';
import { tr } from '@shared/i18n/intl.js';

/** Territories and tenders are listed; an institution or committee scope comes from the map. */
export function ScopePicker() {
  const [view, update] = useMapView();
  const { scope } = view;
  const scopeName = useScopeName();
  // A new scope: a new map, with nothing selected, reached or removed from the old one.
  const onChange = (next: Scope) => update({ scope: next, selected: null, tender: next.kind === 'tender' ? next.id : view.tender, reach: null, without: [] }, 'push');
  const territories = useQuery(TerritoriesQuery);
  // Asked once the map is drawn: the map's own query goes first.
  const settled = useMapSettled();
  const tenders = useQuery(TendersQuery, settled ? { variables: {} } : skipToken);
  const counts = useQuery(TerritoryCountsQuery, settled ? {} : skipToken);
  const peopleIn = useMemo(() => new Map((counts.data?.territories ?? []).map((t) => [t.id, t.peopleCount])), [counts.data]);
  const value = scope ? formatScope(scope) : '';
  const listed =
    !scope ||
    (scope.kind === 'territory' && territories.data?.territories.some((t) => t.id === scope.id)) ||
    (scope.kind === 'tender' && tenders.data?.tenders.some((t) => t.id === scope.id));
  return (
    <label className="scope-picker">
      <span className="sr-only">{tr('map.scope.label')}</span>
      <select value={value} onChange={(e) => { const s = parseScope(e.target.value); if (s) onChange(s); }} data-testid="scope-picker">
        {!scope && <option value="">{tr('map.scope.loading')}</option>}
        {scope && !listed && <option value={value}>{scopeName ?? scope.id}</option>}
        <optgroup label={tr('map.scope.territories')}>
          {territories.data?.territories.map((t) => (
            <option key={t.id} value={`territory:${t.id}`}>
              {t.name}
              {peopleIn.has(t.id) ? tr('map.scope.peopleCount', { count: peopleIn.get(t.id) }) : ''}
            </option>
          ))}
        </optgroup>
        {tenders.data && tenders.data.tenders.length > 0 && (
          <optgroup label={tr('map.scope.tenders')}>
            {tenders.data.tenders.map((t) => (
              <option key={t.id} value={`tender:${t.id}`}>
                {t.name}
              </option>
            ))}
          </optgroup>
        )}
      </select>
    </label>
  );
}
