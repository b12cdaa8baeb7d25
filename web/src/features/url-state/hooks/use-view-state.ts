import { useCallback, useEffect, useRef, useState } from 'react';
import { decodeViewState, encodeViewState, type ViewState } from '../view-state.js';

export type UpdateView = (patch: Partial<ViewState> | ((s: ViewState) => Partial<ViewState>), mode?: 'push' | 'replace') => void;

/**
 * The view state is the URL: every change is written to the query string (pushed for
 * navigation such as a new scope or selection, replaced for tweaks such as typing), and
 * Back/Forward restore the view.
 */
export function useViewState(): [ViewState, UpdateView] {
  const [state, setState] = useState<ViewState>(() => decodeViewState(window.location.search));
  const stateRef = useRef(state);
  stateRef.current = state;

  useEffect(() => {
    const onPop = () => setState(decodeViewState(window.location.search));
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);

  const update = useCallback<UpdateView>((patch, mode = 'replace') => {
    const current = stateRef.current;
    const next = { ...current, ...(typeof patch === 'function' ? patch(current) : patch) };
    const search = encodeViewState(next);
    if (search !== window.location.search) {
      const url = `${window.location.pathname}${search}${window.location.hash}`;
      if (mode === 'push') window.history.pushState(null, '', url);
      else window.history.replaceState(null, '', url);
    }
    stateRef.current = next;
    setState(next);
  }, []);

  return [state, update];
}
