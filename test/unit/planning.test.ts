import { describe, expect, it } from 'vitest';
import type { PlanModel, PlanStepModel } from '../../server/src/modules/planning/models.js';
import { addDays, addMonths, daysBetween } from '../../server/src/kernel/dates.js';
import { followUpState } from '../../server/src/modules/planning/rules/follow-ups.js';
import { computeKeyAccountHealth, keyAccountStatus } from '../../server/src/modules/accounts/rules/key-account-health.js';
import { weighKeyPeople } from '../../server/src/modules/accounts/rules/key-people.js';
import { renderMessage, type Locale } from '../../server/src/kernel/i18n/catalogue.js';
import { planHealth as healthOf } from '../../server/src/modules/planning/rules/plan-health.js';

/** A plan's health with its flags worded, as the API gives them. */
const planHealth = (...args: Parameters<typeof healthOf>) => wordedIn('en', ...args);
function wordedIn(locale: Locale, ...args: Parameters<typeof healthOf>) {
  const health = healthOf(...args);
  return { ...health, flags: health.flags.map((f) => renderMessage(f, locale)) };
}
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

describe('plan progress: by its steps and stage against its own dates, never by days without a visit', () => {
  const plan: PlanModel = {
    id: 'p', name: 'Plan', personId: 'x', ownerId: 'u', startStage: null, targetStage: 'loyalty', targetOn: '2027-03-01', goals: null,
    budget: null, budgetPurpose: null, developmentLevel: 'D1', status: 'active', createdOn: '2026-06-01', reviewOn: '2026-12-01', reviewNotes: [],
  };
  const step = (over: Partial<PlanStepModel>): PlanStepModel => ({
    planId: 'p', id: 's', title: 'Step', kind: 'meeting', due: '2026-12-10', status: 'open', doneOn: null, note: null, aboutId: null, aboutName: null, aboutLabel: null, ...over,
  });
  const fiveDaysLate = [step({ title: 'Meet at the congress', due: '2026-11-22' }), step({ due: '2026-12-20' })];

  it('prods a D1 KAM over any late step and says which, and reminds of a review due soon', () => {
    const health = planHealth(plan, fiveDaysLate, 'contact', TODAY);
    expect(health).toEqual({
      overdue: true,
      progress: 'needs_attention',
      flags: ['1 step overdue: "Meet at the congress" was due 2026-11-22', 'review with the manager due 2026-12-01'],
    });
  });

  it('gives more room as the KAM develops, and never prods a D4 KAM over steps', () => {
    expect(planHealth({ ...plan, developmentLevel: 'D2' }, fiveDaysLate, 'contact', TODAY).progress).toBe('on_track');
    const monthLate = [step({ due: '2026-10-20' })];
    expect(planHealth({ ...plan, developmentLevel: 'D2' }, monthLate, 'contact', TODAY).flags[0]).toMatch(/more than 7 days, the grace at D2/);
    expect(planHealth({ ...plan, developmentLevel: 'D3' }, monthLate, 'contact', TODAY).progress).toBe('needs_attention');
    const d4 = planHealth({ ...plan, developmentLevel: 'D4', reviewOn: '2026-11-01' }, monthLate, 'contact', TODAY);
    expect(d4).toEqual({ overdue: true, progress: 'on_track', flags: [] });
  });

  it('counts a missed review with the manager at D1 and D2 only', () => {
    expect(planHealth({ ...plan, reviewOn: '2026-11-20' }, [], 'contact', TODAY).flags).toEqual(['the review with the manager was due 2026-11-20 (a directing plan at D1)']);
    expect(planHealth({ ...plan, developmentLevel: 'D3', reviewOn: '2026-11-20' }, [], 'contact', TODAY).progress).toBe('on_track');
  });

  it('is behind once its own target date passed short of the target stage, at any level', () => {
    const late = planHealth({ ...plan, developmentLevel: 'D4', targetOn: '2026-11-01' }, [], 'acquaintance', TODAY);
    expect(late.progress).toBe('behind');
    expect(late.flags).toEqual(['behind: loyalty was to be reached by 2026-11-01; the stage is acquaintance']);
    const args = [{ ...plan, developmentLevel: 'D4', targetOn: '2026-11-01' }, [], 'acquaintance', TODAY] as const;
    expect(wordedIn('pt-PT', ...args).flags).toEqual(['atrasado: fidelização devia ser alcançada até 2026-11-01; a fase é conhecimento']);
    expect(wordedIn('pt-BR', { ...plan, reviewOn: '2026-11-20' }, [], 'contact', TODAY).flags).toEqual([
      'a revisão com o gerente estava prevista para 2026-11-20 (um plano diretivo em D1)',
    ]);
  });

  it('is achieved at the target stage, and closed when closed', () => {
    expect(planHealth({ ...plan, targetOn: '2026-11-01' }, fiveDaysLate, 'near_friendly', TODAY).progress).toBe('achieved');
    expect(planHealth({ ...plan, status: 'achieved' }, [], null, TODAY).progress).toBe('achieved');
    expect(planHealth({ ...plan, status: 'closed' }, fiveDaysLate, null, TODAY)).toEqual({ overdue: true, progress: 'closed', flags: [] });
  });
});

describe('key-account health', () => {
  const account = (id: string, revenue: number, over: Record<string, unknown> = {}) => ({
    id, name: id, keyAccount: false, revenue, profit: revenue / 5, newOpportunities: 1, upcomingTenders: 0, influence: 0.5, bestStage: 'acquaintance', ...over,
  });

  it('computes Pareto shares and the key accounts share', () => {
    const accounts = [account('a', 600), account('b', 200), ...['c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'].map((id) => account(id, 25))];
    const health = computeKeyAccountHealth('2026', accounts);
    expect(health.top20RevenueShare).toBeCloseTo(0.8);
    expect(health.keyAccountRevenueShare).toBeCloseTo(0.8);
    expect(health.keyAccountStatus).toBe('mono_dependent');
    expect(health.monoDependent).toBe(true);
    expect(health.accounts.map((a) => a.cumulativeShare.toFixed(3)).slice(0, 3)).toEqual(['0.600', '0.800', '0.825']);
    expect(renderMessage(health.explanation)).toMatch(/bring 80% of 2026 sales/);
    expect(renderMessage(health.explanation, 'pt-BR')).toMatch(/^Os 20% de contas principais trazem 80% das vendas de 2026 /);
  });

  it('uses flagged key accounts when there are any, and scores the four criteria', () => {
    const health = computeKeyAccountHealth('2026', [
      account('big', 500, { keyAccount: true, bestStage: 'loyalty', influence: 0.9, upcomingTenders: 2 }),
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

  it('reports dependence on the single largest client beside the key accounts share', () => {
    const health = computeKeyAccountHealth('2026', [account('big', 700), account('b', 200), account('c', 100)]);
    expect(health.largestAccountId).toBe('big');
    expect(health.largestAccountShare).toBeCloseTo(0.7);
    expect(renderMessage(health.explanation)).toMatch(/The largest, big, alone brings 70%\./);
    expect(renderMessage(health.explanation, 'pt-PT')).toMatch(/A maior, big, traz sozinha 70%\./);
    expect(computeKeyAccountHealth('2026', []).largestAccountShare).toBe(0);
  });

  it('names the bands of the article (docs/domain.md#share-and-mono-dependence)', () => {
    expect([0.2, 0.3, 0.55, 0.6, 0.76].map(keyAccountStatus)).toEqual(['below_normal', 'normal', 'normal', 'high', 'mono_dependent']);
  });
});

describe('proposed plan steps', () => {
  it('reads introductions, events, committees and tenders from the graph, in date order', () => {
    const steps = proposeSteps({
      personName: 'Prof. Ana',
      today: TODAY,
      currentStage: null,
      introducer: { id: 'intro', name: 'Dr. Bia', strength: 0.72 },
      touchpoints: [
        { kind: 'event', id: 'e1', name: 'Oncology Congress', date: '2027-01-20', role: 'SPOKE_AT' },
        { kind: 'committee', id: 'c1', name: 'Formulary Committee', date: '2027-03-01', role: 'chair' },
        { kind: 'tender', id: 't1', name: 'Insulin tender', date: '2027-12-01', role: 'specification_author' },
      ],
      developmentLevel: 'D1',
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

  it('skips the introduction from acquaintance on, and reviews at D4', () => {
    const steps = proposeSteps({ personName: 'X', today: TODAY, currentStage: 'acquaintance', introducer: { id: 'i', name: 'I', strength: 0.9 }, touchpoints: [], developmentLevel: 'D4', reviewOn: null });
    expect(steps).toEqual([]);
  });
});

describe('key clients are first of all people', () => {
  it('weighs people on leadership, profit, opportunities and trust; three met make a key client', () => {
    const [leader, sponsor, newcomer] = weighKeyPeople([
      { personId: 'leader', rank: 1, power: 0.8, profit: 0, opportunities: 3, bestStage: 'loyalty' },
      { personId: 'sponsor', rank: 2, power: 0.3, profit: 5000, opportunities: 1, bestStage: 'near_friendly' },
      { personId: 'newcomer', rank: 3, power: 0.1, profit: 0, opportunities: 0, bestStage: null },
    ]);
    expect(leader).toEqual({ personId: 'leader', rank: 1, leadership: 1, profitability: 0, opportunities: 1, trust: 0.75, criteriaMet: ['influence', 'opportunities', 'trust'], keyClient: true });
    expect(sponsor!.criteriaMet).toEqual(['profitability', 'trust']);
    expect(sponsor!.keyClient).toBe(false);
    expect(newcomer).toMatchObject({ leadership: 0.125, trust: 0, criteriaMet: [], keyClient: false });
  });
});
