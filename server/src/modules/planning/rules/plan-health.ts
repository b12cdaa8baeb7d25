/**
 * How a relationship plan stands against its own dates. The source article calls visit
 * quotas for KAMs unacceptable (docs/domain.md#visit-quotas): VIPs follow no schedule and
 * the important matters are settled in informal meetings. So a plan is never judged by
 * days without a visit; it is judged by its steps and stage against the dates it set
 * itself, with as much prodding as the KAM's development level on it calls for
 * (docs/domain.md#development-levels-d1-d4): a D4 KAM needs none.
 */
import type { DevelopmentLevel, ManagerStyle, PlanProgress, RelationshipStage } from '../../../__generated__/vocabulary.js';
import { stageRank } from '../../graph/model.js';
import type { PlanModel, PlanStepModel } from '../models.js';
import { addDays, daysBetween } from '../../../kernel/dates.js';
import { message, type Message, type MessageId } from '../../../kernel/i18n/catalogue.js';

/** The manager's style that follows from the KAM's development level. */
export const STYLE_OF_LEVEL: Readonly<Record<DevelopmentLevel, ManagerStyle>> = {
  D1: 'directing',
  D2: 'coaching',
  D3: 'supporting',
  D4: 'delegating',
};

/** What each style means, in the catalogue (`plan.style.*`). */
export const STYLE_MEANING: Readonly<Record<ManagerStyle, MessageId>> = {
  directing: 'plan.style.directing',
  coaching: 'plan.style.coaching',
  supporting: 'plan.style.supporting',
  delegating: 'plan.style.delegating',
};

/**
 * How much prodding each level gets: the days a step may run late before the plan needs
 * attention (null: never, over steps alone), and whether a missed review with the manager
 * counts.
 */
export const PRODDING: Readonly<Record<DevelopmentLevel, { lateStepGraceDays: number | null; reviewsCount: boolean }>> = {
  D1: { lateStepGraceDays: 0, reviewsCount: true },
  D2: { lateStepGraceDays: 7, reviewsCount: true },
  D3: { lateStepGraceDays: 21, reviewsCount: false },
  D4: { lateStepGraceDays: null, reviewsCount: false },
};

export function isStepOverdue(step: Pick<PlanStepModel, 'status' | 'due'>, today: string): boolean {
  return step.status === 'open' && step.due !== null && step.due < today;
}

export interface PlanHealth {
  overdue: boolean;
  progress: PlanProgress;
  /** One sentence per reason, worded in the reader's language by the resolver. */
  flags: Message[];
}

/** Where the plan stands and, when it needs attention, one sentence per reason. */
export function planHealth(plan: PlanModel, steps: readonly PlanStepModel[], currentStage: RelationshipStage | null, today: string): PlanHealth {
  const late = steps.filter((s) => isStepOverdue(s, today)).sort((a, b) => (a.due ?? '').localeCompare(b.due ?? ''));
  const overdue = late.length > 0;
  if (plan.status === 'closed') return { overdue, progress: 'closed', flags: [] };
  const reached = plan.targetStage !== null && stageRank(currentStage) >= stageRank(plan.targetStage);
  if (plan.status === 'achieved' || reached) return { overdue, progress: 'achieved', flags: [] };

  const level = plan.developmentLevel;
  const { lateStepGraceDays, reviewsCount } = PRODDING[level];
  const flags: Message[] = [];
  let progress: PlanProgress = 'on_track';

  if (plan.targetOn !== null && plan.targetOn < today) {
    progress = 'behind';
    flags.push(message('plan.behind', { target: plan.targetStage, by: plan.targetOn, stage: currentStage }));
  }
  if (lateStepGraceDays !== null) {
    const beyondGrace = late.filter((s) => daysBetween(s.due!, today) > lateStepGraceDays);
    if (beyondGrace.length > 0) {
      if (progress === 'on_track') progress = 'needs_attention';
      const first = beyondGrace[0]!;
      flags.push(message('plan.stepsOverdue', { count: beyondGrace.length, grace: lateStepGraceDays, level, title: first.title, due: first.due }));
    }
  }
  if (reviewsCount && plan.reviewOn !== null) {
    if (plan.reviewOn < today) {
      if (progress === 'on_track') progress = 'needs_attention';
      flags.push(message('plan.reviewOverdue', { on: plan.reviewOn, style: STYLE_OF_LEVEL[level], level }));
    } else if (plan.reviewOn <= addDays(today, 7)) {
      flags.push(message('plan.reviewDue', { on: plan.reviewOn }));
    }
  }
  return { overdue, progress, flags };
}
