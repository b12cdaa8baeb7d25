import { useQuery } from '@apollo/client/react';
import { TerritoriesQuery } from '../../../shared/graphql/territories-query.js';
import { describeError } from '../../../shared/ui/describe-error.js';
import { activeFilterCount, clearFilters } from '../../../shared/urls/map-view.js';
import { useMapToday } from '../hooks/use-map-today.js';
import { useMapView } from '../hooks/use-map-view.js';
import { useScopeName } from '../hooks/use-scope-name.js';
import { useMapGraph } from '../state/map-graph.js';
import { useMapStore } from '../state/map-store.js';
import type { Visibility } from '../visibility.js';

const WORDS = {
  proposed: (n: number) => `${n} proposed tie${n === 1 ? '' : 's'}`,
  proposedCapped: (asked: number, total: number) => ` (the ${asked} most confident of ${total} in scope)`,
};

/** Loading, error and empty states over the map, each saying what happened and what to do. `proposedDrawn`: proposed ties on the map. */
export function MapStatus({ visibility, proposedDrawn = 0 }: { visibility: Visibility; proposedDrawn?: number }) {
  const proposal = useMapStore((s) => s.layers.proposed);
  const t = useQuery(TerritoriesQuery);
  const { graph, data } = useMapGraph();
  const [view, update] = useMapView();
  const today = useMapToday();
  const scopeName = useScopeName();
  const asOf = view.asOf ?? today;
  const hiddenAll = visibility.totalPeople > 0 && visibility.visiblePeople === 0;
  if (t.error && !t.data) {
    return (
      <Overlay kind="error" title="Could not reach KAMgraph">
        <p>{describeError(t.error)}</p>
        <button type="button" onClick={() => t.refetch()}>
          Try again
        </button>
      </Overlay>
    );
  }
  if (t.data && t.data.territories.length === 0) {
    return (
      <Overlay kind="empty" title="No territories yet">
        <p>
          Load the demo with <code>npm run seed</code>, or your own data with <code>npm run import -- &lt;folder&gt;</code>, then reload this page.
        </p>
      </Overlay>
    );
  }
  if (graph.error) {
    return (
      <Overlay kind="error" title={`Could not draw ${scopeName ?? 'this scope'}`}>
        <p>{describeError(graph.error)}</p>
        <button type="button" onClick={() => graph.refetch()}>
          Try again
        </button>
      </Overlay>
    );
  }
  if (!data) {
    return (
      <Overlay kind="loading" title={`Drawing ${scopeName ?? 'the map'}…`}>
        <p>Computing power, coalitions and ties as of {asOf}.</p>
      </Overlay>
    );
  }
  return (
    <>
      {graph.loading && (
        <div className="map-badge updating" role="status" data-testid="map-updating">
          Updating…
        </div>
      )}
      {data.peopleInScope === 0 && (
        <Overlay kind="empty" title={`Nobody in ${scopeName ?? 'this scope'} on ${asOf}`}>
          <p>Pick a later date, another scope, or add people with an import.</p>
        </Overlay>
      )}
      {hiddenAll && (
        <Overlay kind="empty" title="The filters hide everyone">
          <p>All {data.peopleInScope} people are hidden by {activeFilterCount(view)} filter(s).</p>
          <button type="button" onClick={() => update(clearFilters(view))}>
            Clear filters
          </button>
        </Overlay>
      )}
      <div className="map-footer" data-testid="map-footer">
        <span>
          <strong>{visibility.visiblePeople}</strong> of {data.peopleInScope} people shown · {data.nodes.length} nodes · {data.edges.length} ties · as of {data.asOf}
        </span>
        {data.truncated && <span className="warn"> · only the {data.nodes.filter((n) => n.label === 'Person').length} most powerful are drawn</span>}
        {view.proposed && proposal && (
          <span data-testid="map-proposed-count" data-count={proposedDrawn}>
            {' · '}
            {WORDS.proposed(proposedDrawn)}
            {proposal.proposedTotal !== undefined && proposal.proposedTotal > (proposal.proposed?.length ?? 0) && WORDS.proposedCapped(proposal.proposed?.length ?? 0, proposal.proposedTotal)}
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
