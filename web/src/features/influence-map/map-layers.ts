// The answers the panels light on the map (MapLayer, see state/map-store.tsx) as what the map
// draws: lit nodes and ties (and overlays for ties it does not hold), ringed members, and the
// key that brings them into view. Pure, so it is unit-tested.
import { EMPTY_HIGHLIGHT, chainHighlight, mergeHighlights, shaperHighlight, type EdgeIndex, type Highlight } from './overlays.js';
import { MAP_LAYERS, type MapLayer, type MapLayerKey } from './state/map-store.js';

export interface MapAnswers {
  /** Nodes and ties lit (and the overlays drawn for ties the map does not hold). */
  highlight: Highlight;
  /** Ringed: members of decision-group roles we do not reach. */
  uncovered: readonly string[];
  /** When this changes, the view fits what is lit; the first layer (in MAP_LAYERS order) that asks wins. */
  fitKey: string | null;
  /** People and ties marked as changed (ids; those not on the map are simply not drawn). */
  changed: readonly string[];
}

export function answersFromLayers(layers: Partial<Record<MapLayerKey, MapLayer>>, edgeIndex: EdgeIndex, present: ReadonlySet<string>): MapAnswers {
  const parts: Highlight[] = [];
  const uncovered: string[] = [];
  const changed = new Set<string>();
  let fitKey: string | null = null;
  for (const key of MAP_LAYERS) {
    const layer = layers[key];
    if (!layer) continue;
    if (layer.tender) parts.push(shaperHighlight(layer.tender.paths, layer.tender.id, edgeIndex, present));
    if (layer.chains?.length) parts.push(chainHighlight(layer.chains, edgeIndex, present, { fromUser: layer.fromUser ?? null, tieTypes: layer.tieTypes ?? [] }));
    if (layer.uncovered) uncovered.push(...layer.uncovered);
    for (const id of layer.changed?.people ?? []) if (present.has(id)) changed.add(id);
    for (const id of layer.changed?.ties ?? []) changed.add(id);
    fitKey ??= layer.fitKey ?? null;
  }
  return { highlight: parts.length ? mergeHighlights(...parts) : EMPTY_HIGHLIGHT, uncovered, fitKey, changed: [...changed] };
}
