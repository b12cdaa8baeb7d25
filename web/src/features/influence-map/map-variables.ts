import { MAP_TIE_TYPES, scopeInput, type ViewState } from '@shared/urls/map-view.js';

/** The variables of the map's query (GraphView) for a view; null without a scope. One place, so the early request (prefetch.ts) and useMapModel ask the same. */
export function mapQueryVariables(view: Pick<ViewState, 'scope' | 'asOf' | 'area' | 'without'>) {
  if (!view.scope) return null;
  return {
    scope: scopeInput(view.scope),
    asOf: view.asOf,
    therapeuticArea: view.area,
    tieTypes: [...MAP_TIE_TYPES],
    without: view.without.length ? view.without : null,
    limit: 2000,
  };
}
