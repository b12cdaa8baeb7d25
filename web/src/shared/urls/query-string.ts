// Query strings, pure: what every page's codec (in this folder) is made of. No React here:
// the app's first script reads the map's URL with these (see prefetch.ts).

/** Push: a step Back should undo (a new scope, a selection); replace: a tweak (typing, a filter). */
export type UpdateMode = 'push' | 'replace';
export type UpdateSearch<T> = (patch: Partial<T> | ((current: T) => Partial<T>), mode?: UpdateMode) => void;

export interface ParamCodec<T> {
  decode(search: string): T;
  encode(state: T): string;
}

/** Writes only keys with a value, in the given order; commas and colons stay readable. */
export function toSearch(entries: readonly (readonly [string, string | null | undefined | false])[]): string {
  const p = new URLSearchParams();
  for (const [key, value] of entries) if (value) p.set(key, value);
  return readable(p);
}

/** A query string from URLSearchParams, with `,` and `:` left as they are (lists and scopes read well). */
export function readable(params: URLSearchParams): string {
  const s = params.toString().replaceAll('%2C', ',').replaceAll('%3A', ':');
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
