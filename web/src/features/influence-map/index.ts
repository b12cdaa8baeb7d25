// The influence map: its view (the URL), its page state (a store), its one graph query and
// the canvas, filters and top bar. What other features use of it is exported here; the map
// page itself is put together in app/map-page (with the side panels of other features).
// The app's first script imports ./prefetch.ts directly (it must not load React).
export { EntityLink, type EntityRef } from './components/EntityLink.js';
export { FilterPanel } from './components/FilterPanel.js';
export { MapArea } from './components/MapArea.js';
export { NodeDetails } from './components/NodeDetails.js';
export { TopBar } from './components/TopBar.js';
export { useMapLayer } from './hooks/use-map-layer.js';
export { useMapSettled } from './hooks/use-map-settled.js';
export { useMapToday } from './hooks/use-map-today.js';
export { useMapView } from './hooks/use-map-view.js';
export { useOpenItem, useOpenTender } from './hooks/use-open-item.js';
export { usePickNode } from './hooks/use-pick-node.js';
export { useScopeName } from './hooks/use-scope-name.js';
export { useMapGraph, type MapGraph } from './state/map-graph.js';
export { MapPageProvider } from './state/map-page-provider.js';
export { useMapActions, useMapStore, type MapLayer, type ProposedTie } from './state/map-store.js';
export { proposalIdOf } from './to-elements.js';
