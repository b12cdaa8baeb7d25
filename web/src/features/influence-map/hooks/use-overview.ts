import type { ElementDefinition } from 'cytoscape';
import { useMemo } from 'react';
import { tr } from '@shared/i18n/intl.js';
import type { ViewState } from '@shared/urls/map-view.js';
import { buildOverview, drawnAs, isLargeScope, NO_COALITION, overviewLayout, type Overview } from '../overview.js';
import type { Positions } from '../coalition-layout.js';
import type { MapAnswers } from '../map-layers.js';
import type { Visibility } from '../visibility.js';
import type { MapClasses } from './use-cytoscape.js';
import type { GraphView } from './use-graph-view.js';

export interface MapOverview {
  /** The scope is large enough for an overview (whether or not it is shown). */
  large: boolean;
  /** The overview is drawn (a large scope without "show every person"). */
  on: boolean;
  overview: Overview | null;
  /** The overview's positions for its elements (a fixed place per person: see overview.ts). */
  layout: ((elements: readonly ElementDefinition[], aspect: number) => Positions) | null;
}

const OFF: MapOverview = { large: false, on: false, overview: null, layout: null };

/** The coalition's label on its aggregate node. */
export function groupLabel(coalition: number, members: number): string {
  return coalition === NO_COALITION ? tr('map.overview.noCoalition', { count: members }) : tr('map.overview.coalition', { number: coalition + 1, count: members });
}

/** The overview of a large scope for the current view (see overview.ts), or OFF. */
export function useOverview(
  data: GraphView | null,
  view: Pick<ViewState, 'everyone' | 'open' | 'selected' | 'reach' | 'stages' | 'stances' | 'kinds'>,
  visibility: Visibility,
  answers: Pick<MapAnswers, 'highlight' | 'uncovered'>,
  seedKey: string,
): MapOverview {
  const large = useMemo(() => (data ? isLargeScope(data) : false), [data]);
  const on = large && !view.everyone;
  const peopleFilter = view.stages.length > 0 || view.stances.length > 0 || view.kinds.length > 0;
  const filtered = useMemo(() => {
    if (!on || !peopleFilter || !data) return null;
    const out = new Set<string>();
    for (const n of data.nodes) if (n.label === 'Person' && !visibility.hiddenNodes.has(n.id)) out.add(n.id);
    return out;
  }, [on, peopleFilter, data, visibility]);
  const pinnedKey = useMemo(
    () => [view.selected ?? '', view.reach ?? '', ...answers.highlight.nodeIds, ...answers.uncovered].join('\u0000'),
    [view.selected, view.reach, answers.highlight.nodeIds, answers.uncovered],
  );
  const openKey = view.open.join(',');
  const overview = useMemo(() => {
    if (!on || !data) return null;
    const started = performance.now();
    const built = buildOverview(data, { expanded: new Set(view.open), pinned: pinnedKey.split('\u0000').filter(Boolean), filtered, label: groupLabel });
    performance.measure?.('map:overview', { start: started, end: performance.now() });
    return built;
    // openKey stands for view.open (a new array on every URL read).
  }, [on, data, openKey, pinnedKey, filtered]);
  const layout = useMemo(() => (on && data ? (elements: readonly ElementDefinition[], aspect: number) => overviewLayout(data, elements, seedKey, aspect) : null), [on, data, seedKey]);
  return useMemo(() => (large ? { large, on, overview, layout } : OFF), [large, on, overview, layout]);
}

/**
 * The map's state classes as the overview draws them: a person inside a collapsed coalition
 * lends its marks (found, hovered, changed, lit) to the coalition's node; an aggregate is
 * hidden when the filters hide all its members, a tie to it when they hide all it stands for.
 */
export function overviewClasses(classes: MapClasses, overview: Overview): MapClasses {
  const mapIds = (ids: readonly string[]) => {
    const out = new Set<string>();
    for (const id of ids) out.add(drawnAs(overview, id));
    return [...out];
  };
  let hidden: ReadonlySet<string> = classes.hidden;
  if (classes.hidden.size) {
    const more = new Set(classes.hidden);
    for (const [id, members] of overview.members) if (members.every((m) => classes.hidden.has(m))) more.add(id);
    for (const [id, ties] of overview.underlying) if (ties.every((t) => classes.hidden.has(t))) more.add(id);
    hidden = more;
  }
  return {
    hidden,
    path: mapIds(classes.path),
    highlight: mapIds(classes.highlight),
    uncovered: mapIds(classes.uncovered),
    changed: mapIds(classes.changed).map((id) => overview.tieDrawnAs.get(id) ?? id),
  };
}
