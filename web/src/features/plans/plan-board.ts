// The plan board's logic, pure so it is unit-tested: which column a plan belongs in, the
// KAM lanes a manager sees, and the next steps a card shows. A plan's column is its
// `progress` as the API judges it (its own steps and dates, never days without a visit:
// docs/domain.md#visit-quotas); the columns are the SDL's PlanProgress in its order.
import { DevelopmentLevel, ManagerStyle, PlanProgress, StepStatus } from '../../gql/vocabulary.js';
import { formatCount } from '@shared/format.js';
import { tr } from '@shared/i18n/intl.js';
import { DEVELOPMENT_LEVEL_LABELS, MANAGER_STYLE_LABELS } from '@shared/vocabulary/labels.js';
import { valuesOf } from '@shared/vocabulary/values.js';

/** The board's columns: every PlanProgress, in the SDL's order. */
export const BOARD_COLUMNS: readonly PlanProgress[] = valuesOf(PlanProgress);

/** Progress that asks the KAM (and the manager) to act. */
export function needsAttention(progress: PlanProgress): boolean {
  return progress === PlanProgress.NEEDS_ATTENTION || progress === PlanProgress.BEHIND;
}

/** The plan is finished: no next steps to show. */
export function finished(progress: PlanProgress): boolean {
  return progress === PlanProgress.ACHIEVED || progress === PlanProgress.CLOSED;
}

export interface PlanLike {
  id: string;
  progress: PlanProgress;
  owner?: { id: string; name: string } | null;
  person: { name: string };
  steps: readonly StepLike[];
}

export interface StepLike {
  id: string;
  status: StepStatus;
  due?: string | null;
  overdue: boolean;
}

/** Open steps, soonest due first (undated last). */
export function openSteps<S extends StepLike>(steps: readonly S[]): S[] {
  return steps.filter((s) => s.status === StepStatus.OPEN).sort((a, b) => (a.due ?? '9999').localeCompare(b.due ?? '9999'));
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
  columns: Record<PlanProgress, P[]>;
  total: number;
  /** Plans that need attention or are behind. */
  attention: number;
}

function emptyColumns<P>(): Record<PlanProgress, P[]> {
  return Object.fromEntries(BOARD_COLUMNS.map((c) => [c, [] as P[]])) as Record<PlanProgress, P[]>;
}

/**
 * Plans into lanes by owner (a manager sees one lane per KAM) and columns by progress.
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
    lane.columns[plan.progress].push(plan);
    lane.total += 1;
    if (needsAttention(plan.progress)) lane.attention += 1;
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

/** The development levels, D1 first: every new VIP or KOL relationship starts at D1. */
export const DEVELOPMENT_LEVELS: readonly DevelopmentLevel[] = valuesOf(DevelopmentLevel);

/**
 * The manager's style that follows from a level (situational leadership; the API derives
 * Plan.managerStyle the same way, docs/domain.md#development-levels-d1-d4). The create form
 * shows it before there is a plan.
 */
export const STYLE_OF_LEVEL: Record<DevelopmentLevel, ManagerStyle> = {
  D1: ManagerStyle.DIRECTING,
  D2: ManagerStyle.COACHING,
  D3: ManagerStyle.SUPPORTING,
  D4: ManagerStyle.DELEGATING,
};

/** "D1 · Directing": the KAM's level on the relationship and the manager's style that follows. */
export function levelAndStyle(level: DevelopmentLevel, style: ManagerStyle = STYLE_OF_LEVEL[level]): string {
  return `${DEVELOPMENT_LEVEL_LABELS[level]} · ${MANAGER_STYLE_LABELS[style]}`;
}

/** A review note is stored as "YYYY-MM-DD user-id: text". */
export function parseReviewNote(note: string): { date: string | null; author: string | null; text: string } {
  const m = /^(\d{4}-\d{2}-\d{2}) ([\w.@-]+): ([\s\S]*)$/.exec(note);
  return m ? { date: m[1]!, author: m[2]!, text: m[3]! } : { date: null, author: null, text: note };
}

/** A plan's budget in whole units, as the locale writes numbers (5,500; 5500 in Portugal; 5.500 in Brazil). */
export function formatBudget(budget: number | null | undefined): string {
  if (budget === null || budget === undefined) return tr('plans.noBudget');
  return formatCount(Math.round(budget));
}
