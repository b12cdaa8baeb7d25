import { describeError } from '../../../shared/ui/describe-error.js';
import type { GraphView } from '../hooks/use-map-model.js';

interface QueryState {
  loading: boolean;
  error?: Error | undefined;
  refetch(): unknown;
}

export interface MapStatusProps {
  territoriesState: QueryState & { data?: { territories: readonly unknown[] } | undefined };
  graph: QueryState;
  data: GraphView | null;
  scopeName: string | null;
  asOf: string;
  visiblePeople: number;
  hiddenAll: boolean;
  filterCount: number;
  onClearFilters(): void;
}

/** Loading, error and empty states over the map, each saying what happened and what to do. */
export function MapStatus(props: MapStatusProps) {
  const { territoriesState: t, graph, data } = props;
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
      <Overlay kind="error" title={`Could not draw ${props.scopeName ?? 'this scope'}`}>
        <p>{describeError(graph.error)}</p>
        <button type="button" onClick={() => graph.refetch()}>
          Try again
        </button>
      </Overlay>
    );
  }
  if (!data) {
    return (
      <Overlay kind="loading" title={`Drawing ${props.scopeName ?? 'the map'}…`}>
        <p>Computing power, coalitions and ties as of {props.asOf}.</p>
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
        <Overlay kind="empty" title={`Nobody in ${props.scopeName ?? 'this scope'} on ${props.asOf}`}>
          <p>Pick a later date, another scope, or add people with an import.</p>
        </Overlay>
      )}
      {props.hiddenAll && (
        <Overlay kind="empty" title="The filters hide everyone">
          <p>All {data.peopleInScope} people are hidden by {props.filterCount} filter(s).</p>
          <button type="button" onClick={props.onClearFilters}>
            Clear filters
          </button>
        </Overlay>
      )}
      <div className="map-footer" data-testid="map-footer">
        <span>
          <strong>{props.visiblePeople}</strong> of {data.peopleInScope} people shown · {data.nodes.length} nodes · {data.edges.length} ties · as of {data.asOf}
        </span>
        {data.truncated && <span className="warn"> · only the {data.nodes.filter((n) => n.label === 'Person').length} most powerful are drawn</span>}
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
