import { tr } from '@shared/i18n/intl.js';
import { useMapView } from '../hooks/use-map-view.js';
import { aggregateId, NO_COALITION, peopleCount, type Overview } from '../overview.js';
import { useMapGraph } from '../state/map-graph.js';

function shortName(coalition: number): string {
  return coalition === NO_COALITION ? tr('map.overview.noCoalitionShort') : tr('map.overview.coalitionShort', { number: coalition + 1 });
}

/**
 * Over a large scope's map: what the overview shows, the coalitions opened (each closes with
 * a click) and "Show every person"; once every person is drawn, the way back.
 */
export function OverviewBar({ overview }: { overview: Overview | null }) {
  const [view, update] = useMapView();
  const { data } = useMapGraph();
  const people = data ? peopleCount(data) : 0;
  if (!overview) {
    return (
      <div className="map-overview-bar" data-testid="map-overview-bar" data-mode="everyone">
        <span>{tr('map.overview.everyone', { people })}</span>
        <button type="button" onClick={() => update({ everyone: false }, 'push')} data-testid="show-overview">
          {tr('map.overview.backToOverview')}
        </button>
      </div>
    );
  }
  return (
    <div className="map-overview-bar" data-testid="map-overview-bar" data-mode="overview">
      <span>
        {overview.revealedByFilter
          ? tr('map.overview.revealed', { count: overview.shownPeople })
          : tr('map.overview.summary', {
              people,
              coalitions: [...overview.members.keys()].filter((id) => id !== aggregateId(NO_COALITION)).length,
              top: overview.topPeople,
              contacts: overview.contactsShown,
              contactsInScope: overview.contactsInScope,
            })}
      </span>
      {view.open.length > 0 && (
        <span className="map-overview-open" data-testid="map-overview-open">
          {tr('map.overview.opened')}
          {view.open.map((c) => (
            <button
              key={c}
              type="button"
              className="chip on"
              title={tr('map.overview.close', { name: shortName(c) })}
              onClick={() => update((v) => ({ open: v.open.filter((o) => o !== c) }), 'push')}
              data-testid={`close-group-${c < 0 ? 'none' : c}`}
            >
              {shortName(c)} ✕
            </button>
          ))}
          {view.open.length > 1 && (
            <button type="button" className="chip" onClick={() => update({ open: [] }, 'push')}>
              {tr('map.overview.closeAll')}
            </button>
          )}
        </span>
      )}
      <button type="button" onClick={() => update({ everyone: true }, 'push')} title={tr('map.overview.showEveryoneTitle', { people })} data-testid="show-everyone">
        {tr('map.overview.showEveryone')}
      </button>
    </div>
  );
}
