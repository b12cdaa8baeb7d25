// Planning and follow-through in Chromium, as the demo KAM (user-kam) on the seeded demo:
// the plan board, a plan made from a person, an interaction logged and its follow-up, the
// agenda, key-account health, and recommendations and plans on the map.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { formatBudget } from '../../web/src/features/plans/plan-board.js';
import type { RelationshipStage } from '../../web/src/gql/vocabulary.js';
import { addDays, localToday } from '../../web/src/shared/dates.js';
import { stageLabel } from '../../web/src/shared/vocabulary/words.js';
import { baseUrl, gql, useBrowser, openMap, probe, screenshot } from './support/browser.js';

const chromium = useBrowser();
const page = () => chromium.page();

async function goto(p: Page, pathAndQuery: string): Promise<void> {
  await p.goto(`${baseUrl()}${pathAndQuery}`);
}

async function personName(id: string): Promise<string> {
  return (await gql<{ person: { name: string } }>('query($id: ID!) { person(id: $id) { name } }', { id })).person.name;
}

/** Whom a plan is with (the demo's plans are made from its country, so the API says who). */
async function planPerson(planId: string): Promise<string> {
  return (await gql<{ plan: { person: { id: string } } }>('query($id: ID!) { plan(id: $id) { person { id } } }', { id: planId })).plan.person.id;
}

/** The people whose birthdays the demo KAM's agenda lists between two days, as the API does. */
async function birthdaysOnAgenda(from: string, to: string): Promise<string[]> {
  const { agenda } = await gql<{ agenda: { kind: string; subjectId: string | null }[] }>(
    'query($from: Date!, $to: Date!) { agenda(userId: "user-kam", from: $from, to: $to) { kind subjectId } }',
    { from, to },
  );
  return agenda.filter((i) => i.kind === 'BIRTHDAY').map((i) => i.subjectId!);
}

/** A person of the KAM's home region the KAM already has a stage with and no plan for (what the create-plan test needs). */
async function stagedWithoutPlan(): Promise<string> {
  const { graphView } = await gql<{ graphView: { nodes: { id: string; stage: string | null }[] } }>('{ graphView(scope: { territoryId: "territory-north" }) { nodes { id stage } } }');
  const planned = new Set(await Promise.all(['plan-1', 'plan-2', 'plan-3'].map(planPerson)));
  // Below near-friendly, so that near-friendly is a target above it.
  const staged = graphView.nodes.filter((n) => n.id.startsWith('person-') && ['CONTACT', 'ACQUAINTANCE', 'LOYALTY'].includes(n.stage ?? '') && !planned.has(n.id)).map((n) => n.id).sort();
  for (const id of staged) {
    const { person } = await gql<{ person: { ourStage: string | null } }>('query($id: ID!) { person(id: $id) { ourStage } }', { id });
    if (person.ourStage && person.ourStage !== 'NEAR_FRIENDLY') return id;
  }
  throw new Error('the demo has no person of the North the KAM has a stage with below near-friendly and no plan for');
}

/** "Contact → Acquaintance": a plan's current and target stage as the board writes them, from the API. */
async function stagesOf(planId: string): Promise<RegExp> {
  const { plan } = await gql<{ plan: { currentStage: RelationshipStage | null; targetStage: RelationshipStage | null } }>(
    'query($id: ID!) { plan(id: $id) { currentStage targetStage } }',
    { id: planId },
  );
  return new RegExp(`${stageLabel(plan.currentStage)}\\s*→\\s*${stageLabel(plan.targetStage)}`);
}

// The e2e server's today is the real date, as is the browser's.
const today = localToday();

describe('planning and follow-through in Chromium', () => {
  it('shows the demo KAM their plan board by progress: plan-1 needs attention, plan-2 behind, each flagged', async () => {
    const { page: p, errors } = await page();
    await goto(p, '/plans');
    const board = p.locator('[data-testid="plan-board"]');
    await board.waitFor();
    const plan1 = board.locator('[data-plan-id="plan-1"]');
    const plan2 = board.locator('[data-plan-id="plan-2"]');
    // plan-1 (D1) has a step past its due date; plan-2 passed its own target date short of its target.
    expect(await plan1.getAttribute('data-health')).toBe('needs_attention');
    expect(await plan2.getAttribute('data-health')).toBe('behind');
    expect(await board.locator('[data-plan-id="plan-3"]').getAttribute('data-health')).toBe('achieved');
    expect(await board.locator('[data-column="needs_attention"] [data-plan-id="plan-1"]').count()).toBe(1);
    expect(await board.locator('[data-column="behind"] [data-plan-id="plan-2"]').count()).toBe(1);
    expect(await board.locator('.board-column h3').allTextContents()).toEqual([
      expect.stringMatching(/^On track/),
      expect.stringMatching(/^Needs attention/),
      expect.stringMatching(/^Behind/),
      expect.stringMatching(/^Achieved/),
      expect.stringMatching(/^Closed/),
    ]);
    // A KAM sees their own plans only: plan-4 belongs to another KAM.
    expect(await board.locator('[data-plan-id="plan-4"]').count()).toBe(0);
    // Cards: person, current -> target stage, development level, budget and purpose, next steps, flags.
    expect(await plan1.locator('.plan-flags').textContent()).toMatch(/1 step overdue/);
    expect(await plan2.locator('.plan-flags').textContent()).toMatch(/behind: .* was to be reached by \d{4}-\d{2}-\d{2}/);
    expect(await plan1.locator('.plan-stage').textContent()).toMatch(await stagesOf('plan-1'));
    expect(await plan2.locator('.plan-stage .target-on.late').count()).toBe(1);
    expect(await plan1.locator('.development-level').textContent()).toBe('D1Directing');
    const { plan: budget } = await gql<{ plan: { budget: number; budgetPurpose: string } }>('{ plan(id: "plan-1") { budget budgetPurpose } }');
    expect(await plan1.locator('.plan-budget').textContent()).toBe(`${formatBudget(budget.budget)} · ${budget.budgetPurpose}`);
    expect(await plan1.locator('.plan-next li.overdue').count()).toBe(1);
    expect(await p.textContent('[data-testid="plans-summary"]')).toMatch(/3 plans.*1 needs attention.*1 behind.*1 achieved/);
    // No visit quotas: nothing judges a plan by days without an interaction.
    expect(await p.textContent('[data-testid="plans-page"]')).not.toMatch(/stalled|no interaction since/i);
    await screenshot(p, 'planning-01-plan-board');

    // Its detail: steps, development level and the manager's style, review notes and the stage history.
    await plan2.click();
    const detail = p.locator('[data-testid="plan-detail"][data-plan-id="plan-2"]');
    await detail.locator('[data-testid="plan-steps"]').waitFor();
    expect(p.url()).toContain('plan=plan-2');
    expect(await detail.locator('[data-testid="plan-steps"] > li').count()).toBe(4);
    expect(await detail.locator('[data-testid="plan-steps"] > li.overdue').count()).toBe(1);
    expect(await detail.locator('[data-testid="development-level"]').textContent()).toBe('D2 · Coaching');
    expect(await detail.locator('[data-testid="plan-progress"]').textContent()).toBe('Behind');
    expect(await detail.locator('[data-testid="plan-target"]').textContent()).toMatch(/by \d{4}-\d{2}-\d{2}: the date has passed/);
    const { plan: reviewed } = await gql<{ plan: { reviewNotes: string[]; stageHistory: unknown[] } }>('{ plan(id: "plan-2") { reviewNotes stageHistory { stage } } }');
    expect(reviewed.reviewNotes.length).toBeGreaterThanOrEqual(1);
    expect(await detail.locator('[data-testid="review-notes"]').textContent()).toContain(reviewed.reviewNotes[0]!.replace(/^\S+ \S+: /, ''));
    expect(reviewed.stageHistory.length).toBeGreaterThanOrEqual(1);
    expect(await detail.locator('[data-testid="stage-timeline"] li').count()).toBe(reviewed.stageHistory.length);
    await screenshot(p, 'planning-02-plan-detail');
    expect(errors).toEqual([]);
  });

  it('creates a plan for a person from ?createPlanFor=, with field errors, proposed steps and step actions', async () => {
    const { page: p, errors } = await page();
    const subject = await stagedWithoutPlan();
    const name = await personName(subject);
    await goto(p, `/plans?createPlanFor=${subject}`);
    const form = p.locator('[data-testid="create-plan-form"]');
    await form.locator(`.picked-person[data-person-id="${subject}"]`).waitFor();
    expect(await form.textContent()).toContain(name);

    // A target the relationship already reached comes back as a field error next to the field.
    const { person } = await gql<{ person: { ourStage: RelationshipStage | null } }>('query($id: ID!) { person(id: $id) { ourStage } }', { id: subject });
    expect(person.ourStage).not.toBeNull();
    await form.locator('select[name="targetStage"]').selectOption(person.ourStage!);
    await form.locator('[data-testid="create-plan-submit"]').click();
    const targetError = form.locator('.field.has-error', { has: p.locator('select[name="targetStage"]') });
    await targetError.locator('.field-error').waitFor();
    expect(await targetError.textContent()).toMatch(/must be above the current stage/);
    await screenshot(p, 'planning-03-plan-field-error');

    await form.locator('select[name="targetStage"]').selectOption('NEAR_FRIENDLY');
    await form.locator('input[name="targetOn"]').fill(addDays(today, 180));
    await form.locator('textarea[name="goals"]').fill('Formulary listing and a talk at the regional round table');
    await form.locator('input[name="budget"]').fill('5000');
    await form.locator('input[name="budgetPurpose"]').fill('Regional round table');
    // Every new VIP or KOL relationship is a project at D1: the default.
    expect(await form.locator('select[name="developmentLevel"]').inputValue()).toBe('D1');
    await form.locator('[data-testid="create-plan-submit"]').click();

    const detail = p.locator('[data-testid="plan-detail"]');
    await detail.locator('[data-testid="plan-banner"]').waitFor();
    expect(await detail.locator('[data-testid="plan-banner"]').textContent()).toMatch(/The graph proposed \d+ step/);
    const planId = (await detail.getAttribute('data-plan-id'))!;
    expect(p.url()).toContain(`plan=${planId}`);
    expect(p.url()).not.toContain('createPlanFor');
    const steps = detail.locator('[data-testid="plan-steps"] > li');
    expect(await steps.count()).toBeGreaterThanOrEqual(1);
    expect(await detail.locator('[data-testid="development-level"]').textContent()).toBe('D1 · Directing');
    // The new plan joins the board (on track: nothing is late yet).
    await p.locator(`[data-testid="plan-board"] [data-plan-id="${planId}"]`).waitFor();
    expect(await p.locator(`[data-testid="plan-board"] [data-plan-id="${planId}"]`).getAttribute('data-health')).toBe('on_track');
    await screenshot(p, 'planning-04-plan-created');

    // Run it: a step done, a step added, a review note.
    const first = steps.first();
    await first.locator('[data-testid="step-done"]').click();
    await detail.locator('[data-testid="plan-steps"] > li[data-status="done"]').first().waitFor();
    await detail.locator('[data-testid="add-step"]').click();
    const add = detail.locator('[data-testid="add-step-form"]');
    await add.locator('input[name="title"]').fill('Invite to the advisory board');
    await add.locator('input[name="due"]').fill(addDays(today, 14));
    await add.locator('button[type="submit"]').click();
    await detail.locator('[data-testid="plan-steps"] > li', { hasText: 'Invite to the advisory board' }).waitFor();
    await detail.locator('[data-testid="review-form"] input[name="note"]').fill('Agreed goals with the manager');
    await detail.locator('[data-testid="review-form"] button[type="submit"]').click();
    await detail.locator('[data-testid="review-notes"] li', { hasText: 'Agreed goals with the manager' }).waitFor();

    const saved = await gql<{ plan: { targetStage: string; targetOn: string; developmentLevel: string; managerStyle: string; budget: number; steps: { title: string; status: string }[]; reviewNotes: string[] } }>(
      'query($id: ID!) { plan(id: $id) { targetStage targetOn developmentLevel managerStyle budget steps { title status } reviewNotes } }',
      { id: planId },
    );
    expect(saved.plan).toMatchObject({ targetStage: 'NEAR_FRIENDLY', targetOn: addDays(today, 180), developmentLevel: 'D1', managerStyle: 'DIRECTING', budget: 5000 });
    expect(saved.plan.steps.filter((s) => s.status === 'DONE')).toHaveLength(1);
    expect(saved.plan.steps.map((s) => s.title)).toContain('Invite to the advisory board');
    expect(saved.plan.reviewNotes.join()).toContain('Agreed goals with the manager');
    expect(errors).toEqual([]);
  });

  it('logs a proposal on /agenda and shows its follow-up as due; a follow-up call and a confirmation close them', async () => {
    const { page: p, errors } = await page();
    const name = await personName('person-00009');
    await goto(p, '/agenda');
    await p.locator('[data-testid="follow-ups"]').waitFor();
    const before = await p.locator('[data-testid="follow-up"]').count();
    // The demo's proposals: one long overdue, one due today.
    expect(await p.locator('[data-testid="follow-up"][data-proposal-id="interaction-proposal-1"]').getAttribute('data-overdue')).toBe('true');
    expect(await p.locator('[data-testid="follow-up"][data-proposal-id="interaction-proposal-4"]').textContent()).toMatch(/Due today/);

    await p.click('[data-testid="open-log-interaction"]');
    const form = p.locator('[data-testid="log-interaction-form"]');
    await form.locator('select[name="kind"]').selectOption('PROPOSAL');
    // Nobody named yet: the error sits next to the people picker.
    await form.locator('[data-testid="log-interaction-submit"]').click();
    await form.locator('.person-picker.has-error .field-error').waitFor();
    expect(await form.locator('.person-picker .field-error').textContent()).toMatch(/at least one person/);

    await form.locator('input[name="personIds-search"]').fill(name.slice(0, 6));
    await form.locator('.pick-list button[data-person-id="person-00009"]').click();
    await form.locator('input[name="outcome"]').fill('sent');
    await form.locator('textarea[name="notes"]').fill('Educational grant, two options');
    expect(await form.textContent()).toMatch(/Valid until/);
    await screenshot(p, 'planning-05-log-proposal');
    await form.locator('[data-testid="log-interaction-submit"]').click();

    const tomorrow = addDays(today, 1);
    await p.locator('[data-testid="toast"]', { hasText: `Follow-up call due ${tomorrow}` }).waitFor();
    await p.waitForFunction((n) => document.querySelectorAll('[data-testid="follow-up"]').length === n, before + 1);
    const mine = p.locator('[data-testid="follow-up"]', { hasText: name }).filter({ hasText: `Proposal sent ${today}` });
    expect(await mine.getAttribute('data-overdue')).toBe('false');
    expect(await mine.textContent()).toMatch(/Due tomorrow/);
    expect(await p.textContent('[data-testid="follow-up-advice"]')).toMatch(/Call to check the proposal arrived; ask about next steps/);
    // ...and on the agenda, tomorrow.
    await p.locator(`[data-testid="agenda-item"][data-kind="follow_up"]`, { hasText: name }).first().waitFor();
    await screenshot(p, 'planning-06-follow-up-due');

    // The follow-up call closes it.
    await mine.locator('[data-testid="log-follow-up"]').click();
    const call = mine.locator('[data-testid="follow-up-form"]');
    await call.locator('input[name="outcome"]').fill('Decision at the December committee');
    await call.locator('input[name="nextContactOn"]').fill(addDays(today, 10));
    await call.locator('button[type="submit"]').click();
    await p.waitForFunction((n) => document.querySelectorAll('[data-testid="follow-up"]').length === n, before);

    // A proposal confirmed by the client leaves the list too.
    const logged = await gql<{ logInteraction: { ok: boolean; interaction: { id: string } } }>(
      'mutation($input: InteractionInput!) { logInteraction(input: $input) { ok interaction { id } } }',
      { input: { kind: 'PROPOSAL', date: today, personIds: ['person-00017'], outcome: 'sent' } },
    );
    expect(logged.logInteraction.ok).toBe(true);
    const proposalId = logged.logInteraction.interaction.id;
    await p.reload();
    const confirmItem = p.locator(`[data-testid="follow-up"][data-proposal-id="${proposalId}"]`);
    await confirmItem.waitFor();
    await confirmItem.locator('[data-testid="confirm-proposal"]').click();
    await confirmItem.waitFor({ state: 'detached' });
    const state = await gql<{ followUps: { proposal: { id: string; followUpStatus: string } }[] }>('{ followUps(includeDone: true) { proposal { id followUpStatus } } }');
    expect(state.followUps.find((f) => f.proposal.id === proposalId)?.proposal.followUpStatus).toBe('CONFIRMED');
    expect(errors).toEqual([]);
  });

  it('shows the agenda by day: birthdays, plan steps, the round table, overdue items first', async () => {
    const { page: p, errors } = await page();
    await goto(p, '/agenda');
    const agenda = p.locator('[data-testid="agenda"]');
    await agenda.waitFor();
    expect(await p.locator('[data-testid="agenda-range"] input[name="from"]').inputValue()).toBe(today);
    expect(await p.locator('[data-testid="agenda-range"] input[name="to"]').inputValue()).toBe(addDays(today, 30));
    // Birthdays of people the KAM owns (from dossiers), within the next 30 days: the demo puts two or three there.
    const birthdays = await birthdaysOnAgenda(today, addDays(today, 30));
    expect(birthdays.length).toBeGreaterThanOrEqual(2);
    for (const id of birthdays) await agenda.locator(`[data-testid="agenda-item"][data-kind="birthday"][data-subject="${id}"]`).waitFor();
    expect(await agenda.locator('[data-testid="agenda-item"][data-kind="plan_step"]').count()).toBeGreaterThanOrEqual(2);
    await agenda.locator('[data-testid="agenda-item"][data-kind="event"][data-subject="event-north-upcoming-round-table"]').waitFor();
    // plan-1's late step leads the overdue block, linked to its plan.
    const overdue = p.locator('[data-testid="agenda-overdue"] [data-testid="agenda-item"][data-subject="plan-1"]');
    expect(await overdue.getAttribute('data-overdue')).toBe('true');
    expect(await overdue.locator('a').getAttribute('href')).toBe('/plans?plan=plan-1');
    await screenshot(p, 'planning-07-agenda');

    // The kind filter and the range live in the URL.
    await p.locator('.kind-filter button', { hasText: 'Birthday' }).click();
    expect(p.url()).toContain('kinds=birthday');
    expect(await agenda.locator('[data-testid="agenda-item"]:not([data-kind="birthday"])').count()).toBe(0);
    await p.locator('[data-testid="agenda-range"] button', { hasText: 'Next 7 days' }).click();
    expect(p.url()).toContain(`to=${addDays(today, 7)}`);
    expect(errors).toEqual([]);
  });

  it('shows key-account health of the North as a Pareto chart with the key accounts highlighted', async () => {
    const { page: p, errors } = await page();
    await goto(p, '/accounts?territory=territory-north');
    const chart = p.locator('[data-testid="pareto-chart"]');
    await chart.locator('.pareto-bar').first().waitFor();
    const accounts = Number(await chart.getAttribute('data-accounts'));
    expect(accounts).toBeGreaterThanOrEqual(3);
    expect(await chart.locator('.pareto-bar').count()).toBe(accounts);
    expect((await chart.getAttribute('data-key-accounts'))!.split(',').sort()).toEqual(['chain-north-1', 'distributor-north-1', 'hospital-north-2']);
    expect(await chart.locator('.pareto-bar.key').count()).toBe(3);
    expect(await chart.locator('.recharts-line').count()).toBe(1);
    expect(await chart.textContent()).toMatch(/80%.*Top 20%/s);
    // Headline figures and the 30-55% norm.
    const share = p.locator('[data-testid="key-account-share"]');
    expect(['below_normal', 'normal', 'high', 'mono_dependent']).toContain(await share.getAttribute('data-status'));
    // The norm and the mono-dependence line are the API's.
    const { keyAccountHealth: t } = await gql<{ keyAccountHealth: { normalShareMin: number; normalShareMax: number; monoDependenceAbove: number } }>(
      '{ keyAccountHealth(scope: { territoryId: "territory-north" }) { normalShareMin normalShareMax monoDependenceAbove } }',
    );
    const pct = (x: number) => Math.round(x * 100);
    expect(await share.textContent()).toContain(`normal ${pct(t.normalShareMin)}-${pct(t.normalShareMax)}% · above ${pct(t.monoDependenceAbove)}%`);
    expect(await p.textContent('[data-testid="health-explanation"]')).toMatch(/key accounts bring \d+%/i);
    // The table with the four criteria.
    expect(await p.locator('[data-testid="account-row"]').count()).toBe(accounts);
    expect(await p.locator('[data-testid="account-row"][data-key-account="true"]').count()).toBe(3);
    expect(await p.locator('[data-testid="accounts-table"] thead').textContent()).toMatch(/Influence.*Profit.*Opportunities.*Trust/s);
    expect(await p.locator('[data-testid="territory-picker"]').inputValue()).toBe('territory-north');
    await screenshot(p, 'planning-08-accounts');
    expect(errors).toEqual([]);
  });

  it('lights the next best relationships on the map and shows a person’s plans in the side panel', async () => {
    const { page: p, errors } = await page();
    await openMap(p, '/');
    await p.click('[data-testid="next-best-toggle"]');
    const first = p.locator('[data-testid="next-best-list"] li').first();
    await first.waitFor({ timeout: 60_000 });
    const recommended = (await first.getAttribute('data-person-id'))!;
    expect(await first.textContent()).toMatch(/power \d\.\d\d/);
    await p.waitForFunction((id) => (window as unknown as { __kamgraphMap: { classesOf(id: string): string[] } }).__kamgraphMap.classesOf(id).includes('path'), recommended);
    // Everyone else steps back.
    expect(await probe<string[]>(p, 'classesOf', 'person-00009')).toContain('faded');
    await screenshot(p, 'planning-09-map-next-best');
    await p.click('[data-testid="next-best-toggle"]');
    await p.waitForFunction((id) => !(window as unknown as { __kamgraphMap: { classesOf(id: string): string[] } }).__kamgraphMap.classesOf(id).includes('path'), recommended);

    const planned = await planPerson('plan-1');
    await openMap(p, `/?node=${planned}&tab=person`);
    const section = p.locator('[data-testid="person-plans"]');
    await section.locator('.mini-plans li[data-plan-id="plan-1"]').waitFor();
    const mini = section.locator('.mini-plans li[data-plan-id="plan-1"]');
    expect(await mini.getAttribute('data-health')).toBe('needs_attention');
    expect(await mini.textContent()).toMatch(/Needs attention/);
    expect(await mini.textContent()).toMatch(await stagesOf('plan-1'));
    expect(await mini.textContent()).toMatch(/D1 · Directing/);
    // Every user's stage periods with the person, as the API lists them.
    const { person: history } = await gql<{ person: { stageHistory: unknown[] } }>('query($id: ID!) { person(id: $id) { stageHistory { stage } } }', { id: planned });
    expect(history.stageHistory.length).toBeGreaterThanOrEqual(1);
    expect(await section.locator('[data-testid="stage-timeline"] li').count()).toBe(history.stageHistory.length);
    await section.locator('[data-testid="person-log-interaction"]').click();
    await section.locator(`[data-testid="log-interaction-form"] .picked-person[data-person-id="${planned}"]`).waitFor();
    await section.scrollIntoViewIfNeeded();
    await screenshot(p, 'planning-10-person-plans');
    expect(errors).toEqual([]);
  });
});
