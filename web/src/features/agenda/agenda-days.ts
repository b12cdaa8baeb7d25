// The agenda as a list of days: overdue items first (whatever their date), then one group
// per day. Pure, so it is unit-tested.
import { AgendaItemKind } from '../../gql/vocabulary.js';
import { dayLabel } from '@shared/dates.js';
import { mapNodeHref, mapTenderHref } from '@shared/urls/map-view.js';
import { planHref } from '@shared/urls/plans.js';
import { AGENDA_ITEM_KIND_HINTS, AGENDA_ITEM_KIND_LABELS } from '@shared/vocabulary/labels.js';

export function kindInfo(kind: AgendaItemKind): { label: string; hint: string } {
  return { label: AGENDA_ITEM_KIND_LABELS[kind], hint: AGENDA_ITEM_KIND_HINTS[kind] };
}

export interface AgendaItemLike {
  date: string;
  kind: AgendaItemKind;
  title: string;
  overdue: boolean;
  subjectId?: string | null;
}

export interface AgendaDay<T extends AgendaItemLike> {
  date: string;
  label: string;
  when: 'past' | 'today' | 'future';
  items: T[];
}

export interface AgendaGroups<T extends AgendaItemLike> {
  overdue: T[];
  days: AgendaDay<T>[];
  /** Count per kind, over everything (for the filter chips). */
  counts: Partial<Record<AgendaItemKind, number>>;
}

/**
 * How a day lists its items: what needs doing before what is good to know (1 first). A
 * priority per kind, not an order of the vocabulary (the filter chips follow the SDL's).
 */
const URGENCY: Record<AgendaItemKind, number> = {
  FOLLOW_UP: 1,
  PLAN_STEP: 2,
  PLAN_REVIEW: 3,
  TENDER_PREPARATION: 4,
  EVENT: 5,
  TERM_ENDING: 6,
  BIRTHDAY: 7,
};
const kindRank = (kind: AgendaItemKind) => URGENCY[kind];

export function groupAgenda<T extends AgendaItemLike>(items: readonly T[], today: string, kinds: readonly AgendaItemKind[] = []): AgendaGroups<T> {
  const counts: Partial<Record<AgendaItemKind, number>> = {};
  for (const item of items) counts[item.kind] = (counts[item.kind] ?? 0) + 1;
  const shown = kinds.length ? items.filter((i) => kinds.includes(i.kind)) : items;
  const overdue = shown.filter((i) => i.overdue).sort((a, b) => a.date.localeCompare(b.date) || kindRank(a.kind) - kindRank(b.kind));
  const byDay = new Map<string, T[]>();
  for (const item of shown) {
    if (item.overdue) continue;
    const list = byDay.get(item.date) ?? [];
    list.push(item);
    byDay.set(item.date, list);
  }
  const days = [...byDay.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([date, list]) => ({
      date,
      label: dayLabel(date, today),
      when: (date < today ? 'past' : date === today ? 'today' : 'future') as AgendaDay<T>['when'],
      items: [...list].sort((a, b) => kindRank(a.kind) - kindRank(b.kind) || a.title.localeCompare(b.title)),
    }));
  return { overdue, days, counts };
}

/** Where an agenda item leads: a person on the map, a plan on the board, a tender's decision group. */
export function agendaItemHref(item: AgendaItemLike): string | null {
  const id = item.subjectId;
  if (!id) return null;
  if (id.startsWith('plan-') || item.kind === AgendaItemKind.PLAN_STEP || item.kind === AgendaItemKind.PLAN_REVIEW) return planHref(id);
  if (id.startsWith('person-') || item.kind === AgendaItemKind.BIRTHDAY) return mapNodeHref(id);
  if (id.startsWith('tender-') || item.kind === AgendaItemKind.TENDER_PREPARATION) return mapTenderHref(id);
  if (item.kind === AgendaItemKind.TERM_ENDING) return mapNodeHref(id);
  return null;
}
