// The map's query, and the ties' details merged into its ties once the map is drawn.
import { skipToken, useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import type { GraphEdgeFieldsFragment, GraphViewQuery as GraphViewResult } from '../../../gql/graphql.js';
import type { ViewState } from '@shared/urls/map-view.js';
import { GraphViewQuery, GraphViewTiesQuery } from '../graphql/graph-view-query.js';
import { mapQueryVariables } from '../map-variables.js';

export type GraphView = GraphViewResult['graphView'];
export type TieDetails = GraphViewResult['graphView']['edges'];

const EMPTY_DETAILS = { role: null, basis: null, domain: null, since: null, until: null, provenance: null, confidence: null } as const;

export interface GraphViewAnswer {
  loading: boolean;
  error: Error | undefined;
  refetch(): unknown;
  /** The current answer (the previous one while a new one loads); null before the first. */
  data: GraphView | null;
  /** Every tie of `data` with its details (null until `tiesReady`). */
  edges: readonly GraphEdgeFieldsFragment[];
  tiesReady: boolean;
  tiesError: Error | null;
  /** The details as they arrived (their domains name the therapeutic areas). */
  tieDetails: readonly { domain?: string | null }[] | null;
}

/** `drawn`: the map is on screen, so the ties' details (most of the answer's weight) may be asked. */
export function useGraphView(view: Pick<ViewState, 'scope' | 'asOf' | 'area' | 'without'>, drawn: boolean): GraphViewAnswer {
  const variables = useMemo(() => mapQueryVariables(view), [view.scope, view.asOf, view.area, view.without]);
  const graph = useQuery(
    GraphViewQuery,
    variables
      ? {
          variables,
          // Thousands of scope-dependent nodes gain nothing from normalisation; it only costs time.
          fetchPolicy: 'no-cache',
          notifyOnNetworkStatusChange: true,
        }
      : skipToken,
  );
  const data: GraphView | null = (graph.data ?? graph.previousData)?.graphView ?? null;
  // The ties' details (role, basis, domain, dates, provenance, confidence): the same
  // variables, asked once the map is drawn, merged into the ties by id. No cache (as above),
  // so the merge is ours: `edges` has every field, null until the details arrive.
  const ties = useQuery(GraphViewTiesQuery, variables && drawn && data && !graph.loading ? { variables, fetchPolicy: 'no-cache' } : skipToken);
  const tieDetails = ties.data?.graphView.edges ?? null;
  // Ready when every tie of the current answer has its details (a new answer asks again).
  const { edges, tiesReady } = useMemo(() => {
    if (!data) return { edges: [] as GraphEdgeFieldsFragment[], tiesReady: false };
    const byId = new Map((tieDetails ?? []).map((d) => [d.id, d]));
    let missing = 0;
    const merged: GraphEdgeFieldsFragment[] = data.edges.map((e) => {
      const details = byId.get(e.id);
      if (!details) missing += 1;
      return { ...EMPTY_DETAILS, ...e, ...details };
    });
    return { edges: merged, tiesReady: !!tieDetails && missing === 0 };
  }, [data, tieDetails]);
  return { loading: graph.loading, error: graph.error, refetch: graph.refetch, data, edges, tiesReady, tiesError: ties.error ?? null, tieDetails };
}
