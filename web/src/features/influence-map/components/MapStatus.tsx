import { useQuery } from '@apollo/client/react';
import type { ReactNode } from 'react';
import { FormattedMessage } from 'react-intl';
import { numericDate } from '@shared/dates.js';
import { TerritoriesQuery } from '@shared/graphql/territories-query.js';
import { describeError } from '@shared/ui/describe-error.js';
import { activeFilterCount, clearFilters } from '@shared/urls/map-view.js';
import { useMapToday } from '../hooks/use-map-today.js';
import { useMapView } from '../hooks/use-map-view.js';
import { useScopeName } from '../hooks/use-scope-name.js';
import { useMapGraph } from '../state/map-graph.js';
import { useMapStore } from '../state/map-store.js';
import type { Visibility } from '../visibility.js';
import { tr } from '@shared/i18n/intl.js';

/** Loading, error and empty states over the map, each saying what happened and what to do. `proposedDrawn`: proposed ties on the map. */
export function MapStatus({ visibility, proposedDrawn = 0 }: { visibility: Visibility; proposedDrawn?: number }) {
  const proposal = useMapStore((s) => s.layers.proposed);
  const territories = useQuery(TerritoriesQuery);
  const { graph, data } = useMapGraph();
  const [view, update] = useMapView();
  const today = useMapToday();
  const scopeName = useScopeName();
  const asOf = view.asOf ?? today;
  const hiddenAll = visibility.totalPeople > 0 && visibility.visiblePeople === 0;
  if (territories.error && !territories.data) {
    return (
      <Overlay kind="error" title={tr('map.status.unreachable')}>
        <p>{describeError(territories.error)}</p>
        <button type="button" onClick={() => territories.refetch()}>
          {tr('common.tryAgain')}
        </button>
      </Overlay>
    );
  }
  if (territories.data && territories.data.territories.length === 0) {
    return (
      <Overlay kind="empty" title={tr('map.status.noTerritories')}>
        <p>
          <FormattedMessage id="map.status.noTerritoriesHint" values={{ code: (chunks: ReactNode[]) => <code>{chunks}</code> }} />
        </p>
      </Overlay>
    );
  }
  if (graph.error) {
    return (
      <Overlay kind="error" title={tr('map.status.couldNotDraw', { scope: scopeName ?? tr('map.status.thisScope') })}>
        <p>{describeError(graph.error)}</p>
        <button type="button" onClick={() => graph.refetch()}>
          {tr('common.tryAgain')}
        </button>
      </Overlay>
    );
  }
  if (!data) {
    return (
      <Overlay kind="loading" title={tr('map.status.drawing', { scope: scopeName ?? tr('map.status.theMap') })}>
        <p>{tr('map.status.computing', { date: numericDate(asOf) })}</p>
      </Overlay>
    );
  }
  return (
    <>
      {graph.loading && (
        <div className="map-badge updating" role="status" data-testid="map-updating">
          {tr('map.status.updating')}
        </div>
      )}
      {data.peopleInScope === 0 && (
        <Overlay kind="empty" title={tr('map.status.nobody', { scope: scopeName ?? tr('map.status.thisScope'), date: numericDate(asOf) })}>
          <p>{tr('map.status.nobodyHint')}</p>
        </Overlay>
      )}
      {hiddenAll && (
        <Overlay kind="empty" title={tr('map.status.filtersHideAll')}>
          <p>{tr('map.status.filtersHideAllHint', { people: data.peopleInScope, filters: activeFilterCount(view) })}</p>
          <button type="button" onClick={() => update(clearFilters(view))}>
            {tr('map.status.clearFilters')}
          </button>
        </Overlay>
      )}
      <div className="map-footer" data-testid="map-footer">
        <span>
          <FormattedMessage
            id="map.status.footer"
            values={{ shown: visibility.visiblePeople, people: data.peopleInScope, nodes: data.nodes.length, ties: data.edges.length, date: numericDate(data.asOf), strong: (chunks: ReactNode[]) => <strong>{chunks}</strong> }}
          />
        </span>
        {data.truncated && <span className="warn">{tr('map.status.truncated', { count: data.nodes.filter((n) => n.label === 'Person').length })}</span>}
        {view.proposed && proposal && (
          <span data-testid="map-proposed-count" data-count={proposedDrawn}>
            {' · '}
            {tr('map.status.proposed', { count: proposedDrawn })}
            {proposal.proposedTotal !== undefined && proposal.proposedTotal > (proposal.proposed?.length ?? 0) && tr('map.status.proposedCapped', { asked: proposal.proposed?.length ?? 0, total: proposal.proposedTotal })}
          </span>
        )}
      </div>
    </>
  );
}

function Overlay({ kind, title, children }: { kind: 'loading' | 'error' | 'empty'; title: string; children: React.ReactNode }) {
  return (
    <div className={`map-overlay ${kind}`} role={kind === 'error' ? 'alert' : 'status'} data-testid={`map-${kind}`}>
      <div className="card">
        {kind === 'loading' && <div className="spinner" aria-hidden="true" />}
        <h2>{title}</h2>
        {children}
      </div>
    </div>
  );
}
