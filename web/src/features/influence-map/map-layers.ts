// The answers the panels light on the map (MapLayer, see state/map-store.tsx) as what the map
// draws: lit nodes and ties (and overlays for ties it does not hold), ringed members, proposed
// ties, and the key that brings them into view. Pure, so it is unit-tested.
import type { ElementDefinition } from 'cytoscape';
import { EMPTY_HIGHLIGHT, chainHighlight, mergeHighlights, shaperHighlight, type EdgeIndex, type Highlight } from './overlays.js';
import { MAP_LAYERS, type MapLayer, type MapLayerKey } from './state/map-store.js';
import { proposedEdgeElement } from './to-elements.js';

export interface MapAnswers {
  /** Proposed ties between two nodes on the map, as dashed edges (nothing else fades for them). */
  proposed: ElementDefinition[];
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
  const proposed = new Map<string, ElementDefinition>();
  for (const key of MAP_LAYERS) {
    const layer = layers[key];
    if (!layer) continue;
    for (const tie of layer.proposed ?? []) {
      // A tie to someone the map does not draw (outside the scope, gone in a what-if) cannot be drawn.
      if (!present.has(tie.source) || !present.has(tie.target) || tie.source === tie.target) continue;
      const el = proposedEdgeElement(tie);
      proposed.set(String(el.data.id), el);
    }
    if (layer.tender) parts.push(shaperHighlight(layer.tender.paths, layer.tender.id, edgeIndex, present));
    if (layer.chains?.length) parts.push(chainHighlight(layer.chains, edgeIndex, present, { fromUser: layer.fromUser ?? null, tieTypes: layer.tieTypes ?? [] }));
    if (layer.uncovered) uncovered.push(...layer.uncovered);
    for (const id of layer.changed?.people ?? []) if (present.has(id)) changed.add(id);
    for (const id of layer.changed?.ties ?? []) changed.add(id);
    fitKey ??= layer.fitKey ?? null;
  }
  return { highlight: parts.length ? mergeHighlights(...parts) : EMPTY_HIGHLIGHT, uncovered, fitKey, changed: [...changed], proposed: [...proposed.values()] };
}
