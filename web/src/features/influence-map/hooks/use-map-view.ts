import { mapViewCodec, type ViewState } from '@shared/urls/map-view.js';
import type { UpdateSearch } from '@shared/urls/query-string.js';
import { useSearchState } from '@shared/urls/use-search-state.js';

export type UpdateView = UpdateSearch<ViewState>;

/**
 * The map's view state is the URL: every change is written to the query string (pushed for
 * navigation such as a new scope or selection, replaced for tweaks such as typing), and
 * Back/Forward restore the view.
 */
export function useMapView(): [ViewState, UpdateView] {
  return useSearchState(mapViewCodec);
}
