// /changes keeps its view in the query string: the tab (the inbox or a scope's feed), the
// watched entity the inbox is narrowed to, the feed's scope and days, and the kinds shown.
// The default window (the last 30 days up to today) is left out, so a shared link follows
// the calendar. Kinds are written in lower case (`kinds=rank_moved`) and read in any case.
import { ChangeKind } from '../../gql/vocabulary.js';
import { addDays, isIsoDate } from '../dates.js';
import { enumValue, slug, valuesOf } from '../vocabulary/values.js';
import { formatScope, parseScope, type Scope } from './map-view.js';
import { fromSearch, idParam, toSearch, type ParamCodec } from './query-string.js';

export const CHANGE_KINDS: readonly ChangeKind[] = valuesOf(ChangeKind);
export const CHANGES_TABS = ['inbox', 'feed'] as const;
export type ChangesTab = (typeof CHANGES_TABS)[number];
/** The feed's window when none is given: the last 30 days. */
export const DEFAULT_FEED_DAYS = 30;

export interface ChangesParams {
  tab: ChangesTab;
  /** The inbox narrowed to the changes touching this watched entity; null: all. */
  watch: string | null;
  /** The feed's scope; null: the user's first territory. */
  scope: Scope | null;
  /** null: 30 days before `until`. */
  since: string | null;
  /** null: today. */
  until: string | null;
  /** Kinds shown; empty: all. */
  kinds: ChangeKind[];
}

export const DEFAULT_CHANGES_PARAMS: ChangesParams = Object.freeze({ tab: 'inbox', watch: null, scope: null, since: null, until: null, kinds: [] }) as ChangesParams;

export function decodeChangesParams(search: string): ChangesParams {
  const p = fromSearch(search);
  const since = p.get('since');
  const until = p.get('until');
  return {
    tab: p.get('tab') === 'feed' ? 'feed' : 'inbox',
    watch: idParam(p.get('watch')),
    scope: parseScope(p.get('scope')),
    since: isIsoDate(since) ? since : null,
    until: isIsoDate(until) ? until : null,
    kinds: CHANGE_KINDS.filter((k) => (p.get('kinds') ?? '').split(',').some((w) => enumValue(ChangeKind, w) === k)),
  };
}

export function encodeChangesParams(s: ChangesParams): string {
  return toSearch([
    ['tab', s.tab === 'inbox' ? null : s.tab],
    ['watch', s.watch],
    ['scope', s.scope ? formatScope(s.scope) : null],
    ['since', s.since],
    ['until', s.until],
    ['kinds', CHANGE_KINDS.filter((k) => s.kinds.includes(k)).map(slug).join(',')],
  ]);
}

export const changesCodec: ParamCodec<ChangesParams> = { decode: decodeChangesParams, encode: encodeChangesParams };

/** The feed's days with the defaults filled in; a window the API refuses (since after until) is turned round. */
export function feedWindow(params: Pick<ChangesParams, 'since' | 'until'>, today: string): { since: string; until: string } {
  const until = params.until ?? today;
  const since = params.since ?? addDays(until, -DEFAULT_FEED_DAYS);
  return since <= until ? { since, until } : { since: until, until: since };
}

/** The changes page on a tab (the inbox narrowed to a watched entity, or a scope's feed). */
export function changesHref(patch: Partial<ChangesParams> = {}): string {
  return `/changes${encodeChangesParams({ ...DEFAULT_CHANGES_PARAMS, ...patch })}`;
}
