import type { PlanModel, PlanStepModel } from '../models.js';
import { addDays, daysBetween } from './dates.js';

/** Active plans with no interaction for this long... */
export const STALLED_NO_INTERACTION_DAYS = 60;
/** ...and no step done for this long are stalled. */
export const STALLED_NO_STEP_DAYS = 45;

export const DELEGATION_MEANING: Record<string, string> = {
  D1: 'Directing: goals agreed up front, every step agreed with the manager and reviewed step by step.',
  D2: 'Coaching: the manager agrees the steps with the KAM and reviews at each milestone.',
  D3: 'Supporting: the KAM plans the steps; the manager reviews results and helps when asked.',
  D4: 'Delegating: the KAM acts alone and reports outcomes.',
};

export function isStepOverdue(step: Pick<PlanStepModel, 'status' | 'due'>, today: string): boolean {
  return step.status === 'open' && step.due !== null && step.due < today;
}

export interface PlanHealth {
  overdue: boolean;
  stalled: boolean;
  flags: string[];
}

/** Why a plan needs the manager's attention; empty flags mean on track. */
export function planHealth(plan: PlanModel, steps: PlanStepModel[], lastInteractionOn: string | null, today: string): PlanHealth {
  const flags: string[] = [];
  const late = steps.filter((s) => isStepOverdue(s, today));
  if (late.length > 0) flags.push(`${late.length} step${late.length > 1 ? 's' : ''} overdue (oldest due ${late.map((s) => s.due).sort()[0]})`);

  let stalled = false;
  if (plan.status === 'active') {
    const quietSince = lastInteractionOn ?? plan.createdOn;
    const lastDone = steps.map((s) => s.doneOn).filter((d): d is string => d !== null).sort().pop() ?? plan.createdOn;
    const noContact = quietSince === null || daysBetween(quietSince, today) > STALLED_NO_INTERACTION_DAYS;
    const noProgress = lastDone === null || daysBetween(lastDone, today) > STALLED_NO_STEP_DAYS;
    stalled = noContact && noProgress;
    if (stalled) {
      flags.push(
        `stalled: no interaction since ${lastInteractionOn ?? 'the plan began'} and no step done since ${lastDone ?? 'the plan began'}`,
      );
    }
    if (plan.reviewOn !== null && plan.reviewOn < today) flags.push(`review was due ${plan.reviewOn}`);
    else if (plan.reviewOn !== null && plan.reviewOn <= addDays(today, 7)) flags.push(`review due ${plan.reviewOn}`);
  }
  return { overdue: late.length > 0, stalled, flags };
}
