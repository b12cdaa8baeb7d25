// API data -> Cytoscape elements. Pure, so it is unit-tested without a browser. Element
// `data` holds primitives only (colour, size, shape already computed): the stylesheet maps
// them with `data(...)`, which keeps style rules few and fast for thousands of nodes.
import type { ElementDefinition } from 'cytoscape';
import type { GraphEdgeDrawFieldsFragment, GraphNodeFieldsFragment, MapCoalitionFieldsFragment } from '../../gql/graphql.js';
import { InstitutionKind } from '../../gql/vocabulary.js';
import {
  GROUP_FILL,
  NODE_SIZE,
  SHAPE_OF,
  STANCE_COLOURS,
  TIE_STYLES,
  coalitionColour,
  influenceWidth,
  personSize,
  shapeGroup,
  stageRing,
} from '@shared/visual-encoding/encoding.js';
import { COALITION_LEANING_LABELS } from '@shared/vocabulary/labels.js';
import { stanceWord } from '@shared/vocabulary/stance.js';
import { enumValue } from '@shared/vocabulary/values.js';
import type { ProposedTie } from './state/map-store.js';

export interface MapData {
  nodes: readonly GraphNodeFieldsFragment[];
  edges: readonly GraphEdgeDrawFieldsFragment[];
  coalitions: readonly MapCoalitionFieldsFragment[];
}

export interface ToElementsOptions {
  /** Draw coalitions as compound groups. */
  groups?: boolean;
  /** People ranked this high or higher always show their name (others only when zoomed in). */
  alwaysLabelTop?: number;
}

export const COALITION_PREFIX = 'coalition:';
const MAX_LABEL = 30;

export function shortLabel(name: string, max = MAX_LABEL): string {
  return name.length <= max ? name : `${name.slice(0, max - 1).trimEnd()}…`;
}

export function coalitionTitle(index: number, c: MapCoalitionFieldsFragment): string {
  return `Coalition ${index + 1} · ${c.memberCount} people · ${COALITION_LEANING_LABELS[c.leaning]}`;
}

export function nodeElement(n: GraphNodeFieldsFragment, options: ToElementsOptions = {}): ElementDefinition {
  const group = shapeGroup(n.label, n.kind);
  const isPerson = group === 'person';
  const bucket = stanceWord(n.stance);
  const size = isPerson ? personSize(n.power) : NODE_SIZE[group];
  const top = options.alwaysLabelTop ?? 15;
  const classes = [n.label.toLowerCase()];
  if (isPerson && n.rank !== null && n.rank <= top) classes.push('top');
  if (n.optedOut) classes.push('opted-out');
  const data: Record<string, unknown> = {
    id: n.id,
    label: n.label,
    name: n.name,
    display: isPerson ? n.name : shortLabel(n.name),
    kind: n.kind ?? '',
    group,
    shape: SHAPE_OF[group],
    colour: isPerson ? STANCE_COLOURS[bucket] : GROUP_FILL[group],
    size,
    ring: isPerson ? stageRing(n.stage) : 0,
    power: n.power ?? 0,
    rank: n.rank ?? 0,
    coalition: n.coalition ?? -1,
    stance: n.stance ?? null,
    stanceBucket: isPerson ? bucket : '',
    stage: n.stage ?? '',
    ownerId: n.ownerId ?? '',
    optedOut: n.optedOut,
  };
  // Landmarks keep a legible label when zoomed out: the map scales these fonts with the zoom.
  const landmark = isPerson ? classes.includes('top') : group === 'authority' || group === 'company' || group === 'committee' || group === 'tender' || enumValue(InstitutionKind, n.kind) === InstitutionKind.HOSPITAL;
  if (landmark) {
    data.baseFont = isPerson ? 13 : 11;
    data.fontSize = data.baseFont;
    data.labelWidth = '150px';
  }
  if (options.groups && isPerson && n.coalition !== null) data.parent = `${COALITION_PREFIX}${n.coalition}`;
  return { group: 'nodes', data, classes: classes.join(' ') };
}

/** `bridge`: influence between two coalitions, drawn lighter so each camp reads first. */
export function edgeElement(e: GraphEdgeDrawFieldsFragment, bridge = false): ElementDefinition {
  const style = TIE_STYLES[e.type];
  const isInfluence = e.type === 'INFLUENCES';
  return {
    group: 'edges',
    data: {
      id: e.id,
      source: e.source,
      target: e.target,
      type: e.type,
      strength: e.strength ?? null,
      width: isInfluence ? influenceWidth(e.strength) : e.type === 'KNOWS' ? 0.8 + (e.strength ?? 0) : 1,
      colour: style?.colour ?? '#c3c9d0',
    },
    classes: `${e.type.toLowerCase().replace(/_/g, '-')}${bridge ? ' bridge' : ''}`,
  };
}

/** Proposed ties' edge ids: `proposed:<the proposal's id>`, never a confirmed tie's id. */
export const PROPOSED_PREFIX = 'proposed:';

/** The proposal an edge stands for, or null for any other edge. */
export function proposalIdOf(edgeId: string | null | undefined): string | null {
  return edgeId?.startsWith(PROPOSED_PREFIX) ? edgeId.slice(PROPOSED_PREFIX.length) || null : null;
}

/** A proposed tie, drawn dashed by its class (see map-style.ts); its type still says arrow or not. */
export function proposedEdgeElement(t: ProposedTie): ElementDefinition {
  return {
    group: 'edges',
    data: { id: `${PROPOSED_PREFIX}${t.id}`, source: t.source, target: t.target, type: t.type, strength: t.strength, confidence: t.confidence, proposal: t.id },
    classes: 'proposed',
  };
}

/** Every element of the map, nodes first (compound parents before children), then edges. */
export function toElements(view: MapData, options: ToElementsOptions = {}): ElementDefinition[] {
  const ids = new Set(view.nodes.map((n) => n.id));
  const coalitionOf = new Map(view.nodes.map((n) => [n.id, n.coalition]));
  const out: ElementDefinition[] = [];
  if (options.groups) {
    const used = new Set(view.nodes.filter((n) => n.label === 'Person' && n.coalition !== null).map((n) => n.coalition!));
    view.coalitions.forEach((c, index) => {
      if (!used.has(index)) return;
      out.push({
        group: 'nodes',
        data: { id: `${COALITION_PREFIX}${index}`, label: 'Coalition', name: coalitionTitle(index, c), display: coalitionTitle(index, c), colour: coalitionColour(index), coalition: index },
        classes: 'coalition',
      });
    });
  }
  for (const n of view.nodes) out.push(nodeElement(n, options));
  for (const e of view.edges) {
    // A tie to a node outside the view cannot be drawn; the API should not send one.
    if (!ids.has(e.source) || !ids.has(e.target)) continue;
    const a = coalitionOf.get(e.source);
    const b = coalitionOf.get(e.target);
    out.push(edgeElement(e, e.type === 'INFLUENCES' && a !== null && b !== null && a !== b));
  }
  return out;
}
