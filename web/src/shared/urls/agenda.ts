// /agenda keeps its date range, kind filter and the interaction form's person in the URL.
// The default range (today .. +30 days) is left out, so a shared link follows the calendar.
// Kinds are written in lower case (`kinds=birthday,follow_up`) and read in any case.
import { AgendaItemKind } from '../../gql/vocabulary.js';
import { addDays, daysBetween, isIsoDate, numericDate } from '../dates.js';
import { enumValue, slug, valuesOf } from '../vocabulary/values.js';
import { fromSearch, idParam, toSearch, type ParamCodec } from './query-string.js';
import { tr } from '../i18n/intl.js';

/** What the agenda lists, in the SDL's order; the kind filter in the URL names some of them. */
export const AGENDA_KINDS: readonly AgendaItemKind[] = valuesOf(AgendaItemKind);

export const DEFAULT_AGENDA_DAYS = 30;
/** The API answers at most 366 days at once. */
export const MAX_AGENDA_DAYS = 366;

export interface AgendaParams {
  /** Whose agenda (a manager may open a KAM's); null: the signed-in user's. */
  user: string | null;
  /** null: today. */
  from: string | null;
  /** null: from + 30 days. */
  to: string | null;
  /** Kinds shown; empty: all. */
  kinds: AgendaItemKind[];
  /** The log-interaction form is open, for this person when set. */
  log: boolean;
  logFor: string | null;
}

export function decodeAgendaParams(search: string): AgendaParams {
  const p = fromSearch(search);
  const from = p.get('from');
  const to = p.get('to');
  const logFor = idParam(p.get('logFor'));
  return {
    user: idParam(p.get('user')),
    from: isIsoDate(from) ? from : null,
    to: isIsoDate(to) ? to : null,
    kinds: [...new Set((p.get('kinds') ?? '').split(',').map((k) => enumValue(AgendaItemKind, k)))].filter((k): k is AgendaItemKind => k !== null),
    log: logFor !== null || p.get('log') === '1',
    logFor,
  };
}

export function encodeAgendaParams(s: AgendaParams): string {
  return toSearch([
    ['user', s.user],
    ['from', s.from],
    ['to', s.to],
    ['kinds', AGENDA_KINDS.filter((k) => s.kinds.includes(k)).map(slug).join(',')],
    ['log', s.log && !s.logFor ? '1' : null],
    ['logFor', s.log ? s.logFor : null],
  ]);
}

export const agendaCodec: ParamCodec<AgendaParams> = { decode: decodeAgendaParams, encode: encodeAgendaParams };

export interface AgendaRange {
  from: string;
  to: string;
  /** Why the range in the URL was not used as is. */
  problem: string | null;
}

/** The range to ask for: defaults filled in, and a range the API refuses turned into one it accepts. */
export function agendaRange(params: Pick<AgendaParams, 'from' | 'to'>, today: string): AgendaRange {
  const from = params.from ?? today;
  const to = params.to ?? addDays(from, DEFAULT_AGENDA_DAYS);
  if (to < from) return { from, to: addDays(from, DEFAULT_AGENDA_DAYS), problem: tr('agendaRange.backwards', { to: numericDate(to), days: DEFAULT_AGENDA_DAYS, from: numericDate(from) }) };
  if (daysBetween(from, to) > MAX_AGENDA_DAYS) return { from, to: addDays(from, MAX_AGENDA_DAYS), problem: tr('agendaRange.tooLong', { days: MAX_AGENDA_DAYS, until: numericDate(addDays(from, MAX_AGENDA_DAYS)) }) };
  return { from, to, problem: null };
}

export function logInteractionHref(personId: string): string {
  return `/agenda${encodeAgendaParams({ user: null, from: null, to: null, kinds: [], log: true, logFor: personId })}`;
}
