// The agenda as a list of days: overdue items first (whatever their date), then one group
// per day. Pure, so it is unit-tested.
import { dayLabel } from '../../shared/dates.js';
import type { AgendaKind } from '../../shared/urls/agenda.js';
import { mapNodeHref, mapTenderHref } from '../../shared/urls/map-view.js';
import { planHref } from '../../shared/urls/plans.js';

export const KIND_INFO: Record<AgendaKind, { label: string; hint: string }> = {
  birthday: { label: 'Birthday', hint: 'From the dossier of a person you own' },
  plan_step: { label: 'Plan step', hint: 'A dated step of one of your plans' },
  plan_review: { label: 'Plan review', hint: 'Review of a plan with your manager' },
  follow_up: { label: 'Follow-up', hint: 'A proposal without confirmation: call the day after' },
  tender_preparation: { label: 'Tender preparation', hint: 'Preparation starts about 9 months before the tender' },
  term_ending: { label: 'Term ending', hint: 'A committee term ends: the balance of power may change' },
  event: { label: 'Event', hint: 'A conference or round table in your territory' },
};

export function kindInfo(kind: string): { label: string; hint: string } {
  return KIND_INFO[kind as AgendaKind] ?? { label: kind.replace(/_/g, ' '), hint: '' };
}

export interface AgendaItemLike {
  date: string;
  kind: string;
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
  counts: Record<string, number>;
}

/** Kinds in the order a day lists them: what needs doing before what is good to know. */
const KIND_ORDER: readonly string[] = ['follow_up', 'plan_step', 'plan_review', 'tender_preparation', 'event', 'term_ending', 'birthday'];
const kindRank = (kind: string) => {
  const i = KIND_ORDER.indexOf(kind);
  return i < 0 ? KIND_ORDER.length : i;
};

export function groupAgenda<T extends AgendaItemLike>(items: readonly T[], today: string, kinds: readonly string[] = []): AgendaGroups<T> {
  const counts: Record<string, number> = {};
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
  if (id.startsWith('plan-') || item.kind === 'plan_step' || item.kind === 'plan_review') return planHref(id);
  if (id.startsWith('person-') || item.kind === 'birthday') return mapNodeHref(id);
  if (id.startsWith('tender-') || item.kind === 'tender_preparation') return mapTenderHref(id);
  if (item.kind === 'term_ending') return mapNodeHref(id);
  return null;
}
