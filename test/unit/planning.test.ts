import { describe, expect, it } from 'vitest';
import type { PlanModel, PlanStepModel } from '../../server/src/modules/planning/models.js';
import { addDays, addMonths, daysBetween } from '../../server/src/modules/planning/rules/dates.js';
import { followUpState } from '../../server/src/modules/planning/rules/follow-ups.js';
import { computeKeyAccountHealth, keyAccountStatus } from '../../server/src/modules/accounts/rules/key-account-health.js';
import { planHealth } from '../../server/src/modules/planning/rules/plan-health.js';
import { proposeSteps } from '../../server/src/modules/planning/rules/propose-steps.js';

const TODAY = '2026-11-27';

describe('dates', () => {
  it('adds days and months, clamping month ends', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addMonths('2027-08-31', -9)).toBe('2026-11-30');
    expect(daysBetween('2026-11-01', TODAY)).toBe(26);
  });
});

describe('follow-up discipline', () => {
  const proposal = { kind: 'proposal', date: '2026-11-25', confirmedOn: null, followedUp: false };
  it('is due the day after a proposal, and overdue after that', () => {
    expect(followUpState({ ...proposal, date: '2026-11-26' }, TODAY)).toEqual({ status: 'due', due: TODAY });
    expect(followUpState(proposal, TODAY)).toEqual({ status: 'overdue', due: '2026-11-26' });
  });
  it('needs nothing once confirmed or followed up, or for other interactions', () => {
    expect(followUpState({ ...proposal, confirmedOn: '2026-11-26' }, TODAY).status).toBe('confirmed');
    expect(followUpState({ ...proposal, followedUp: true }, TODAY).status).toBe('done');
    expect(followUpState({ ...proposal, kind: 'visit' }, TODAY).status).toBe('none');
  });
});

describe('plan health', () => {
  const plan: PlanModel = {
    id: 'p', name: 'Plan', personId: 'x', ownerId: 'u', startStage: 'unknown', targetStage: 'loyal', goals: null, budget: null,
    budgetPurpose: null, delegation: 'D1', status: 'active', createdOn: '2026-06-01', reviewOn: '2026-12-01', reviewNotes: [],
  };
  const step = (over: Partial<PlanStepModel>): PlanStepModel => ({
    planId: 'p', id: 's', title: 'Step', kind: 'meeting', due: '2026-12-10', status: 'open', doneOn: null, note: null, aboutId: null, aboutName: null, aboutLabel: null, ...over,
  });

  it('flags overdue steps and a review due soon', () => {
    const health = planHealth(plan, [step({ due: '2026-11-20' }), step({ due: '2026-12-20' })], '2026-11-25', TODAY);
    expect(health.overdue).toBe(true);
    expect(health.stalled).toBe(false);
    expect(health.flags).toEqual(['1 step overdue (oldest due 2026-11-20)', 'review due 2026-12-01']);
  });

  it('calls a plan stalled with no interaction for 60 days and no step done for 45', () => {
    expect(planHealth(plan, [step({ status: 'done', doneOn: '2026-09-01' })], '2026-09-15', TODAY).stalled).toBe(true);
    expect(planHealth(plan, [step({ status: 'done', doneOn: '2026-11-01' })], '2026-09-15', TODAY).stalled).toBe(false);
    expect(planHealth(plan, [], '2026-11-01', TODAY).stalled).toBe(false);
    expect(planHealth({ ...plan, status: 'achieved' }, [], null, TODAY).stalled).toBe(false);
  });
});

describe('key-account health', () => {
  const account = (id: string, revenue: number, over: Record<string, unknown> = {}) => ({
    id, name: id, keyAccount: false, revenue, profit: revenue / 5, newOpportunities: 1, upcomingTenders: 0, influence: 0.5, bestStage: 'acquainted', ...over,
  });

  it('computes Pareto shares and the key accounts share', () => {
    const accounts = [account('a', 600), account('b', 200), ...['c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'].map((id) => account(id, 25))];
    const health = computeKeyAccountHealth('2026', accounts);
    expect(health.top20RevenueShare).toBeCloseTo(0.8);
    expect(health.keyAccountRevenueShare).toBeCloseTo(0.8);
    expect(health.keyAccountStatus).toBe('mono_dependent');
    expect(health.monoDependent).toBe(true);
    expect(health.accounts.map((a) => a.cumulativeShare.toFixed(3)).slice(0, 3)).toEqual(['0.600', '0.800', '0.825']);
    expect(health.explanation).toMatch(/bring 80% of 2026 sales/);
  });

  it('uses flagged key accounts when there are any, and scores the four criteria', () => {
    const health = computeKeyAccountHealth('2026', [
      account('big', 500, { keyAccount: true, bestStage: 'loyal', influence: 0.9, upcomingTenders: 2 }),
      account('leader', 100, { keyAccount: true, profit: -10 }),
      account('other', 400),
    ]);
    expect(health.keyAccountRevenueShare).toBeCloseTo(0.6);
    expect(health.keyAccountStatus).toBe('high');
    const big = health.accounts.find((a) => a.institutionId === 'big')!;
    expect(big).toMatchObject({ rank: 1, keyAccount: true, influence: 0.9, profitability: 1, trust: 0.75 });
    expect(big.criteriaMet).toEqual(['influence', 'profitability', 'opportunities', 'trust']);
    expect(health.accounts.find((a) => a.institutionId === 'leader')!.profitability).toBe(0);
  });

  it('names the bands of DOMAIN.md', () => {
    expect([0.2, 0.3, 0.55, 0.6, 0.76].map(keyAccountStatus)).toEqual(['below_normal', 'normal', 'normal', 'high', 'mono_dependent']);
  });
});

describe('proposed plan steps', () => {
  it('reads introductions, events, committees and tenders from the graph, in date order', () => {
    const steps = proposeSteps({
      personName: 'Prof. Ana',
      today: TODAY,
      currentStage: 'unknown',
      introducer: { id: 'intro', name: 'Dr. Bia', strength: 0.72 },
      touchpoints: [
        { kind: 'event', id: 'e1', name: 'Oncology Congress', date: '2027-01-20', role: 'SPOKE_AT' },
        { kind: 'committee', id: 'c1', name: 'Formulary Committee', date: '2027-03-01', role: 'chair' },
        { kind: 'tender', id: 't1', name: 'Insulin tender', date: '2027-12-01', role: 'specification_author' },
      ],
      delegation: 'D1',
      reviewOn: null,
    });
    expect(steps.map((s) => [s.kind, s.due, s.aboutId])).toEqual([
      ['review', '2026-12-04', null],
      ['introduction', '2026-12-11', 'intro'],
      ['committee', '2026-12-27', 'c1'],
      ['review', '2026-12-27', null],
      ['event', '2027-01-20', 'e1'],
      ['tender', '2027-03-01', 't1'],
    ]);
    expect(steps.find((s) => s.kind === 'committee')!.title).toMatch(/term ends 2027-03-01/);
    expect(steps.find((s) => s.kind === 'introduction')!.title).toMatch(/Ask Dr\. Bia to introduce you to Prof\. Ana/);
  });

  it('skips the introduction once acquainted and reviews at D4', () => {
    const steps = proposeSteps({ personName: 'X', today: TODAY, currentStage: 'acquainted', introducer: { id: 'i', name: 'I', strength: 0.9 }, touchpoints: [], delegation: 'D4', reviewOn: null });
    expect(steps).toEqual([]);
  });
});
