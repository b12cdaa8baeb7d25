// Everything the map page derives from the API and the view state: the graph query, the
// elements, what the filters hide, and the answers lit on the map. One place, memoised, so
// components stay thin and a filter change costs a class toggle, not a re-render storm.
import { skipToken, useQuery } from '@apollo/client/react';
import { useMemo, useRef } from 'react';
import type { GraphEdgeFieldsFragment, GraphViewQuery as GraphViewResult } from '../../../gql/graphql.js';
import { IntroductionPathsQuery } from '../../introductions/graphql/introduction-paths-query.js';
import { DecisionGroupQuery } from '../../tender/graphql/decision-group-query.js';
import { SpecShapersQuery } from '../../tender/graphql/spec-shapers-query.js';
import type { ViewState } from '../../../shared/urls/map-view.js';
import { mapQueryVariables } from '../map-variables.js';
import { GraphViewQuery, GraphViewTiesQuery } from '../graphql/graph-view-query.js';
import { EMPTY_HIGHLIGHT, EdgeIndex, chainHighlight, mergeHighlights, shaperHighlight, type Highlight } from '../overlays.js';
import { searchMatches } from '../../../shared/ui/SearchBox.js';
import { toElements } from '../to-elements.js';
import { computeVisibility } from '../visibility.js';

export type GraphView = GraphViewResult['graphView'];

const EMPTY_DETAILS = { role: null, basis: null, domain: null, since: null, until: null, provenance: null, confidence: null } as const;

export interface MapModelInput {
  view: ViewState;
  userId: string;
  /** Introduction path lit on the map (index into the answer); the first by default. */
  reachIndex: number;
  /** A spec shaper hovered in the tender list: only that path is lit. */
  shaperFocus: string | null;
  /** People hovered in a side list (ranking row, coalition, shaper). */
  hoverIds: readonly string[] | null;
  maxHops: number;
  /** Next best relationships shown on the map: [introducer, person] chains (planning). */
  recommended?: readonly (readonly string[])[] | null;
  /** The map is drawn: the ties' details may be asked now. */
  drawn?: boolean;
}

export function useMapModel({ view, userId, reachIndex, shaperFocus, hoverIds, maxHops, recommended = null, drawn = true }: MapModelInput) {
  const scope = view.scope;
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

  const elements = useMemo(() => {
    if (!data) return null;
    const started = performance.now();
    const out = toElements(data, { groups: view.groups });
    performance.measure?.('map:elements', { start: started, end: performance.now() });
    return out;
  }, [data, view.groups]);
  const nodeById = useMemo(() => new Map((data?.nodes ?? []).map((n) => [n.id, n])), [data]);
  const edgeIndex = useMemo(() => new EdgeIndex(data?.edges ?? []), [data]);
  const present = useMemo(() => new Set(nodeById.keys()), [nodeById]);

  const visibility = useMemo(
    () =>
      data
        ? computeVisibility(data, { ties: view.ties, minStrength: view.minStrength, stages: view.stages, stances: view.stances, kinds: view.kinds })
        : { hiddenNodes: new Set<string>(), hiddenEdges: new Set<string>(), visiblePeople: 0, totalPeople: 0 },
    [data, view.ties, view.minStrength, view.stages, view.stances, view.kinds],
  );

  // Areas come from the ties' domains (there is no list query yet); once seen, kept.
  const seenAreas = useRef(new Set<string>());
  const areas = useMemo(() => {
    for (const e of tieDetails ?? []) if (e.domain && /^area-/.test(e.domain)) seenAreas.current.add(e.domain);
    if (view.area) seenAreas.current.add(view.area);
    return [...seenAreas.current].sort();
  }, [tieDetails, view.area]);
  const institutionKinds = useMemo(
    () => [...new Set((data?.nodes ?? []).filter((n) => n.label === 'Institution' && n.kind).map((n) => n.kind!))].sort(),
    [data],
  );

  const tenderId = view.tender ?? (scope?.kind === 'tender' ? scope.id : null);
  const shapers = useQuery(SpecShapersQuery, tenderId && view.shapers ? { variables: { tenderId, maxHops: 3, asOf: view.asOf, without: view.without.length ? view.without : null } } : skipToken);
  const decision = useQuery(DecisionGroupQuery, tenderId && view.tab === 'tender' ? { variables: { tenderId, asOf: view.asOf } } : skipToken);
  const reach = useQuery(IntroductionPathsQuery, view.reach ? { variables: { fromId: userId, toId: view.reach, maxHops, asOf: view.asOf } } : skipToken);

  const highlight: Highlight = useMemo(() => {
    const parts: Highlight[] = [];
    if (view.shapers && tenderId && shapers.data) {
      const list = shaperFocus ? shapers.data.specShapers.filter((s) => s.person.id === shaperFocus) : shapers.data.specShapers;
      parts.push(shaperHighlight(list.map((s) => s.path.map((p) => p.id)), tenderId, edgeIndex, present));
    }
    if (view.reach && reach.data && view.tab === 'reach') {
      const path = reach.data.introductionPaths[Math.min(reachIndex, reach.data.introductionPaths.length - 1)];
      if (path) {
        parts.push(
          chainHighlight([path.people.map((p) => p.id)], edgeIndex, present, {
            fromUser: path.viaUser ? { id: path.viaUser.id, name: path.viaUser.name } : null,
            tieTypes: path.tieTypes,
          }),
        );
      }
    }
    if (recommended?.length) parts.push(chainHighlight(recommended, edgeIndex, present));
    return parts.length ? mergeHighlights(...parts) : EMPTY_HIGHLIGHT;
  }, [view.shapers, view.reach, view.tab, tenderId, shapers.data, reach.data, reachIndex, shaperFocus, edgeIndex, present, recommended]);

  const uncovered = useMemo(() => {
    if (!decision.data) return [];
    const roles = new Set(decision.data.decisionGroup.uncoveredRoles);
    return decision.data.decisionGroup.roles.filter((r) => roles.has(r.role)).flatMap((r) => r.members.map((m) => m.person.id));
  }, [decision.data]);

  const candidates = useMemo(() => (data?.nodes ?? []).map((n) => ({ id: n.id, name: n.name, label: n.label, rank: n.rank })), [data]);
  const searchHits = useMemo(() => searchMatches(candidates, view.search, 50).map((c) => c.id), [candidates, view.search]);

  const allElements = useMemo(() => (elements ? (highlight.overlay.length ? [...elements, ...highlight.overlay] : elements) : null), [elements, highlight.overlay]);

  const classes = useMemo(
    () => ({
      hidden: visibility.hiddenNodes.size || visibility.hiddenEdges.size ? new Set([...visibility.hiddenNodes, ...visibility.hiddenEdges]) : visibility.hiddenNodes,
      path: [...highlight.nodeIds, ...highlight.edgeIds, ...highlight.overlay.map((el) => String(el.data.id))],
      highlight: hoverIds ?? searchHits,
      uncovered,
    }),
    [visibility, highlight, hoverIds, searchHits, uncovered],
  );

  return {
    graph,
    data,
    /** Every tie of `data` with its details (null until `tiesReady`). */
    edges,
    tiesReady,
    tiesError: ties.error ?? null,
    elements: allElements,
    nodeById,
    visibility,
    areas,
    institutionKinds,
    candidates,
    classes,
    tenderId,
    shapers,
    decision,
    reach,
  };
}

export type MapModel = ReturnType<typeof useMapModel>;
