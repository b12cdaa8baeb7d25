import { countryPack } from '../../server/src/modules/country/pack.js';
import { describe, expect, it } from 'vitest';
import { generateDemo, type DemoGraph } from '../../server/src/demo/generate-demo.js';
import { topShareCount } from '../../server/src/demo/sales.js';
import { checkValue } from '../../server/src/modules/graph/rules/property-values.js';
import {
  RELATIONSHIP_STAGES,
  TIE_ENDPOINTS,
  propertyKind,
  tieKey,
  type NodeRecord,
  type TieRecord,
} from '../../server/src/modules/graph/model.js';

const TODAY = '2026-11-27';
const DAY_MS = 86_400_000;

function daysFrom(iso: string, today = TODAY): number {
  return Math.round((Date.parse(`${iso}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / DAY_MS);
}

/** Days until the next occurrence of a birthday's month and day (0 = today). */
function daysToBirthday(birthday: string, today = TODAY): number {
  for (let k = 0; k < 366; k++) {
    if (new Date(Date.parse(`${today}T00:00:00Z`) + k * DAY_MS).toISOString().slice(5, 10) === birthday.slice(5)) return k;
  }
  return Infinity;
}

const stageIndex = (stage: unknown): number => RELATIONSHIP_STAGES.indexOf(stage as (typeof RELATIONSHIP_STAGES)[number]);

/** Lookups over one generated graph. */
function index(graph: DemoGraph) {
  const node = new Map(graph.nodes.map((n) => [n.id, n]));
  const from = (type: TieRecord['type'], id: string): TieRecord[] => graph.ties.filter((t) => t.type === type && t.from === id);
  const to = (type: TieRecord['type'], id: string): TieRecord[] => graph.ties.filter((t) => t.type === type && t.to === id);
  const of = (type: NodeRecord['type']): NodeRecord[] => graph.nodes.filter((n) => n.type === type);
  return { node, from, to, of };
}

/** Current-year revenue per territory: accounts sorted largest first. */
function salesByTerritory(graph: DemoGraph, year: string) {
  const { node, from, of } = index(graph);
  const result = new Map<string, { institution: NodeRecord; revenue: number; profit: number }[]>();
  for (const sales of of('Sales').filter((s) => s.props.period === year)) {
    const territory = (from('LOCATED_IN', sales.id)[0] as TieRecord).to;
    const institution = node.get((from('FOR', sales.id)[0] as TieRecord).to) as NodeRecord;
    const list = result.get(territory) ?? [];
    list.push({ institution, revenue: sales.props.revenue as number, profit: sales.props.profit as number });
    result.set(territory, list);
  }
  for (const list of result.values()) list.sort((a, b) => b.revenue - a.revenue);
  return result;
}

function topShare(accounts: readonly { revenue: number }[]): number {
  const total = accounts.reduce((s, a) => s + a.revenue, 0);
  return accounts.slice(0, topShareCount(accounts.length)).reduce((s, a) => s + a.revenue, 0) / total;
}

/** The planning stages do not depend on the country: they are checked on the generic pack, today's one-region structure. */
const GENERIC = countryPack('generic');
const demo = generateDemo({ country: GENERIC });
const g = index(demo);
const plans = new Map(g.of('Plan').map((p) => [p.id, p]));
const stepsOf = (planId: string): NodeRecord[] =>
  g.from('HAS_STEP', planId).map((t) => g.node.get(t.to) as NodeRecord).sort((a, b) => (a.props.order as number) - (b.props.order as number));
const targetOf = (planId: string): string => (g.from('TARGETS', planId)[0] as TieRecord).to;
const interactionDates = (personId: string): string[] =>
  g.from('PARTICIPATED_IN', personId).map((t) => g.node.get(t.to)?.props.date as string);

describe('demo planning data: determinism and model fit', () => {
  it('is deterministic and stays within the model for the new labels and ties', () => {
    expect(generateDemo({ country: GENERIC })).toEqual(demo);
    for (const graph of [demo, generateDemo({ country: GENERIC, people: 4321, seed: 3 }), generateDemo({ country: GENERIC, people: 1 })]) {
      const types = new Map(graph.nodes.map((n) => [n.id, n.type]));
      const problems: string[] = [];
      const keys = new Set<string>();
      for (const n of graph.nodes) {
        for (const [key, value] of Object.entries(n.props)) {
          const kind = propertyKind('node', n.type, key);
          if (!kind) problems.push(`${n.id}: untyped ${key}`);
          const checked = checkValue(kind, value);
          if (!checked.ok) problems.push(`${n.id}.${key}: ${checked.reason}`);
        }
      }
      for (const t of graph.ties) {
        const ends = TIE_ENDPOINTS[t.type];
        if (!ends.from.includes(types.get(t.from)!) || !ends.to.includes(types.get(t.to)!)) problems.push(`${t.type} ${t.from} -> ${t.to}`);
        const key = tieKey({ ...t, since: (t.props.since as string | undefined) ?? null });
        if (keys.has(key)) problems.push(`duplicate ${key}`);
        keys.add(key);
      }
      expect(problems.slice(0, 10)).toEqual([]);
    }
  });

  it('keeps exactly one open RELATES tie per user and person, with no overlapping history', () => {
    for (const graph of [demo, generateDemo({ country: GENERIC, people: 4321, seed: 3 })]) {
      const byPair = new Map<string, TieRecord[]>();
      for (const t of graph.ties.filter((x) => x.type === 'RELATES')) {
        const list = byPair.get(`${t.from}|${t.to}`) ?? [];
        list.push(t);
        byPair.set(`${t.from}|${t.to}`, list);
      }
      for (const [pair, ties] of byPair) {
        expect(ties.filter((t) => t.props.until === undefined), pair).toHaveLength(1);
        const sorted = ties.slice().sort((a, b) => String(a.props.since).localeCompare(String(b.props.since)));
        for (let i = 1; i < sorted.length; i++) {
          expect(String(sorted[i - 1]?.props.until) <= String(sorted[i]?.props.since), pair).toBe(true);
          // Stages only move up over time.
          expect(stageIndex(sorted[i]?.props.stage)).toBeGreaterThan(stageIndex(sorted[i - 1]?.props.stage));
        }
      }
    }
  });
});

describe('demo key-account health (Sales)', () => {
  const multi = generateDemo({ country: GENERIC, people: 12_000 });
  const year = TODAY.slice(0, 4);

  it('has Sales for hospitals, chains, distributors and warehouses only, two periods each', () => {
    const kinds = new Set<unknown>();
    for (const sales of g.of('Sales')) {
      const fors = g.from('FOR', sales.id);
      expect(fors).toHaveLength(1);
      const institution = g.node.get((fors[0] as TieRecord).to) as NodeRecord;
      kinds.add(institution.props.kind);
      expect(sales.id).toBe(`sales-${institution.id}-${sales.props.period}`);
      expect(sales.name).toBe(`Sales ${sales.props.period as string} — ${institution.name}`);
      expect(sales.props.profit as number).toBeLessThan(sales.props.revenue as number);
      expect(Number.isInteger(sales.props.newOpportunities)).toBe(true);
      expect(sales.props.newOpportunities as number).toBeGreaterThanOrEqual(0);
      expect(sales.props.newOpportunities as number).toBeLessThanOrEqual(6);
    }
    expect([...kinds].sort()).toEqual(['distributor', 'hospital', 'pharmacy_chain', 'state_warehouse']);
    expect(new Set(g.of('Sales').map((s) => s.props.period))).toEqual(new Set(['2025', '2026']));
    expect(g.of('Sales').some((s) => (s.props.profit as number) < 0)).toBe(true);
  });

  it('is Pareto-like: the top 20% bring 55-80% at home, and one territory is mono-dependent', () => {
    const home = salesByTerritory(demo, year).get('territory-north') ?? [];
    expect(home.length).toBeGreaterThanOrEqual(8);
    expect(topShare(home)).toBeGreaterThanOrEqual(0.55);
    expect(topShare(home)).toBeLessThanOrEqual(0.8);

    const territories = salesByTerritory(multi, year);
    expect(territories.size).toBe(6);
    const shares = [...territories.values()].map(topShare);
    for (const share of shares) {
      expect(share).toBeGreaterThanOrEqual(0.55);
      expect(share).toBeLessThanOrEqual(0.9);
    }
    expect(topShare(territories.get('territory-north') ?? [])).toBeLessThanOrEqual(0.8);
    expect(shares.some((s) => s > 0.75)).toBe(true);
  });

  it('marks 2-4 key accounts per territory, one a low-profit strategic account outside the top 20%', () => {
    for (const [territory, accounts] of salesByTerritory(multi, year)) {
      const keys = accounts.filter((a) => a.institution.props.keyAccount === true);
      expect(keys.length, territory).toBeGreaterThanOrEqual(2);
      expect(keys.length, territory).toBeLessThanOrEqual(4);
      const top = accounts.slice(0, topShareCount(accounts.length));
      expect(top.every((a) => a.institution.props.keyAccount === true), territory).toBe(true);
      const outside = keys.filter((a) => !top.includes(a));
      expect(outside.some((a) => a.profit / a.revenue < 0.05), territory).toBe(true);
    }
    // At home the key accounts' share stays under the 75% mono-dependency flag.
    const home = salesByTerritory(demo, year).get('territory-north') ?? [];
    const total = home.reduce((s, a) => s + a.revenue, 0);
    const keyShare = home.filter((a) => a.institution.props.keyAccount === true).reduce((s, a) => s + a.revenue, 0) / total;
    expect(keyShare).toBeLessThan(0.75);
    // Only sales accounts carry the flag.
    const flagged = g.of('Institution').filter((i) => i.props.keyAccount === true);
    expect(flagged.every((i) => ['hospital', 'pharmacy_chain', 'distributor', 'state_warehouse'].includes(i.props.kind as string))).toBe(true);
  });
});

describe('demo relationship plans', () => {
  it('gives user-kam three plans and another home KAM one, each on a person that KAM owns', () => {
    expect([...plans.keys()].sort()).toEqual(['plan-1', 'plan-2', 'plan-3', 'plan-4']);
    for (const plan of plans.values()) {
      const owner = (g.to('OWNS', plan.id)[0] as TieRecord).from;
      expect(owner === 'user-kam' || plan.id === 'plan-4').toBe(true);
      expect(g.from('LOCATED_IN', plan.id).map((t) => t.to)).toEqual(['territory-north']);
      const person = targetOf(plan.id);
      expect(g.from('OWNS', owner).some((t) => t.to === person), plan.id).toBe(true);
      const target = g.node.get(person) as NodeRecord;
      expect(plan.name).toBe(`Relationship plan: ${target.props.title ? `${target.props.title as string} ` : ''}${target.name}`);
      if (owner === 'user-kam') expect(['kol', 'vip']).toContain(target.props.category);

      const { startStage, targetStage, createdOn, reviewOn, budget, reviewNotes } = plan.props;
      expect(stageIndex(targetStage)).toBeGreaterThan(stageIndex(startStage));
      expect(stageIndex(startStage)).toBeLessThanOrEqual(2);
      expect(daysFrom(createdOn as string)).toBeGreaterThanOrEqual(-200);
      expect(daysFrom(createdOn as string)).toBeLessThanOrEqual(-30);
      expect(daysFrom(reviewOn as string)).toBeGreaterThanOrEqual(1);
      expect(daysFrom(reviewOn as string)).toBeLessThanOrEqual(60);
      expect(budget as number).toBeGreaterThanOrEqual(2000);
      expect(budget as number).toBeLessThanOrEqual(15000);
      expect((reviewNotes as string[]).length).toBeLessThanOrEqual(2);
      for (const note of reviewNotes as string[]) expect(note).toMatch(/^\d{4}-\d{2}-\d{2} user-manager: [^;]+$/);

      // The stage on the day the plan was made is its start stage.
      const relates = g.from('RELATES', owner).filter((t) => t.to === person);
      const then = relates.find((t) => (t.props.since as string) <= (createdOn as string)
        && (t.props.until === undefined || (t.props.until as string) > (createdOn as string)));
      expect(then?.props.stage, plan.id).toBe(startStage);

      const steps = stepsOf(plan.id);
      expect(steps.length).toBeGreaterThanOrEqual(3);
      expect(steps.length).toBeLessThanOrEqual(5);
      steps.forEach((step, k) => {
        expect(step.id).toBe(`${plan.id}-step-${k + 1}`);
        expect(step.props.order).toBe(k + 1);
        expect(step.props.status === 'done').toBe(step.props.doneOn !== undefined);
      });
    }
  });

  it('has an active plan with an overdue step, a done step and an upcoming event step', () => {
    const plan = plans.get('plan-1') as NodeRecord;
    expect(plan.props).toMatchObject({ status: 'active' });
    const steps = stepsOf('plan-1');
    expect(steps.some((s) => s.props.status === 'open' && daysFrom(s.props.due as string) < 0)).toBe(true);
    expect(steps.some((s) => s.props.status === 'done' && daysFrom(s.props.doneOn as string) >= -45)).toBe(true);
    const eventStep = steps.find((s) => s.props.kind === 'event') as NodeRecord;
    const event = g.node.get((g.from('ABOUT', eventStep.id)[0] as TieRecord).to) as NodeRecord;
    expect(event.type).toBe('Event');
    expect(daysFrom(event.props.date as string)).toBeGreaterThan(0);
    expect(daysFrom(event.props.date as string)).toBeLessThanOrEqual(30);
    const person = targetOf('plan-1');
    expect([...g.to('SPOKE_AT', event.id), ...g.to('ATTENDED', event.id)].some((t) => t.from === person)).toBe(true);
    expect(g.to('ATTENDED', event.id).some((t) => t.from === 'user-kam')).toBe(true);
    // Steps point at what they are about.
    const about = new Set(steps.flatMap((s) => g.from('ABOUT', s.id)).map((t) => g.node.get(t.to)?.type));
    expect(about).toContain('Committee');
    expect(about).toContain('Person');
  });

  it('has a stalled plan: no contact with its person for 60 days and no step done for 45', () => {
    const plan = plans.get('plan-2') as NodeRecord;
    expect(plan.props.status).toBe('active');
    const person = targetOf('plan-2');
    expect(interactionDates(person).filter((d) => daysFrom(d) >= -60)).toEqual([]);
    const steps = stepsOf('plan-2');
    expect(steps.filter((s) => s.props.status === 'done' && daysFrom(s.props.doneOn as string) >= -45)).toEqual([]);
    expect(steps.some((s) => s.props.status === 'done')).toBe(true);
    expect(steps.some((s) => s.props.status === 'open' && daysFrom(s.props.due as string) < 0)).toBe(true);
  });

  it('has an achieved plan whose person reached the target stage after the plan was made', () => {
    const plan = plans.get('plan-3') as NodeRecord;
    expect(plan.props.status).toBe('achieved');
    const person = targetOf('plan-3');
    const open = g.from('RELATES', 'user-kam').find((t) => t.to === person && t.props.until === undefined) as TieRecord;
    expect(open.props.stage).toBe(plan.props.targetStage);
    expect((open.props.since as string) > (plan.props.createdOn as string)).toBe(true);
    expect(stepsOf('plan-3').every((s) => s.props.status !== 'open')).toBe(true);
  });

  it('shows stage progress for the planned people', () => {
    for (const plan of plans.values()) {
      const owner = (g.to('OWNS', plan.id)[0] as TieRecord).from;
      const person = targetOf(plan.id);
      const relates = g.from('RELATES', owner).filter((t) => t.to === person);
      const open = relates.find((t) => t.props.until === undefined) as TieRecord;
      if (stageIndex(open.props.stage) > 0) {
        expect(relates.some((t) => t.props.until === open.props.since && stageIndex(t.props.stage) === stageIndex(open.props.stage) - 1), plan.id)
          .toBe(true);
      }
    }
  });

  it('holds the same plan shapes for other seeds', () => {
    for (const seed of [1, 2, 3, 7]) {
      const graph = generateDemo({ country: GENERIC, seed });
      const ids = graph.nodes.filter((n) => n.type === 'Plan').map((n) => `${n.id}:${n.props.status as string}`).sort();
      expect(ids, `seed ${seed}`).toEqual(['plan-1:active', 'plan-2:active', 'plan-3:achieved', 'plan-4:active']);
    }
    const multi = generateDemo({ country: GENERIC, people: 4321, seed: 3 });
    const away = multi.nodes.find((n) => n.id === 'plan-5') as NodeRecord;
    expect(multi.ties.find((t) => t.type === 'LOCATED_IN' && t.from === away.id)?.to).toBe('territory-south');
  });
});

describe('demo proposals and follow-ups', () => {
  const proposals = g.of('Interaction').filter((n) => n.id.startsWith('interaction-proposal-'));
  const homeGroups = new Set(g.of('Tender').filter((t) => t.id.startsWith('tender-north-'))
    .flatMap((t) => g.to('ROLE_IN', t.id).map((r) => r.from)));

  it('sends 4-6 dated proposals from user-kam to home decision-group members', () => {
    expect(proposals.length).toBeGreaterThanOrEqual(4);
    expect(proposals.length).toBeLessThanOrEqual(6);
    for (const p of proposals) {
      expect(p.props.kind).toBe('proposal');
      const sent = daysFrom(p.props.date as string);
      expect(sent).toBeGreaterThanOrEqual(-10);
      expect(sent).toBeLessThanOrEqual(-1);
      const validity = daysFrom(p.props.validUntil as string) - sent;
      expect(validity).toBeGreaterThanOrEqual(30);
      expect(validity).toBeLessThanOrEqual(60);
      if (p.props.confirmedOn !== undefined) expect(daysFrom(p.props.confirmedOn as string)).toBeLessThanOrEqual(0);
      const who = g.to('PARTICIPATED_IN', p.id).map((t) => t.from);
      expect(who).toContain('user-kam');
      expect(who.some((id) => homeGroups.has(id))).toBe(true);
      expect(g.node.get((g.from('ABOUT', p.id)[0] as TieRecord).to)?.type).toBe('Tender');
    }
    expect(proposals.some((p) => p.props.confirmedOn !== undefined)).toBe(true);
    expect(proposals.some((p) => p.props.confirmedOn === undefined)).toBe(true);
  });

  it('has an overdue proposal: 5+ days old, unconfirmed, never followed up', () => {
    const overdue = g.node.get('interaction-proposal-1') as NodeRecord;
    expect(daysFrom(overdue.props.date as string)).toBeLessThanOrEqual(-5);
    expect(overdue.props.confirmedOn).toBeUndefined();
    expect(g.to('FOLLOWS_UP', overdue.id)).toEqual([]);
  });

  it('has one follow-up call the day after an unconfirmed proposal, with the next contact agreed', () => {
    const followUps = demo.ties.filter((t) => t.type === 'FOLLOWS_UP');
    expect(followUps).toHaveLength(1);
    const call = g.node.get((followUps[0] as TieRecord).from) as NodeRecord;
    const proposal = g.node.get((followUps[0] as TieRecord).to) as NodeRecord;
    expect(call.props.kind).toBe('call');
    expect(proposal.props.confirmedOn).toBeUndefined();
    expect(daysFrom(call.props.date as string)).toBe(daysFrom(proposal.props.date as string) + 1);
    expect(daysFrom(call.props.nextContactOn as string)).toBeGreaterThan(0);
    expect(call.props.outcome).toBeTruthy();
    expect(call.props.notes).toBeTruthy();
    expect(g.to('PARTICIPATED_IN', call.id).map((t) => t.from).sort())
      .toEqual(g.to('PARTICIPATED_IN', proposal.id).map((t) => t.from).sort());
  });
});

describe('demo agenda material', () => {
  it('gives at least two of user-kam’s people a birthday within the next 14 days', () => {
    const owned = g.from('OWNS', 'user-kam').map((t) => t.to).filter((id) => id.startsWith('person-'));
    const soon = owned.filter((id) => {
      const birthday = g.node.get(`dossier-${id}`)?.props.birthday;
      return typeof birthday === 'string' && daysToBirthday(birthday) <= 14;
    });
    expect(soon.length).toBeGreaterThanOrEqual(2);
    // Also when today moves, including across a year end.
    for (const today of ['2026-12-24', '2028-02-20']) {
      const graph = generateDemo({ country: GENERIC, today });
      const x = index(graph);
      const mine = x.from('OWNS', 'user-kam').map((t) => t.to);
      const upcoming = mine.filter((id) => {
        const birthday = x.node.get(`dossier-${id}`)?.props.birthday;
        return typeof birthday === 'string' && daysToBirthday(birthday, today) <= 14;
      });
      expect(upcoming.length, today).toBeGreaterThanOrEqual(2);
    }
  });

  it('has an upcoming event within 30 days that a planned person attends or speaks at', () => {
    const planned = new Set([...plans.keys()].map(targetOf));
    const upcoming = g.of('Event').filter((e) => daysFrom(e.props.date as string) > 0 && daysFrom(e.props.date as string) <= 30);
    const withPlanned = upcoming.filter((e) => [...g.to('SPOKE_AT', e.id), ...g.to('ATTENDED', e.id)].some((t) => planned.has(t.from)));
    expect(withPlanned.length).toBeGreaterThan(0);
  });
});
