// Answers drawn on the map: which nodes and ties to light up for a chain of people (spec
// shapers, introduction paths). Pure: works on the map's edge list, so it is unit-tested.
import type { ElementDefinition } from 'cytoscape';
import type { GraphEdgeDrawFieldsFragment } from '../../gql/graphql.js';
import { PATH_COLOUR } from '@shared/visual-encoding/encoding.js';

export interface Highlight {
  nodeIds: string[];
  edgeIds: string[];
  /** Ties the map does not hold (colleagues, a user's own relationship): drawn as dashed overlays. */
  overlay: ElementDefinition[];
}

export const EMPTY_HIGHLIGHT: Highlight = Object.freeze({ nodeIds: [], edgeIds: [], overlay: [] }) as Highlight;
export const OVERLAY_PREFIX = 'overlay:';
export const USER_NODE_ID = `${OVERLAY_PREFIX}user`;

/** Which tie best stands for a step a -> b of a chain: influence in that direction first. */
const PREFERENCE = ['INFLUENCES', 'KNOWS', 'REPORTS_TO', 'MEMBER_OF', 'DRAFTS', 'ROLE_IN', 'WORKS_AT'];

export class EdgeIndex {
  private readonly byPair = new Map<string, GraphEdgeDrawFieldsFragment[]>();
  private readonly bySource = new Map<string, GraphEdgeDrawFieldsFragment[]>();

  constructor(edges: readonly GraphEdgeDrawFieldsFragment[]) {
    for (const e of edges) {
      const key = pairKey(e.source, e.target);
      const list = this.byPair.get(key) ?? [];
      list.push(e);
      this.byPair.set(key, list);
      const out = this.bySource.get(e.source) ?? [];
      out.push(e);
      this.bySource.set(e.source, out);
    }
  }

  /** The tie drawn for the step from a to b, or undefined when the map has none. */
  step(a: string, b: string): GraphEdgeDrawFieldsFragment | undefined {
    const candidates = this.byPair.get(pairKey(a, b)) ?? [];
    const score = (e: GraphEdgeDrawFieldsFragment) => {
      const rank = PREFERENCE.indexOf(e.type);
      return (rank < 0 ? PREFERENCE.length : rank) * 2 + (e.source === a ? 0 : 1);
    };
    return [...candidates].sort((x, y) => score(x) - score(y))[0];
  }

  from(source: string): readonly GraphEdgeDrawFieldsFragment[] {
    return this.bySource.get(source) ?? [];
  }
}

function pairKey(a: string, b: string): string {
  return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
}

function overlayEdge(a: string, b: string, label: string): ElementDefinition {
  return {
    group: 'edges',
    data: { id: `${a.startsWith(OVERLAY_PREFIX) ? '' : OVERLAY_PREFIX}${a}|${b}`, source: a, target: b, type: label, width: 3, colour: PATH_COLOUR },
    classes: 'overlay path',
  };
}

export interface ChainOptions {
  /** Start from our user: adds a "You" node tied to the first person. */
  fromUser?: { id: string; name: string } | null;
  /** Tie type names for each step (from the API), used to label overlay ties. */
  tieTypes?: readonly string[];
}

/** Lights a chain of people: every person on it and the tie between each consecutive two. */
export function chainHighlight(chains: readonly (readonly string[])[], index: EdgeIndex, present: ReadonlySet<string>, options: ChainOptions = {}): Highlight {
  const nodeIds = new Set<string>();
  const edgeIds = new Set<string>();
  const overlay = new Map<string, ElementDefinition>();
  for (const chain of chains) {
    const onMap = chain.filter((id) => present.has(id));
    onMap.forEach((id) => nodeIds.add(id));
    for (let i = 0; i + 1 < onMap.length; i++) {
      const a = onMap[i]!;
      const b = onMap[i + 1]!;
      const tie = index.step(a, b);
      if (tie) edgeIds.add(tie.id);
      else {
        const el = overlayEdge(a, b, 'CONTACT');
        overlay.set(String(el.data.id), el);
      }
    }
    if (options.fromUser && onMap[0]) {
      if (!overlay.has(USER_NODE_ID)) {
        overlay.set(USER_NODE_ID, {
          group: 'nodes',
          data: { id: USER_NODE_ID, label: 'User', name: options.fromUser.name, display: 'You' },
          classes: 'overlay-user',
        });
      }
      const el = overlayEdge(USER_NODE_ID, onMap[0], options.tieTypes?.[0] ?? 'RELATES');
      overlay.set(String(el.data.id), el);
    }
  }
  // Nodes first: Cytoscape needs an edge's endpoints to exist when the edge is added.
  const overlayList = [...overlay.values()].sort((x, y) => (x.group === y.group ? 0 : x.group === 'nodes' ? -1 : 1));
  return { nodeIds: [...nodeIds], edgeIds: [...edgeIds], overlay: overlayList };
}

/**
 * Spec shapers: each influence path to a drafter, plus how the drafter reaches the tender
 * (drafts it, holds a role in it, or sits on the committee that drafts it).
 */
export function shaperHighlight(paths: readonly (readonly string[])[], tenderId: string, index: EdgeIndex, present: ReadonlySet<string>): Highlight {
  const base = chainHighlight(paths, index, present);
  const nodeIds = new Set(base.nodeIds);
  const edgeIds = new Set(base.edgeIds);
  if (present.has(tenderId)) nodeIds.add(tenderId);
  const drafters = new Set(paths.map((p) => p[p.length - 1]).filter((id): id is string => !!id && present.has(id)));
  for (const drafter of drafters) {
    const direct = index.from(drafter).filter((e) => e.target === tenderId && (e.type === 'DRAFTS' || e.type === 'ROLE_IN'));
    if (direct.length) {
      direct.forEach((e) => edgeIds.add(e.id));
      continue;
    }
    for (const seat of index.from(drafter).filter((e) => e.type === 'MEMBER_OF')) {
      const drafts = index.from(seat.target).filter((e) => e.target === tenderId && e.type === 'DRAFTS');
      if (!drafts.length) continue;
      edgeIds.add(seat.id);
      nodeIds.add(seat.target);
      drafts.forEach((e) => edgeIds.add(e.id));
    }
  }
  return { nodeIds: [...nodeIds], edgeIds: [...edgeIds], overlay: base.overlay };
}

export function mergeHighlights(...all: Highlight[]): Highlight {
  const overlay = new Map<string, ElementDefinition>();
  for (const h of all) for (const el of h.overlay) overlay.set(String(el.data.id), el);
  return {
    nodeIds: [...new Set(all.flatMap((h) => h.nodeIds))],
    edgeIds: [...new Set(all.flatMap((h) => h.edgeIds))],
    overlay: [...overlay.values()].sort((x, y) => (x.group === y.group ? 0 : x.group === 'nodes' ? -1 : 1)),
  };
}
