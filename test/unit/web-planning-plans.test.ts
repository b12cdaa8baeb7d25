import { describe, expect, it } from 'vitest';
import {
  BOARD_COLUMNS,
  buildBoard,
  delegationName,
  formatBudget,
  nextSteps,
  parseReviewNote,
  planHealth,
  stageProgress,
  targetStagesAbove,
  type PlanLike,
} from '../../web/src/features/plans/plan-board.js';

const kam = { id: 'user-kam', name: 'Tomás Ribeiro' };
const sofia = { id: 'user-kam-2', name: 'Sofia Marques' };
const bruno = { id: 'user-kam-3', name: 'Bruno Carvalho' };

function plan(id: string, over: Partial<PlanLike> = {}): PlanLike {
  return { id, status: 'active', overdue: false, stalled: false, owner: kam, person: { name: `Person ${id}` }, steps: [], ...over };
}

describe('plan board: health', () => {
  it('puts finished plans in achieved, then stalled before overdue before on track', () => {
    expect(planHealth({ status: 'achieved', overdue: true, stalled: true })).toBe('achieved');
    expect(planHealth({ status: 'closed', overdue: false, stalled: false })).toBe('achieved');
    // The demo's plan-2 is both stalled and overdue: stalled wins (the relationship went quiet).
    expect(planHealth({ status: 'active', overdue: true, stalled: true })).toBe('stalled');
    expect(planHealth({ status: 'active', overdue: true, stalled: false })).toBe('overdue');
    expect(planHealth({ status: 'active', overdue: false, stalled: false })).toBe('on_track');
    expect(BOARD_COLUMNS.map((c) => c.id)).toEqual(['stalled', 'overdue', 'on_track', 'achieved']);
  });

  it('lists open steps soonest first, undated last', () => {
    const steps = [
      { id: 'a', status: 'done', due: '2026-01-01', overdue: false },
      { id: 'b', status: 'open', due: null, overdue: false },
      { id: 'c', status: 'open', due: '2026-12-13', overdue: false },
      { id: 'd', status: 'open', due: '2026-11-22', overdue: true },
      { id: 'e', status: 'skipped', due: '2026-11-01', overdue: false },
    ];
    expect(nextSteps(steps, 2).map((s) => s.id)).toEqual(['d', 'c']);
    expect(nextSteps(steps, 5).map((s) => s.id)).toEqual(['d', 'c', 'b']);
  });
});

describe('plan board: lanes', () => {
  const plans = [
    plan('plan-1', { overdue: true, steps: [{ id: 's1', status: 'open', due: '2026-11-22', overdue: true }] }),
    plan('plan-2', { overdue: true, stalled: true }),
    plan('plan-3', { status: 'achieved' }),
    plan('plan-4', { owner: sofia, steps: [{ id: 's4', status: 'open', due: '2026-12-12', overdue: false }] }),
    plan('plan-5', { owner: sofia, steps: [{ id: 's5', status: 'open', due: '2026-12-01', overdue: false }] }),
  ];

  it("gives a KAM one lane with plans in their health's column", () => {
    const [lane, ...rest] = buildBoard(plans.slice(0, 3), { byOwner: false });
    expect(rest).toEqual([]);
    expect(lane!.owner).toBeNull();
    expect(lane!.columns.overdue.map((p) => p.id)).toEqual(['plan-1']);
    expect(lane!.columns.stalled.map((p) => p.id)).toEqual(['plan-2']);
    expect(lane!.columns.achieved.map((p) => p.id)).toEqual(['plan-3']);
    expect(lane!.columns.on_track).toEqual([]);
    expect(lane!).toMatchObject({ total: 3, attention: 2 });
  });

  it('gives a manager one lane per KAM, lanes needing attention first, KAMs without plans kept', () => {
    const lanes = buildBoard(plans, { byOwner: true, owners: [bruno, sofia, kam], viewerId: 'user-manager' });
    expect(lanes.map((l) => [l.owner?.name, l.total, l.attention])).toEqual([
      ['Tomás Ribeiro', 3, 2],
      ['Sofia Marques', 2, 0],
      ['Bruno Carvalho', 0, 0],
    ]);
    // Within a column, the soonest next step first.
    expect(lanes[1]!.columns.on_track.map((p) => p.id)).toEqual(['plan-5', 'plan-4']);
  });

  it("puts the viewer's own lane first", () => {
    const lanes = buildBoard(plans, { byOwner: true, owners: [kam, sofia], viewerId: 'user-kam-2' });
    expect(lanes[0]!.owner?.id).toBe('user-kam-2');
  });
});

describe('plan details', () => {
  it('offers only target stages above the current one', () => {
    expect(targetStagesAbove('unknown')).toEqual(['introduced', 'acquainted', 'loyal', 'advocate']);
    expect(targetStagesAbove('loyal')).toEqual(['advocate']);
    expect(targetStagesAbove('advocate')).toEqual([]);
    expect(targetStagesAbove(null)).toEqual(['introduced', 'acquainted', 'loyal', 'advocate']);
  });

  it('measures progress from the start stage to the target', () => {
    expect(stageProgress('introduced', 'introduced', 'loyal')).toBe(0);
    expect(stageProgress('introduced', 'acquainted', 'loyal')).toBe(0.5);
    expect(stageProgress('introduced', 'loyal', 'loyal')).toBe(1);
    expect(stageProgress('introduced', 'acquainted', 'acquainted')).toBe(1);
    expect(stageProgress(null, 'unknown', 'advocate')).toBe(0);
  });

  it('reads review notes written as "date user: text"', () => {
    expect(parseReviewNote('2026-07-12 user-manager: asked for a dossier update')).toEqual({ date: '2026-07-12', author: 'user-manager', text: 'asked for a dossier update' });
    expect(parseReviewNote('free text')).toEqual({ date: null, author: null, text: 'free text' });
  });

  it('names delegation levels and formats budgets', () => {
    expect(delegationName('D1')).toBe('Directing');
    expect(delegationName('D4')).toBe('Delegating');
    expect(delegationName(null)).toBe('Not set');
    expect(formatBudget(5500)).toBe('5,500');
    expect(formatBudget(null)).toBe('No budget');
  });
});
