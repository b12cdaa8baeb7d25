/**
 * Relationship plans (docs/domain.md#planning-a-new-kol-relationship): per target person a
 * Plan with start and target stage and the day it should be reached by, goals, budget and
 * its purpose, the KAM's development level on it and review dates, owned by the KAM; 3-5
 * PlanSteps ABOUT the person, event, committee or tender they concern. Plan 1 (D1) has an
 * overdue step, so it needs attention; plan 2 is behind (its target date passed short of
 * the target stage); plan 3 reached its target stage. The planned people get RELATES
 * history (a closed earlier stage) so progress is visible.
 */
import type { STEP_KINDS } from '../modules/graph/model.js';
import type { DemoContext } from './context.js';
import type { Props } from './graph-builder.js';
import { displayName } from './people.js';
import type { Rng } from './prng.js';
import type { Institution } from './skeleton.js';
import { fill } from './text-pools.js';
import { relatesProps, STAGES, type Stage } from './users.js';

type StepKind = (typeof STEP_KINDS)[number];

interface StepSpec {
  kind: StepKind;
  name: string;
  due: number;
  status: 'open' | 'done' | 'skipped';
  done?: number;
  note: string;
  about?: string;
}

/** Goals by whom the plan is about; `product` ones only where we sell in the person's area. */
const GOALS: Readonly<Record<'kol' | 'vip' | 'trade', { product: readonly string[]; any: readonly string[] }>> = {
  kol: {
    product: ['Secure support for the {area} formulary listing of {product}.'],
    any: [
      'Win {name} as a speaker on {area} real-world outcomes at regional events.',
      "Bring {name}'s expert view into the regional {area} treatment guideline.",
    ],
  },
  vip: {
    product: ['Secure support for listing {product} on the hospital formulary.'],
    any: ["Open a regular dialogue with {name} on the hospital's {area} budget."],
  },
  trade: {
    product: [
      'Agree a joint supply and stock plan for {product} with {name}.',
      "Secure {name}'s support for next year's purchase forecast for {product}.",
    ],
    any: ["Get our SKUs into {name}'s assortment matrix for the coming year."],
  },
};

const BUDGET_PURPOSES: readonly string[] = [
  'Sponsorship of a regional round table',
  'Travel grant for the national congress',
  'Advisory board honorarium',
  'Educational grant for the department school',
  'Local symposium on {area} real-world data',
];

const REVIEW_NOTES: readonly string[] = [
  'agreed to focus on the society board',
  'approved the round table budget',
  'asked for a dossier update before the next meeting',
  'first meeting went well, keep the pace',
];

export function buildPlans(
  ctx: Pick<DemoContext,
    'builder' | 'calendar' | 'catalog' | 'skeleton' | 'people' | 'memberships' | 'social' | 'tenders' | 'targets' | 'upcoming'>,
  rng: Rng,
): void {
  // The upcoming event is the one the first plan's person speaks at or attends.
  const { builder, calendar, catalog, skeleton, people, tenders, targets, upcoming: event } = ctx;
  const introducers = findIntroducers(ctx);

  for (const t of targets) {
    const { account, kam } = t;
    const p = account.person;
    const personId = people.ids[p] as string;
    const name = displayName(people, p);
    const region = skeleton.regions[t.region] as (typeof skeleton.regions)[number];
    const area = people.area[p] as number;
    const areaName = (catalog.areas[area] as { name: string }).name;
    const product = catalog.products.find((x) => x.ours && x.area === area);
    const values = { name, area: areaName.toLowerCase(), product: product?.inn ?? '' };
    const trade = kam.kind !== 'hospital';

    // When the plan was made: before the current stage began if the plan achieved it,
    // and never before the previous stage's recorded start.
    const lo = Math.max(-200, account.previousSince !== undefined ? account.previousSince + 5 : -200);
    const hi = t.kind === 'achieved' ? Math.min(-50, account.since - 10) : t.kind === 'behind' ? -90 : -60;
    const created = rng.range(lo, Math.max(lo, hi));
    const startIndex = account.stage > 0 && account.since > created ? account.stage - 1 : account.stage;
    const targetIndex = t.kind === 'achieved' ? account.stage : Math.min(4, Math.max(startIndex, account.stage) + 1);
    const reviewOn = t.kind === 'achieved' ? rng.range(14, 60) : t.kind === 'behind' ? rng.range(1, 7) : rng.range(5, 45);

    // Stage history: the stage before the current one, closed when the current began.
    if (account.stage > 1 && account.previousSince === undefined) {
      builder.addTie(kam.id, 'RELATES', personId, {
        ...relatesProps(ctx, account.stage - 1, Math.min(created, account.since) - rng.range(30, 240)),
        until: calendar.day(account.since),
      });
    }

    const committee = committeeFor(ctx, t.region, p);
    const tender = tenders.find((g) => g.region === t.region && g.members.has(p)) ?? tenders.find((g) => g.region === t.region);
    const introducer = introducers.get(t.n);
    // Before we are introduced, a warm introduction; after, a recommendation from a client.
    const ask = startIndex === 0 ? 'for an introduction to' : 'to recommend us to';
    const intro = (due: number, done: number): StepSpec => introducer === undefined
      ? { kind: 'introduction', name: `Find a warm introduction to ${name}`, due, status: 'done', done,
        note: 'Nobody we know well is close to them; ask at the society board.' }
      : { kind: 'introduction', name: `Ask ${displayName(people, introducer)} ${ask} ${name}`, due, status: 'done', done,
        about: people.ids[introducer] as string, note: `${displayName(people, introducer)} knows ${name} well and offered to help.` };
    const committeeStep = (due: number, status: StepSpec['status'], done?: number): StepSpec => ({
      kind: 'committee', name: `Prepare the case for the ${committee.name}`, due, status, ...(done !== undefined ? { done } : {}),
      about: committee.id, note: `Cost-effectiveness summary and ${areaName.toLowerCase()} real-world data; ${name} to present it.`,
    });
    const tenderStep = (due: number): StepSpec | undefined => tender && {
      kind: 'tender', name: `Brief ${name} on the specification of the ${areaName.toLowerCase()} tender`, due, status: 'open',
      about: tender.id, note: 'Walk through the lots and the biosimilar clause before the commission drafts the specification.',
    };
    const review = (due: number, status: StepSpec['status'] = 'open', done?: number): StepSpec => ({
      kind: 'review', name: 'Progress review with the regional manager', due, status, ...(done !== undefined ? { done } : {}),
      note: 'Stage reached, budget spent, next steps.',
    });
    const meeting = (due: number, status: StepSpec['status'], done?: number): StepSpec => ({
      kind: 'meeting',
      name: trade ? `Business review with ${name}` : `One-to-one meeting with ${name} on ${areaName.toLowerCase()} real-world data`,
      due, status, ...(done !== undefined ? { done } : {}), about: personId,
      note: trade ? 'Sell-out by SKU, stock levels and the promotion calendar.' : 'Bring the subgroup analysis; 30 minutes at most.',
    });

    const steps: StepSpec[] = [];
    const notes: string[] = [];
    const note = (offset: number, text: string): void => {
      notes.push(`${calendar.day(offset)} user-manager: ${text}`);
    };
    if (t.kind === 'achieved') {
      const d1 = created + rng.range(3, Math.max(3, Math.floor((account.since - created) / 3)));
      const d2 = rng.range(Math.min(d1 + 1, account.since - 1), account.since - 1);
      const d3 = Math.min(-2, account.since + rng.range(3, 25));
      const d4 = rng.range(d3 + 1, -1);
      steps.push(intro(d1 + rng.range(0, 3), d1), meeting(d2, 'done', d2));
      steps.push(rng.chance(0.5) ? committeeStep(d3, 'done', d3) : committeeStep(Math.min(-1, d3 + rng.range(0, 5)), 'skipped'));
      steps.push(review(d4, 'done', d4));
      note(rng.range(created + 1, d2), rng.pick(REVIEW_NOTES));
      note(d4, `${stageWords(STAGES[targetIndex] ?? null)} reached, hand over to the account plan`);
    } else if (t.kind === 'behind') {
      const d1 = Math.min(-50, created + rng.range(5, 15));
      steps.push(introducer === undefined ? meeting(d1 + rng.range(0, 3), 'done', d1) : intro(d1, d1));
      const overdue = Math.max(d1 + 5, -rng.range(20, 40));
      const step = tenderStep(overdue) ?? committeeStep(overdue, 'open');
      steps.push(step);
      steps.push({
        kind: 'proposal', name: `Send an educational grant proposal to ${name}`, due: rng.range(5, 30), status: 'open',
        about: personId, note: 'Grant for the department school; needs the compliance form.',
      });
      steps.push(review(reviewOn));
      note(Math.min(-46, d1 + rng.range(5, 20)), rng.pick(REVIEW_NOTES));
    } else if (t.n === 1) {
      const d1 = created + rng.range(10, 20);
      steps.push(intro(d1 + rng.range(0, 5), d1));
      const d2 = Math.max(d1 + 1, -rng.range(8, 30));
      steps.push(meeting(d2 + rng.range(0, 4), 'done', d2));
      steps.push(committeeStep(-rng.range(3, 12), 'open'));
      if (event) {
        steps.push({
          kind: 'event', name: `Meet ${name} at the ${event.name}`, due: event.offset, status: 'open', about: event.id,
          note: 'Registered; arrange a coffee after the session.',
        });
      }
      steps.push(review(reviewOn));
      if (rng.chance(0.7)) note(rng.range(d1, -1), rng.pick(REVIEW_NOTES));
    } else {
      const d1 = -rng.range(5, 40);
      steps.push(meeting(d1 + rng.range(0, 3), 'done', d1));
      const institution = skeleton.institutions[people.institution[p] as number] as Institution;
      const due = rng.range(5, 25);
      steps.push(trade
        ? { kind: 'proposal', name: `Send the joint marketing proposal to ${institution.name}`, due, status: 'open',
          about: institution.id, note: 'Assortment matrix for our SKUs and a shared promotion calendar.' }
        : { kind: 'proposal', name: `Send an educational grant proposal to ${name}`, due, status: 'open',
          about: personId, note: 'Grant for the department school; needs the compliance form.' });
      const later = tenderStep(rng.range(26, 50));
      if (later && !trade) steps.push(later);
      steps.push(review(reviewOn));
    }

    const planId = `plan-${t.n}`;
    const category = people.category[p];
    const goals = trade ? GOALS.trade : category === 'kol' ? GOALS.kol : GOALS.vip;
    const goalPool = product ? [...goals.product, ...goals.any] : goals.any;
    const start = STAGES[startIndex] ?? null;
    const goal = STAGES[targetIndex] as Stage;
    // The plan's own deadline for the target stage: passed for the plan that is behind.
    const targetOn = t.kind === 'behind' ? created + 75 : t.kind === 'achieved' ? account.since + 20 : reviewOn + 90;
    const props: Props = {
      // No start stage when the plan began before any relationship.
      ...(start !== null ? { startStage: start } : {}),
      targetStage: goal,
      targetOn: calendar.day(targetOn),
      goals: `${fill(rng.pick(goalPool), values)} Move the relationship from ${stageWords(start)} to ${stageWords(goal)}.`,
      budget: rng.range(4, 30) * 500,
      budgetPurpose: fill(rng.pick(BUDGET_PURPOSES), values),
      // The KAM's development level on the relationship; plan 1 is a new KOL project (D1).
      developmentLevel: t.kind === 'achieved' ? 'D3' : t.kind === 'behind' ? 'D2' : pickLevel(rng, t.n),
      status: t.kind === 'achieved' ? 'achieved' : 'active',
      createdOn: calendar.day(created),
      reviewOn: calendar.day(reviewOn),
      reviewNotes: notes,
    };
    builder.addNode(planId, 'Plan', `Relationship plan: ${name}`, props);
    builder.addTie(kam.id, 'OWNS', planId, { since: calendar.day(created) });
    builder.addTie(planId, 'TARGETS', personId, { since: calendar.day(created) });
    builder.addTie(planId, 'LOCATED_IN', region.territoryId);
    steps.forEach((step, k) => {
      const stepId = `${planId}-step-${k + 1}`;
      const stepProps: Props = { kind: step.kind, due: calendar.day(step.due), status: step.status };
      if (step.done !== undefined) stepProps.doneOn = calendar.day(step.done);
      stepProps.order = k + 1;
      stepProps.note = step.note;
      builder.addNode(stepId, 'PlanStep', step.name, stepProps);
      builder.addTie(planId, 'HAS_STEP', stepId);
      if (step.about !== undefined) builder.addTie(stepId, 'ABOUT', step.about);
    });
  }
}

/** The committee the person sits on (formularies first), else the regional formulary committee. */
function committeeFor(ctx: Pick<DemoContext, 'skeleton' | 'memberships'>, region: number, person: number): { id: string; name: string } {
  const { skeleton, memberships } = ctx;
  const home = skeleton.regions[region] as (typeof skeleton.regions)[number];
  const seated = skeleton.committees.filter((c) => c.region === region && (memberships[c.index] ?? []).some((s) => s.person === person));
  const chosen = seated.find((c) => c.kind.includes('formulary')) ?? seated[0] ?? skeleton.committees[home.formulary];
  return chosen as { id: string; name: string };
}

/**
 * Per plan, someone who KNOWS or INFLUENCES the person and whom the KAM already knows
 * well (acquainted or closer), else the person's superior. One pass over the ties.
 */
function findIntroducers(ctx: Pick<DemoContext, 'builder' | 'people' | 'targets' | 'social'>): Map<number, number> {
  const { builder, people, targets, social } = ctx;
  const byId = new Map(targets.map((t) => [people.ids[t.account.person] as string, t]));
  const near = new Map<number, Set<number>>(targets.map((t) => [t.n, new Set<number>()]));
  const indexOf = (id: string): number => Number(id.slice('person-'.length)) - 1;
  for (let i = social.from; i < social.to; i++) {
    const tie = builder.ties[i] as (typeof builder.ties)[number];
    if ((tie.type !== 'KNOWS' && tie.type !== 'INFLUENCES') || tie.props.until !== undefined) continue;
    const a = byId.get(tie.from);
    if (a) near.get(a.n)?.add(indexOf(tie.to));
    const b = byId.get(tie.to);
    if (b) near.get(b.n)?.add(indexOf(tie.from));
  }
  const result = new Map<number, number>();
  for (const t of targets) {
    const stageOf = new Map(t.kam.accounts.map((a) => [a.person, a.stage]));
    const known = [...(near.get(t.n) ?? [])]
      .filter((p) => p !== t.account.person && people.optedOut[p] === 0 && (stageOf.get(p) ?? 0) >= 2)
      .sort((x, y) => (stageOf.get(y) as number) - (stageOf.get(x) as number) || (people.weight[y] as number) - (people.weight[x] as number) || x - y);
    const boss = people.boss[t.account.person] as number;
    const chosen = known[0] ?? (boss >= 0 && people.optedOut[boss] === 0 ? boss : undefined);
    if (chosen !== undefined) result.set(t.n, chosen);
  }
  return result;
}

/** Development levels of the other active plans; plan 1 is always a new project at D1. */
function pickLevel(rng: Rng, n: number): string {
  const level = rng.pick(['D1', 'D1', 'D2']);
  return n === 1 ? 'D1' : level;
}

/** A stage as plans' texts write it. */
function stageWords(stage: Stage | null): string {
  return stage === null ? 'no relationship' : stage.replace('_', '-');
}
