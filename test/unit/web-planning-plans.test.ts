import { afterEach, describe, expect, it } from 'vitest';
import {
  BOARD_COLUMNS,
  DEVELOPMENT_LEVELS,
  STYLE_OF_LEVEL,
  buildBoard,
  finished,
  formatBudget,
  levelAndStyle,
  needsAttention,
  nextSteps,
  parseReviewNote,
  type PlanLike,
  type StepLike,
} from '../../web/src/features/plans/plan-board.js';
import { outcomeWords } from '../../web/src/features/agenda/outcomes.js';
import { ManagerStyle } from '../../web/src/gql/vocabulary.js';
import { setCurrentLocale } from '../../web/src/shared/i18n/intl.js';
import { valuesOf } from '../../web/src/shared/vocabulary/values.js';

const kam = { id: 'user-kam', name: 'Tomás Ribeiro' };
const sofia = { id: 'user-kam-2', name: 'Sofia Marques' };
const bruno = { id: 'user-kam-3', name: 'Bruno Carvalho' };

function plan(id: string, over: Partial<PlanLike> = {}): PlanLike {
  return { id, progress: 'ON_TRACK', owner: kam, person: { name: `Person ${id}` }, steps: [], ...over };
}

describe('plan board: progress', () => {
  it("has a column per PlanProgress in the SDL's order; the API's progress says which", () => {
    expect(BOARD_COLUMNS).toEqual(['ON_TRACK', 'NEEDS_ATTENTION', 'BEHIND', 'ACHIEVED', 'CLOSED']);
    expect(BOARD_COLUMNS.filter(needsAttention)).toEqual(['NEEDS_ATTENTION', 'BEHIND']);
    expect(BOARD_COLUMNS.filter(finished)).toEqual(['ACHIEVED', 'CLOSED']);
  });

  it('lists open steps soonest first, undated last', () => {
    const steps: StepLike[] = [
      { id: 'a', status: 'DONE', due: '2026-01-01', overdue: false },
      { id: 'b', status: 'OPEN', due: null, overdue: false },
      { id: 'c', status: 'OPEN', due: '2026-12-13', overdue: false },
      { id: 'd', status: 'OPEN', due: '2026-11-22', overdue: true },
      { id: 'e', status: 'SKIPPED', due: '2026-11-01', overdue: false },
    ];
    expect(nextSteps(steps, 2).map((s) => s.id)).toEqual(['d', 'c']);
    expect(nextSteps(steps, 5).map((s) => s.id)).toEqual(['d', 'c', 'b']);
  });
});

describe('plan board: lanes', () => {
  // The demo's plans: plan-1 has a late step (needs attention at D1), plan-2 passed its target date, plan-3 is achieved.
  const plans = [
    plan('plan-1', { progress: 'NEEDS_ATTENTION', steps: [{ id: 's1', status: 'OPEN', due: '2026-11-22', overdue: true }] }),
    plan('plan-2', { progress: 'BEHIND' }),
    plan('plan-3', { progress: 'ACHIEVED' }),
    plan('plan-4', { owner: sofia, steps: [{ id: 's4', status: 'OPEN', due: '2026-12-12', overdue: false }] }),
    plan('plan-5', { owner: sofia, steps: [{ id: 's5', status: 'OPEN', due: '2026-12-01', overdue: false }] }),
  ];

  it("gives a KAM one lane with plans in their progress's column", () => {
    const [lane, ...rest] = buildBoard(plans.slice(0, 3), { byOwner: false });
    expect(rest).toEqual([]);
    expect(lane!.owner).toBeNull();
    expect(lane!.columns.NEEDS_ATTENTION.map((p) => p.id)).toEqual(['plan-1']);
    expect(lane!.columns.BEHIND.map((p) => p.id)).toEqual(['plan-2']);
    expect(lane!.columns.ACHIEVED.map((p) => p.id)).toEqual(['plan-3']);
    expect(lane!.columns.ON_TRACK).toEqual([]);
    expect(lane!.columns.CLOSED).toEqual([]);
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
    expect(lanes[1]!.columns.ON_TRACK.map((p) => p.id)).toEqual(['plan-5', 'plan-4']);
  });

  it("puts the viewer's own lane first", () => {
    const lanes = buildBoard(plans, { byOwner: true, owners: [kam, sofia], viewerId: 'user-kam-2' });
    expect(lanes[0]!.owner?.id).toBe('user-kam-2');
  });
});

describe('plan details', () => {
  it('reads review notes written as "date user: text"', () => {
    expect(parseReviewNote('2026-07-12 user-manager: asked for a dossier update')).toEqual({ date: '2026-07-12', author: 'user-manager', text: 'asked for a dossier update' });
    expect(parseReviewNote('free text')).toEqual({ date: null, author: null, text: 'free text' });
  });

  it('names development levels with the style that follows, and formats budgets', () => {
    expect(DEVELOPMENT_LEVELS).toEqual(['D1', 'D2', 'D3', 'D4']);
    expect(levelAndStyle('D1')).toBe('D1 · Directing');
    expect(levelAndStyle('D4')).toBe('D4 · Delegating');
    // The API's managerStyle is shown as it comes.
    expect(levelAndStyle('D2', 'COACHING')).toBe('D2 · Coaching');
    // Each level has its own style, in the SDL's order.
    expect(DEVELOPMENT_LEVELS.map((l) => STYLE_OF_LEVEL[l])).toEqual(valuesOf(ManagerStyle));
    expect(formatBudget(5500)).toBe('5,500');
    expect(formatBudget(null)).toBe('No budget');
  });

  afterEach(() => setCurrentLocale('en'));

  it('speaks Portuguese: levels, budgets and interaction outcomes', () => {
    setCurrentLocale('pt-PT');
    expect(levelAndStyle('D1')).toBe('D1 · Direção');
    expect(formatBudget(null)).toBe('Sem orçamento');
    expect(formatBudget(5500.4)).toBe('5500');
    expect(outcomeWords('no_confirmation')).toBe('sem confirmação');
    setCurrentLocale('pt-BR');
    expect(formatBudget(5500)).toBe('5.500');
    // Free text the web does not know stays as typed, underscores as spaces.
    expect(outcomeWords('call_back_friday')).toBe('call back friday');
    setCurrentLocale('en');
    expect(outcomeWords('next_meeting_agreed')).toBe('next meeting agreed');
  });
});
