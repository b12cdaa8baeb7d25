// The plan board's logic, pure so it is unit-tested: which column a plan belongs in, the
// KAM lanes a manager sees, and the next steps a card shows.
import { STAGES } from '../../shared/visual-encoding/encoding.js';

export type PlanHealth = 'overdue' | 'stalled' | 'on_track' | 'achieved';

export interface BoardColumn {
  id: PlanHealth;
  label: string;
  hint: string;
}

/** Attention first: a stalled plan has gone quiet, an overdue one has a late step. */
export const BOARD_COLUMNS: readonly BoardColumn[] = [
  { id: 'stalled', label: 'Stalled', hint: 'No interaction with the person for 60 days and no step done for 45.' },
  { id: 'overdue', label: 'Overdue', hint: 'An open step is past its due date.' },
  { id: 'on_track', label: 'On track', hint: 'Active, with no late step and recent contact.' },
  { id: 'achieved', label: 'Achieved or closed', hint: 'Target stage reached, or the plan was closed.' },
];

export interface PlanLike {
  id: string;
  status?: string | null;
  overdue: boolean;
  stalled: boolean;
  owner?: { id: string; name: string } | null;
  person: { name: string };
  steps: readonly StepLike[];
}

export interface StepLike {
  id: string;
  status: string;
  due?: string | null;
  overdue: boolean;
}

/** Stalled beats overdue (the relationship went quiet); finished plans leave the active columns. */
export function planHealth(plan: Pick<PlanLike, 'status' | 'overdue' | 'stalled'>): PlanHealth {
  if (plan.status === 'achieved' || plan.status === 'closed') return 'achieved';
  if (plan.stalled) return 'stalled';
  if (plan.overdue) return 'overdue';
  return 'on_track';
}

/** Open steps, soonest due first (undated last). */
export function openSteps<S extends StepLike>(steps: readonly S[]): S[] {
  return steps.filter((s) => s.status === 'open').sort((a, b) => (a.due ?? '9999').localeCompare(b.due ?? '9999'));
}

export function nextSteps<S extends StepLike>(steps: readonly S[], count = 3): S[] {
  return openSteps(steps).slice(0, count);
}

/** Oldest late step first, then the soonest next step, then by name. */
function urgency(plan: PlanLike): string {
  return openSteps(plan.steps)[0]?.due ?? '9999-12-31';
}

export interface BoardLane<P extends PlanLike> {
  owner: { id: string; name: string } | null;
  columns: Record<PlanHealth, P[]>;
  total: number;
  /** Plans in the stalled and overdue columns. */
  attention: number;
}

function emptyColumns<P>(): Record<PlanHealth, P[]> {
  return { stalled: [], overdue: [], on_track: [], achieved: [] };
}

/**
 * Plans into lanes by owner (a manager sees one lane per KAM) and columns by health.
 * `owners` keeps lanes for KAMs without plans.
 */
export function buildBoard<P extends PlanLike>(plans: readonly P[], options: { owners?: readonly { id: string; name: string }[]; viewerId?: string | null; byOwner: boolean }): BoardLane<P>[] {
  const lanes = new Map<string, BoardLane<P>>();
  const laneFor = (owner: { id: string; name: string } | null) => {
    const key = options.byOwner ? (owner?.id ?? '') : '*';
    let lane = lanes.get(key);
    if (!lane) {
      lane = { owner: options.byOwner ? owner : null, columns: emptyColumns<P>(), total: 0, attention: 0 };
      lanes.set(key, lane);
    }
    return lane;
  };
  if (options.byOwner) for (const o of options.owners ?? []) laneFor(o);
  for (const plan of plans) {
    const lane = laneFor(plan.owner ?? null);
    const health = planHealth(plan);
    lane.columns[health].push(plan);
    lane.total += 1;
    if (health === 'stalled' || health === 'overdue') lane.attention += 1;
  }
  for (const lane of lanes.values()) {
    for (const list of Object.values(lane.columns)) list.sort((a, b) => urgency(a).localeCompare(urgency(b)) || a.person.name.localeCompare(b.person.name));
  }
  // The viewer's own lane first, then the lanes that need attention, then the busiest.
  return [...lanes.values()].sort((a, b) => {
    if (options.viewerId) {
      if (a.owner?.id === options.viewerId) return -1;
      if (b.owner?.id === options.viewerId) return 1;
    }
    return b.attention - a.attention || b.total - a.total || (a.owner?.name ?? '').localeCompare(b.owner?.name ?? '');
  });
}

export const DELEGATION_LEVELS = ['D1', 'D2', 'D3', 'D4'] as const;
export type DelegationLevel = (typeof DELEGATION_LEVELS)[number];

/** Situational leadership levels (DOMAIN.md): every new VIP/KOL starts at D1. */
export const DELEGATION_LABELS: Record<DelegationLevel, { name: string; meaning: string }> = {
  D1: { name: 'Directing', meaning: 'Goals agreed up front; every step agreed with the manager and reviewed step by step.' },
  D2: { name: 'Coaching', meaning: 'The manager agrees the steps with the KAM and reviews at each milestone.' },
  D3: { name: 'Supporting', meaning: 'The KAM plans the steps; the manager reviews results and helps when asked.' },
  D4: { name: 'Delegating', meaning: 'The KAM acts alone and reports outcomes.' },
};

export function delegationName(level: string | null | undefined): string {
  return (level && DELEGATION_LABELS[level as DelegationLevel]?.name) || 'Not set';
}


/** Stages a plan may aim for: above where we are today. */
export function targetStagesAbove(current: string | null | undefined): string[] {
  const index = Math.max(0, STAGES.indexOf((current ?? 'unknown') as (typeof STAGES)[number]));
  return STAGES.slice(index + 1);
}

/** 0..1: how far the plan has moved from its start stage toward its target. */
export function stageProgress(start: string | null | undefined, current: string | null | undefined, target: string | null | undefined): number {
  const i = (s: string | null | undefined) => Math.max(0, STAGES.indexOf((s ?? 'unknown') as (typeof STAGES)[number]));
  const from = i(start ?? current);
  const to = i(target);
  if (to <= from) return i(current) >= to ? 1 : 0;
  return Math.min(1, Math.max(0, (i(current) - from) / (to - from)));
}

/** A review note is stored as "YYYY-MM-DD user-id: text". */
export function parseReviewNote(note: string): { date: string | null; author: string | null; text: string } {
  const m = /^(\d{4}-\d{2}-\d{2}) ([\w.@-]+): ([\s\S]*)$/.exec(note);
  return m ? { date: m[1]!, author: m[2]!, text: m[3]! } : { date: null, author: null, text: note };
}

export function formatBudget(budget: number | null | undefined): string {
  if (budget === null || budget === undefined) return 'No budget';
  return new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 }).format(budget);
}
