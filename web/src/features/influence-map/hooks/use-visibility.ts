import { useMemo } from 'react';
import type { ViewState } from '@shared/urls/map-view.js';
import { computeVisibility, type Visibility } from '../visibility.js';
import type { GraphView } from './use-graph-view.js';

const NOTHING_HIDDEN: Visibility = { hiddenNodes: new Set(), hiddenEdges: new Set(), visiblePeople: 0, totalPeople: 0 };

/** What the view's filters hide of the answer (hidden, not removed: nothing moves). */
export function useVisibility(data: GraphView | null, view: Pick<ViewState, 'ties' | 'minStrength' | 'stages' | 'stances' | 'kinds'>): Visibility {
  const { ties, minStrength, stages, stances, kinds } = view;
  return useMemo(() => (data ? computeVisibility(data, { ties, minStrength, stages, stances, kinds }) : NOTHING_HIDDEN), [data, ties, minStrength, stages, stances, kinds]);
}
