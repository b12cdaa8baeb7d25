// Pages other than the map keep their view in the query string too, so a view can be
// shared by its URL. Each page brings a pure decode/encode pair (unit-tested); this hook
// only wires them to the address bar and Back/Forward.
import { useCallback, useEffect, useRef, useState } from 'react';

export type UpdateParams<T> = (patch: Partial<T> | ((current: T) => Partial<T>), mode?: 'push' | 'replace') => void;

export interface ParamCodec<T> {
  decode(search: string): T;
  encode(state: T): string;
}

/** Writes only keys with a value, in the given order; commas and colons stay readable. */
export function toSearch(entries: readonly (readonly [string, string | null | undefined | false])[]): string {
  const p = new URLSearchParams();
  for (const [key, value] of entries) if (value) p.set(key, value);
  const s = p.toString().replaceAll('%2C', ',').replaceAll('%3A', ':');
  return s ? `?${s}` : '';
}

export function fromSearch(search: string): URLSearchParams {
  return new URLSearchParams(search.startsWith('?') ? search.slice(1) : search);
}

const ID = /^[\w.:@-]{1,200}$/;
/** An id from the URL, or null when it is not one. */
export function idParam(value: string | null): string | null {
  return value && ID.test(value) ? value : null;
}

export function usePageParams<T>(codec: ParamCodec<T>): [T, UpdateParams<T>] {
  const codecRef = useRef(codec);
  codecRef.current = codec;
  const [state, setState] = useState<T>(() => codec.decode(window.location.search));
  const stateRef = useRef(state);
  stateRef.current = state;

  useEffect(() => {
    const onPop = () => setState(codecRef.current.decode(window.location.search));
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);

  const update = useCallback<UpdateParams<T>>((patch, mode = 'replace') => {
    const current = stateRef.current;
    const next = { ...current, ...(typeof patch === 'function' ? patch(current) : patch) };
    const search = codecRef.current.encode(next);
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
