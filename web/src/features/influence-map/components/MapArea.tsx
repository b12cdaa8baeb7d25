import { useMemo } from 'react';
import { useExpiring } from '../../../shared/hooks/use-expiring.js';
import { Toast } from '../../../shared/ui/Toast.js';
import { useMapClasses } from '../hooks/use-map-classes.js';
import { useMapElements } from '../hooks/use-map-elements.js';
import { useMapHighlight } from '../hooks/use-map-highlight.js';
import { useMapView } from '../hooks/use-map-view.js';
import { useVisibility } from '../hooks/use-visibility.js';
import { useMapGraph } from '../state/map-graph.js';
import { useMapActions, useMapStore } from '../state/map-store.js';
import { MapCanvas } from './MapCanvas.js';
import { MapStatus } from './MapStatus.js';

/** The map, its state over it (loading, errors, what is shown) and the page's confirmations. */
export function MapArea() {
  const [view] = useMapView();
  const { data } = useMapGraph();
  const elements = useMapElements(data, view.groups);
  const visibility = useVisibility(data, view);
  const { highlight, uncovered, fitKey, changed, proposed } = useMapHighlight();
  const classes = useMapClasses(visibility, highlight, uncovered, changed, view.search);
  const drawn = useMemo(
    () => (elements ? (highlight.overlay.length || proposed.length ? [...elements, ...highlight.overlay, ...proposed] : elements) : null),
    [elements, highlight.overlay, proposed],
  );
  const message = useMapStore((s) => s.message);
  const { say } = useMapActions();
  useExpiring(message, () => say(null), 4000);
  // Groups are drawn around the same positions: the saved layout is per scope only.
  const layoutKey = view.scope ? `${view.scope.kind}:${view.scope.id}` : 'none';
  return (
    <main className="map-area">
      <MapCanvas elements={drawn} layoutKey={layoutKey} classes={classes} fitKey={fitKey} visibleNodes={data ? data.nodes.length - visibility.hiddenNodes.size : 0} />
      <MapStatus visibility={visibility} proposedDrawn={proposed.length} />
      <Toast message={message} className="toast" />
    </main>
  );
}
