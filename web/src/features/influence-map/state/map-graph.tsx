// The map's graph for the whole page: asked once (the map's query is large and not cached),
// with the indexes the canvas and the panels look things up in. A panel reads names,
// stances and ties of the people on the map from here instead of receiving them as props.
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { GraphEdgeFieldsFragment, GraphNodeFieldsFragment } from '../../../gql/graphql.js';
import type { InstitutionKind } from '../../../gql/vocabulary.js';
import type { SearchCandidate } from '@shared/ui/SearchBox.js';
import { useFilterOptions } from '../hooks/use-filter-options.js';
import { useGraphView, type GraphView } from '../hooks/use-graph-view.js';
import { useMapView } from '../hooks/use-map-view.js';
import { EdgeIndex } from '../overlays.js';
import { useMapStore } from './map-store.js';

export interface MapGraph {
  /** The map's query: loading (also while a new answer replaces the shown one), error, retry. */
  graph: { loading: boolean; error: Error | undefined; refetch(): unknown };
  data: GraphView | null;
  /** Every tie with its details (these are null until `tiesReady`). */
  edges: readonly GraphEdgeFieldsFragment[];
  tiesReady: boolean;
  tiesError: Error | null;
  nodeById: ReadonlyMap<string, GraphNodeFieldsFragment>;
  edgeIndex: EdgeIndex;
  /** Ids of the nodes on the map. */
  present: ReadonlySet<string>;
  /** Everything on the map by name, for the search boxes. */
  candidates: readonly SearchCandidate[];
  areas: readonly string[];
  /** Institution kinds on the map, in the SDL's order. */
  institutionKinds: readonly InstitutionKind[];
}

const MapGraphContext = createContext<MapGraph | null>(null);

export function MapGraphProvider({ children }: { children: ReactNode }) {
  const [view] = useMapView();
  const drawn = useMapStore((s) => s.drawn);
  const answer = useGraphView(view, drawn);
  const { data } = answer;
  const nodeById = useMemo(() => new Map((data?.nodes ?? []).map((n) => [n.id, n])), [data]);
  const edgeIndex = useMemo(() => new EdgeIndex(data?.edges ?? []), [data]);
  const present = useMemo(() => new Set(nodeById.keys()), [nodeById]);
  const candidates = useMemo(() => (data?.nodes ?? []).map((n) => ({ id: n.id, name: n.name, label: n.label, rank: n.rank })), [data]);
  const { areas, institutionKinds } = useFilterOptions(data, answer.tieDetails, view.area);
  const { loading, error, refetch } = answer;
  const graph = useMemo(() => ({ loading, error, refetch }), [loading, error, refetch]);
  const value = useMemo<MapGraph>(
    () => ({ graph, data, edges: answer.edges, tiesReady: answer.tiesReady, tiesError: answer.tiesError, nodeById, edgeIndex, present, candidates, areas, institutionKinds }),
    [graph, data, answer.edges, answer.tiesReady, answer.tiesError, nodeById, edgeIndex, present, candidates, areas, institutionKinds],
  );
  return <MapGraphContext.Provider value={value}>{children}</MapGraphContext.Provider>;
}

export function useMapGraph(): MapGraph {
  const graph = useContext(MapGraphContext);
  if (!graph) throw new Error('The map graph is missing: render inside <MapPageProvider>.');
  return graph;
}
