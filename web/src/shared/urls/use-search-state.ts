// The one URL-state mechanism of the app: every page keeps its view in the query string, so
// a view can be shared by its URL. Each page brings a pure decode/encode pair (a codec, in
// this folder, unit-tested); useSearchState wires it to React Router's location.
import { useCallback } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { langParam, withLang } from './lang.js';
import type { ParamCodec, UpdateSearch } from './query-string.js';

// Every component that reads the same URL gets the same object (stable for memo dependencies).
const lastDecoded = new WeakMap<ParamCodec<unknown>, { search: string; value: unknown }>();

function decodeOnce<T>(codec: ParamCodec<T>, search: string): T {
  const last = lastDecoded.get(codec as ParamCodec<unknown>);
  if (last && last.search === search) return last.value as T;
  const value = codec.decode(search);
  lastDecoded.set(codec as ParamCodec<unknown>, { search, value });
  return value;
}

/**
 * The page's view as decoded from the current URL, and a function that changes it. Back and
 * Forward, links and updates all go through the router; the codec decides what is written.
 * Updates are computed from the address bar itself (the router writes it at once), so two
 * updates in one event both apply; the router's BrowserRouter runs without transitions
 * (app/start.tsx), so inputs bound to the view update as the user types.
 */
export function useSearchState<T>(codec: ParamCodec<T>): [T, UpdateSearch<T>] {
  const { search } = useLocation();
  const navigate = useNavigate();
  const update = useCallback<UpdateSearch<T>>(
    (patch, mode = 'replace') => {
      const current = decodeOnce(codec, window.location.search);
      // The page's codec writes its own parameters; the language (`lang`) rides along.
      const next = withLang(codec.encode({ ...current, ...(typeof patch === 'function' ? patch(current) : patch) }), langParam(window.location.search));
      if (next !== window.location.search) navigate({ search: next, hash: window.location.hash }, { replace: mode === 'replace' });
    },
    [codec, navigate],
  );
  return [decodeOnce(codec, search), update];
}
