// Which elements the filters hide. Hiding (display: none) instead of removing keeps every
// position, so toggling a filter never moves the map and never re-runs the layout.
import { InstitutionKind } from '../../gql/vocabulary.js';
import { NO_STAGE, type MapTieType, type StageFilter } from '@shared/urls/map-view.js';
import { stanceWord, type StanceWord } from '@shared/vocabulary/stance.js';
import { enumValue } from '@shared/vocabulary/values.js';
import type { MapData } from './to-elements.js';

export interface MapFilters {
  ties: readonly MapTieType[];
  minStrength: number;
  /** A step of the ladder, or NO_STAGE for the people nobody of ours has a stage with. */
  stages: readonly StageFilter[];
  stances: readonly StanceWord[];
  /** Institution kinds: keeps institutions of these kinds and the people who work there. */
  kinds: readonly InstitutionKind[];
}

export interface Visibility {
  hiddenNodes: Set<string>;
  hiddenEdges: Set<string>;
  visiblePeople: number;
  totalPeople: number;
}

const STRENGTH_TIES = new Set(['INFLUENCES', 'KNOWS']);

/**
 * An institution's kind for filtering: a department counts as its hospital's kind too and
 * an outlet as its chain's, so "hospital" keeps the doctors of hospital departments. The
 * map's `kind` is a String: read as an InstitutionKind in either case.
 */
function kindsByInstitution(view: MapData): Map<string, Set<InstitutionKind>> {
  const own = new Map<string, InstitutionKind | null>();
  for (const n of view.nodes) if (n.label === 'Institution') own.set(n.id, enumValue(InstitutionKind, n.kind));
  const kinds = new Map<string, Set<InstitutionKind>>();
  for (const [id, kind] of own) kinds.set(id, new Set(kind ? [kind] : []));
  for (const e of view.edges) {
    if (e.type !== 'PART_OF') continue;
    const parentKind = own.get(e.target);
    if (parentKind) kinds.get(e.source)?.add(parentKind);
  }
  return kinds;
}

export function computeVisibility(view: MapData, f: MapFilters): Visibility {
  const hiddenNodes = new Set<string>();
  const hiddenEdges = new Set<string>();
  const kindFilter = new Set(f.kinds);
  const institutionKinds = kindFilter.size ? kindsByInstitution(view) : new Map<string, Set<InstitutionKind>>();
  const matchesKind = (institutionId: string) => [...(institutionKinds.get(institutionId) ?? [])].some((k) => kindFilter.has(k));

  let workplaces: Map<string, string[]> | undefined;
  if (kindFilter.size) {
    workplaces = new Map();
    for (const e of view.edges) {
      if (e.type !== 'WORKS_AT') continue;
      const list = workplaces.get(e.source) ?? [];
      list.push(e.target);
      workplaces.set(e.source, list);
    }
  }

  let totalPeople = 0;
  for (const n of view.nodes) {
    if (n.label === 'Person') {
      totalPeople += 1;
      if (f.stages.length && !f.stages.includes(n.stage ?? NO_STAGE)) hiddenNodes.add(n.id);
      else if (f.stances.length && !f.stances.includes(stanceWord(n.stance))) hiddenNodes.add(n.id);
      else if (workplaces && !(workplaces.get(n.id) ?? []).some(matchesKind)) hiddenNodes.add(n.id);
    } else if (n.label === 'Institution' && kindFilter.size && !matchesKind(n.id)) {
      hiddenNodes.add(n.id);
    }
  }

  const ties = new Set<string>(f.ties);
  for (const e of view.edges) {
    const weak = STRENGTH_TIES.has(e.type) && f.minStrength > 0 && (e.strength ?? 0) < f.minStrength;
    if (!ties.has(e.type) || weak || hiddenNodes.has(e.source) || hiddenNodes.has(e.target)) hiddenEdges.add(e.id);
  }
  let hiddenPeople = 0;
  for (const n of view.nodes) if (n.label === 'Person' && hiddenNodes.has(n.id)) hiddenPeople += 1;
  return { hiddenNodes, hiddenEdges, visiblePeople: totalPeople - hiddenPeople, totalPeople };
}
