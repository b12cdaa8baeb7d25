import type { ElementDefinition } from 'cytoscape';
import { useMemo } from 'react';
import { useExpiring } from '@shared/hooks/use-expiring.js';
import { Toast } from '@shared/ui/Toast.js';
import { useMapClasses } from '../hooks/use-map-classes.js';
import { useMapElements } from '../hooks/use-map-elements.js';
import { useMapHighlight } from '../hooks/use-map-highlight.js';
import { useMapView } from '../hooks/use-map-view.js';
import { overviewClasses, useOverview } from '../hooks/use-overview.js';
import { useVisibility } from '../hooks/use-visibility.js';
import { OVERLAY_PREFIX } from '../overlays.js';
import { drawnAs, type Overview } from '../overview.js';
import { useMapGraph } from '../state/map-graph.js';
import { useMapActions, useMapStore } from '../state/map-store.js';
import { MapCanvas } from './MapCanvas.js';
import { MapStatus } from './MapStatus.js';
import { OverviewBar } from './OverviewBar.js';

/** The map, its state over it (loading, errors, what is shown) and the page's confirmations. */
export function MapArea() {
  const [view] = useMapView();
  const { data } = useMapGraph();
  const visibility = useVisibility(data, view);
  const answers = useMapHighlight();
  const { highlight, uncovered, fitKey, changed, proposed } = answers;
  const scopeKey = view.scope ? `${view.scope.kind}:${view.scope.id}` : 'none';
  const mapOverview = useOverview(data, view, visibility, answers, scopeKey);
  const { overview } = mapOverview;
  // The overview builds its own elements: the full list is built only when every person is drawn.
  const elements = useMapElements(mapOverview.on ? null : data, view.groups);
  const shown = overview ? overview.elements : elements;
  const fullClasses = useMapClasses(visibility, highlight, uncovered, changed, view.search);
  const classes = useMemo(() => (overview ? overviewClasses(fullClasses, overview) : fullClasses), [overview, fullClasses]);
  const drawn = useMemo(() => {
    if (!shown) return null;
    const extra = overview ? [...highlight.overlay, ...proposed].map((el) => toOverviewEdge(el, overview)).filter((el): el is ElementDefinition => el !== null) : [...highlight.overlay, ...proposed];
    return extra.length ? [...shown, ...extra] : shown;
  }, [shown, overview, highlight.overlay, proposed]);
  const canvasOverview = useMemo(() => (mapOverview.layout ? { layout: mapOverview.layout } : null), [mapOverview.layout]);
  const message = useMapStore((s) => s.message);
  const { say } = useMapActions();
  useExpiring(message, () => say(null), 4000);
  // Groups are drawn around the same positions: the saved layout is per scope only. The
  // overview has its own places, so its own key.
  const layoutKey = mapOverview.on ? `${scopeKey}|overview` : scopeKey;
  const visiblePeople = overview ? visibleOverviewPeople(overview, data?.nodes ?? [], visibility.hiddenNodes) : visibility.visiblePeople;
  const visibleNodes = useMemo(
    () => (overview ? overview.elements.filter((el) => el.group === 'nodes' && !classes.hidden.has(String(el.data.id))).length : data ? data.nodes.length - visibility.hiddenNodes.size : 0),
    [overview, classes.hidden, data, visibility.hiddenNodes],
  );
  return (
    <main className="map-area">
      <MapCanvas elements={drawn} layoutKey={layoutKey} classes={classes} fitKey={fitKey} visibleNodes={visibleNodes} overview={canvasOverview} />
      <MapStatus visibility={{ ...visibility, visiblePeople }} proposedDrawn={proposed.length} />
      {mapOverview.large && data && <OverviewBar overview={overview} />}
      <Toast message={message} className="toast" />
    </main>
  );
}

/** People drawn in the overview and not hidden by a filter. */
function visibleOverviewPeople(overview: Overview, nodes: readonly { id: string; label: string }[], hidden: ReadonlySet<string>): number {
  let count = 0;
  for (const n of nodes) if (n.label === 'Person' && overview.shownIds.has(n.id) && !hidden.has(n.id)) count += 1;
  return count;
}

/** An overlay or proposed tie in the overview: its ends drawn as what they are drawn as (a collapsed person as its coalition). */
function toOverviewEdge(el: ElementDefinition, overview: Overview): ElementDefinition | null {
  const d = el.data as Record<string, unknown>;
  if (d.source === undefined) return el;
  const source = drawnAs(overview, String(d.source));
  const target = drawnAs(overview, String(d.target));
  if (source === target) return null;
  if (!source.startsWith(OVERLAY_PREFIX) && !overview.shownIds.has(source) && !overview.members.has(source)) return null;
  if (!target.startsWith(OVERLAY_PREFIX) && !overview.shownIds.has(target) && !overview.members.has(target)) return null;
  return source === d.source && target === d.target ? el : { ...el, data: { ...el.data, source, target } };
}
