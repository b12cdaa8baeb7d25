import { beforeAll, describe, expect, it } from 'vitest';
import { importFolder } from '../../server/src/modules/import-export/import-folder.js';
import { addDays } from '../../server/src/kernel/dates.js';
import { graphql } from './gql/index.js';
import { TEST_TODAY, useTestApi } from './support/api.js';
import { writeCsvFolder } from './support/csv-folder.js';
import { DATABASE, testDb, uniquePrefix, useTestDriver } from './support/database.js';

const CREATE_PLAN = graphql(`
  mutation PlanningCreatePlan($k: ID!, $on: Date!) {
    createPlan(input: { personId: $k, targetStage: LOYALTY, targetOn: $on, goals: "Listing in the formulary", budget: 4000, budgetPurpose: "Round table" }) {
      ok errors { field message } plan { id startStage targetOn developmentLevel managerStyle styleMeaning progress flags owner { id } steps { id kind aboutId title } }
    }
  }
`);
const STEP_DONE = graphql(`mutation PlanningStepDone($s: ID!) { updatePlanStep(stepId: $s, status: DONE, note: "Introduced at lunch") { ok plan { steps { id status doneOn } } } }`);
const CONTACT = graphql(`mutation PlanningContact($u: ID!, $k: ID!) { setStage(userId: $u, personId: $k, stage: CONTACT) { ok errors { field message } } }`);
const REVIEW = graphql(`mutation PlanningReview($id: ID!) { reviewPlan(id: $id, note: "Good start") { ok plan { reviewNotes currentStage stageHistory { stage since days } } } }`);
// Spread by name in the documents below (codegen adds its definition to each).
const HEALTH = graphql(`fragment PlanningHealth on PlanPayload { ok errors { field message } plan { progress flags overdue managerStyle } }`);
const LATE_STEP = graphql(`
  mutation PlanningLateStep($id: ID!, $due: Date!) {
    addPlanStep(planId: $id, input: { title: "Send the round-table programme", kind: CUSTOM, due: $due }) { ...PlanningHealth }
  }
`);
const LEVEL = graphql(`mutation PlanningLevel($id: ID!, $level: DevelopmentLevel!) { updatePlan(id: $id, input: { developmentLevel: $level }) { ...PlanningHealth } }`);
const PLAN = graphql(`query PlanningPlan($id: ID!) { plan(id: $id) { progress flags currentStage } }`);
const PLAN_FOR = graphql(`
  mutation PlanningPlanFor($k: ID!, $stage: RelationshipStage!, $on: Date) { createPlan(input: { personId: $k, targetStage: $stage, targetOn: $on }) { ok errors { field message } } }
`);
const LOYALTY = graphql(`
  mutation PlanningLoyalty($u: ID!, $k: ID!) {
    setStage(
      userId: $u
      personId: $k
      stage: LOYALTY
      criteria: [{ criterion: KNOWS_KAM_AND_COMPANY }, { criterion: KAM_KNOWS_THEM }, { criterion: KNOWS_OUR_MEDICINES }, { criterion: SPEAKS_WITH_RESPECT }]
    ) { ok errors { field message } }
  }
`);
const PROPOSAL = graphql(`
  mutation PlanningProposal($k: ID!, $x: ID!, $d: Date!) {
    logInteraction(input: { kind: PROPOSAL, date: $d, personIds: [$k], tenderId: $x, outcome: "sent" }) { ok errors { field message } interaction { id followUpStatus followUpDue validUntil } }
  }
`);
const FOLLOW_UPS = graphql(`query PlanningFollowUps { followUps { overdue due proposal { id } } }`);
const AGENDA = graphql(`query PlanningAgenda($u: ID!, $f: Date!, $t: Date!) { agenda(userId: $u, from: $f, to: $t) { kind subjectId date overdue } }`);
const FOLLOW_UP_CALL = graphql(`
  mutation PlanningFollowUpCall($k: ID!, $p: ID!, $d: Date!) {
    logInteraction(input: { kind: CALL, date: $d, personIds: [$k], followsUpId: $p, outcome: "decision in January", nextContactOn: "2027-01-10" }) { ok errors { field message } }
  }
`);
const VISIT_NOBODY = graphql(`mutation PlanningVisitNobody { logInteraction(input: { kind: VISIT, date: "2026-11-01", personIds: ["nobody"] }) { ok errors { field } } }`);
const BRIEFING = graphql(`
  query PlanningBriefing($k: ID!) {
    briefing(personId: $k) { person { name } power { rank } interactions { kind } openSteps { title } mutualContacts { contact { name } stage user { name } } talkingPoints }
  }
`);
const ACCOUNTS = graphql(`
  query PlanningAccounts($t: ID!) {
    keyAccountHealth(scope: { territoryId: $t }) { period totalRevenue keyAccountRevenueShare keyAccountStatus monoDependent accounts { institution { name } rank keyAccount criteriaMet } }
  }
`);
const REVENUE = graphql(`query PlanningRevenue($t: ID!, $period: String) { keyAccountHealth(scope: { territoryId: $t }, period: $period) { totalRevenue } }`);
const NEXT_BEST = graphql(`
  query PlanningNextBest($x: ID!) { nextBestRelationships(scope: { tenderId: $x }, first: 3) { person { name } reason roles introducer { name } viaUser { name } } }
`);
const NEXT_BEST_IN = graphql(`
  query PlanningNextBestIn($scope: ScopeInput!) { nextBestRelationships(scope: $scope, first: 3) { person { name } introducer { name } viaUser { name } } }
`);

/**
 * A KAM's territory: a hospital with a KOL (k) met through a colleague (c) the KAM knows,
 * an upcoming congress where k speaks, a formulary committee k chairs, a tender k
 * co-authors, and three accounts with sales.
 */
describe('planning and follow-through', () => {
  const driver = useTestDriver();
  const api = useTestApi(driver);
  const p = uniquePrefix('plan');
  const id = (s: string) => `${p}-${s}`;
  const today = TEST_TODAY;
  const as = { as: id('kam') };

  beforeAll(async () => {
    const nodes = [
      { id: id('T'), type: 'Territory', name: `Plan Land ${p}` },
      { id: id('h1'), type: 'Institution', name: 'Big Hospital', kind: 'hospital', keyAccount: true },
      { id: id('h2'), type: 'Institution', name: 'Mid Clinic', kind: 'clinic' },
      { id: id('h3'), type: 'Institution', name: 'Small Pharmacy Chain', kind: 'pharmacy_chain' },
      { id: id('kam'), type: 'User', name: 'Kira Kam', role: 'kam' },
      { id: id('k'), type: 'Person', name: 'Prof. Kol', category: 'kol' },
      { id: id('c'), type: 'Person', name: 'Dr. Colleague', category: 'doctor' },
      { id: id('e'), type: 'Event', name: 'Winter Oncology Congress', kind: 'conference', date: addDays(today, 40) },
      { id: id('C'), type: 'Committee', name: 'Formulary Committee' },
      { id: id('X'), type: 'Tender', name: 'Oncology tender', date: addDays(today, 400) },
      { id: id('s1'), type: 'Sales', name: 'Sales h1', period: '2026', revenue: 700, profit: 150, newOpportunities: 3 },
      { id: id('s2'), type: 'Sales', name: 'Sales h2', period: '2026', revenue: 200, profit: 40, newOpportunities: 1 },
      { id: id('s3'), type: 'Sales', name: 'Sales h3', period: '2026', revenue: 100, profit: 10, newOpportunities: 0 },
      { id: id('s0'), type: 'Sales', name: 'Sales h1 2025', period: '2025', revenue: 500, profit: 100, newOpportunities: 1 },
    ];
    const ties = [
      ...['h1', 'h2', 'h3'].map((h) => ({ from: id(h), to: id('T'), type: 'LOCATED_IN' })),
      { from: id('kam'), to: id('T'), type: 'LOCATED_IN' },
      { from: id('k'), to: id('h1'), type: 'WORKS_AT', position: 'Head of Oncology', head: true },
      { from: id('c'), to: id('h1'), type: 'WORKS_AT', position: 'Oncologist' },
      { from: id('C'), to: id('h1'), type: 'PART_OF' },
      { from: id('k'), to: id('C'), type: 'MEMBER_OF', role: 'chair' },
      { from: id('k'), to: id('e'), type: 'SPOKE_AT', topic: 'Biosimilars' },
      { from: id('k'), to: id('X'), type: 'ROLE_IN', role: 'specification_author' },
      { from: id('c'), to: id('k'), type: 'INFLUENCES', strength: 0.8 },
      { from: id('kam'), to: id('c'), type: 'RELATES', stage: 'loyalty' },
      { from: id('kam'), to: id('c'), type: 'OWNS' },
      { from: id('kam'), to: id('k'), type: 'OWNS' },
      { from: id('h1'), to: id('X'), type: 'ISSUES' },
      { from: id('s1'), to: id('h1'), type: 'FOR' },
      { from: id('s0'), to: id('h1'), type: 'FOR' },
      { from: id('s2'), to: id('h2'), type: 'FOR' },
      { from: id('s3'), to: id('h3'), type: 'FOR' },
    ];
    await importFolder(testDb(driver), writeCsvFolder(nodes, ties));
  });

  it('creates a plan from a person with steps proposed by the graph, and runs it', async () => {
    const targetOn = addDays(today, 180);
    const created = await api.query(CREATE_PLAN, { k: id('k'), on: targetOn }, as);
    const plan = created.data!.createPlan.plan!;
    expect(created.data!.createPlan.ok).toBe(true);
    // Every new KOL is a project at D1 (docs/domain.md#development-levels-d1-d4): the manager directs.
    expect(plan).toMatchObject({ startStage: null, targetOn, developmentLevel: 'D1', managerStyle: 'DIRECTING', progress: 'ON_TRACK', flags: [], owner: { id: id('kam') } });
    expect(plan.styleMeaning).toMatch(/^Directing: /);
    const about = plan.steps.map((s) => [s.kind, s.aboutId]);
    expect(about).toEqual(
      expect.arrayContaining([['INTRODUCTION', id('c')], ['EVENT', id('e')], ['COMMITTEE', id('C')], ['TENDER', id('X')], ['REVIEW', null]]),
    );

    const intro = plan.steps.find((s) => s.kind === 'INTRODUCTION')!;
    const done = await api.query(STEP_DONE, { s: intro.id }, as);
    expect(done.data!.updatePlanStep.plan!.steps.find((s) => s.id === intro.id)).toEqual({ id: intro.id, status: 'DONE', doneOn: today });
    // Contact is the ladder's first step and claims no criteria.
    const met = await api.query(CONTACT, { u: id('kam'), k: id('k') }, as);
    expect(met.data!.setStage.ok).toBe(true);
    const reviewed = await api.query(REVIEW, { id: plan.id }, as);
    expect(reviewed.data!.reviewPlan.plan).toEqual({
      reviewNotes: [`${today} ${id('kam')}: Good start`],
      currentStage: 'CONTACT',
      stageHistory: [{ stage: 'CONTACT', since: today, days: 0 }],
    });

    // Progress is judged by the plan's own dates: at D1 a step one day late needs attention, and the flag names it.
    const late = await api.query(LATE_STEP, { id: plan.id, due: addDays(today, -1) }, as);
    expect(late.data!.addPlanStep).toMatchObject({
      ok: true,
      plan: { progress: 'NEEDS_ATTENTION', overdue: true, flags: [`1 step overdue: "Send the round-table programme" was due ${addDays(today, -1)}`] },
    });
    // A D4 KAM is trusted: the same late step does not prod them.
    const trusted = await api.query(LEVEL, { id: plan.id, level: 'D4' }, as);
    expect(trusted.data!.updatePlan).toMatchObject({ ok: true, plan: { progress: 'ON_TRACK', overdue: true, flags: [], managerStyle: 'DELEGATING' } });
    // Months later the target date has passed short of loyalty: any level is behind. (The API refuses a
    // targetOn that is not after today, so the passing of time is written directly.)
    await driver.executeQuery(`MATCH (plan:Plan {id: $id}) SET plan.targetOn = date($on)`, { id: plan.id, on: addDays(today, -10) }, { database: DATABASE });
    const behind = await api.query(PLAN, { id: plan.id }, as);
    expect(behind.data!.plan).toEqual({ progress: 'BEHIND', flags: [`behind: loyalty was to be reached by ${addDays(today, -10)}; the stage is contact`], currentStage: 'CONTACT' });
    await driver.executeQuery(`MATCH (plan:Plan {id: $id}) SET plan.targetOn = date($on)`, { id: plan.id, on: targetOn }, { database: DATABASE });

    const notAbove = await api.query(PLAN_FOR, { k: id('k'), stage: 'CONTACT' }, as);
    expect(notAbove.data!.createPlan).toEqual({ ok: false, errors: [{ field: 'input.targetStage', message: 'must be above the current stage (contact)' }] });
    const past = await api.query(PLAN_FOR, { k: id('k'), stage: 'LOYALTY', on: today }, as);
    expect(past.data!.createPlan.errors.map((e) => e.field)).toEqual(['input.targetOn']);
    // Development levels are an enum: D9 is refused before anything runs. (A string: codegen refuses
    // the document too.)
    const wrong = await api.query(`mutation ($k: ID!) { createPlan(input: { personId: $k, targetStage: LOYALTY, developmentLevel: D9 }) { ok } }`, { k: id('k') }, as);
    expect(wrong.data).toBeUndefined();
    expect(wrong.errors?.[0]?.message).toMatch(/DevelopmentLevel.*D9|D9.*DevelopmentLevel/);

    // Loyalty claims its own criteria and acquaintance's: with all four seen, the plan has reached its target.
    const loyal = await api.query(LOYALTY, { u: id('kam'), k: id('k') }, as);
    expect(loyal.data!.setStage).toEqual({ ok: true, errors: [] });
    const achieved = await api.query(PLAN, { id: plan.id }, as);
    expect(achieved.data!.plan).toEqual({ progress: 'ACHIEVED', flags: [], currentStage: 'LOYALTY' });
  });

  it('logs a proposal, shows the follow-up due the next day, and clears it when followed up', async () => {
    const sent = addDays(today, -3);
    const proposal = await api.query(PROPOSAL, { k: id('k'), x: id('X'), d: sent }, as);
    const interaction = proposal.data!.logInteraction.interaction!;
    expect(interaction).toMatchObject({ followUpStatus: 'OVERDUE', followUpDue: addDays(sent, 1), validUntil: addDays(sent, 30) });

    const due = await api.query(FOLLOW_UPS, {}, as);
    expect(due.data!.followUps).toContainEqual({ overdue: true, due: addDays(sent, 1), proposal: { id: interaction.id } });

    const agenda = await api.query(AGENDA, { u: id('kam'), f: today, t: addDays(today, 60) }, as);
    const kinds = agenda.data!.agenda.map((a) => a.kind);
    expect(kinds).toEqual(expect.arrayContaining(['FOLLOW_UP', 'PLAN_STEP', 'EVENT']));
    expect(agenda.data!.agenda).toContainEqual({ kind: 'EVENT', subjectId: id('e'), date: addDays(today, 40), overdue: false });

    const call = await api.query(FOLLOW_UP_CALL, { k: id('k'), p: interaction.id, d: today }, as);
    expect(call.data!.logInteraction.ok).toBe(true);
    const after = await api.query(FOLLOW_UPS, {}, as);
    expect(after.data!.followUps.map((f) => f.proposal.id)).not.toContain(interaction.id);

    const bad = await api.query(VISIT_NOBODY, {}, as);
    expect(bad.data!.logInteraction.errors.map((e) => e.field)).toEqual(['input.personIds[0]']);
    // Interaction kinds are an enum: telepathy is refused before anything runs. (A string: codegen
    // refuses the document too.)
    const telepathy = await api.query(`mutation { logInteraction(input: { kind: TELEPATHY, date: "2026-11-01", personIds: ["nobody"] }) { ok } }`, {}, as);
    expect(telepathy.data).toBeUndefined();
    expect(telepathy.errors?.[0]?.message).toMatch(/TELEPATHY.*InteractionKind/);
  });

  it('briefs a meeting: power, interactions, open steps, mutual contacts, talking points', async () => {
    const { data, errors } = await api.query(BRIEFING, { k: id('k') }, as);
    expect(errors).toBeUndefined();
    const b = data!.briefing;
    // Dr. Colleague sways the KOL, so the KOL ranks second in this small territory.
    expect(b.power?.rank).toBe(2);
    expect(b.interactions.map((i) => i.kind)).toEqual(['CALL', 'PROPOSAL']);
    expect(b.openSteps.length).toBeGreaterThan(2);
    expect(b.mutualContacts).toContainEqual({ contact: { name: 'Dr. Colleague' }, stage: 'LOYALTY', user: { name: 'Kira Kam' } });
    expect(b.talkingPoints.join('\n')).toMatch(/Speaks at Winter Oncology Congress/);
    expect(b.talkingPoints.join('\n')).toMatch(/Next contact agreed for 2027-01-10/);
  });

  it('measures key-account health against the 30-55% norm and the four criteria', async () => {
    const { data, errors } = await api.query(ACCOUNTS, { t: id('T') }, as);
    expect(errors).toBeUndefined();
    const h = data!.keyAccountHealth;
    expect(h).toMatchObject({ period: '2026', totalRevenue: 1000, keyAccountRevenueShare: 0.7, keyAccountStatus: 'HIGH', monoDependent: false });
    expect(h.accounts[0]).toMatchObject({ institution: { name: 'Big Hospital' }, rank: 1, keyAccount: true });
    expect(h.accounts[0]!.criteriaMet).toEqual(expect.arrayContaining(['INFLUENCE', 'PROFITABILITY', 'OPPORTUNITIES']));
    const older = await api.query(REVENUE, { t: id('T'), period: '2025' }, as);
    expect(older.data!.keyAccountHealth.totalRevenue).toBe(500);
    const missing = await api.query(REVENUE, { t: id('T'), period: '1999' }, as);
    expect(missing.errors?.[0]?.message).toMatch(/period: no sales for "1999"; recorded periods: 2025, 2026/);
  });

  it('recommends the next best relationship with the reason and the introducer', async () => {
    await driver.executeQuery(
      `MATCH (u:User {id: $u})-[r:RELATES]->(:Person {id: $k}) DELETE r`,
      { u: id('kam'), k: id('k') },
      { database: DATABASE },
    );
    const { data, errors } = await api.query(NEXT_BEST, { x: id('X') }, as);
    expect(errors).toBeUndefined();
    expect(data!.nextBestRelationships[0]).toMatchObject({ person: { name: 'Prof. Kol' }, introducer: { name: 'Dr. Colleague' }, viaUser: { name: 'Kira Kam' } });
    expect(data!.nextBestRelationships[0]!.reason).toMatch(/specification author/);
  });

  it('starts an admin’s recommendations from a KAM of the territory the scope lies in, whatever the scope', async () => {
    // Admins have no contacts of their own: the paths start from the KAM working there,
    // found from the tender through its issuer, the committee through its hospital, the
    // hospital itself and the territory.
    for (const scope of [{ tenderId: id('X') }, { committeeId: id('C') }, { institutionId: id('h1') }, { territoryId: id('T') }]) {
      const { data, errors } = await api.query(NEXT_BEST_IN, { scope });
      expect(errors, JSON.stringify(scope)).toBeUndefined();
      expect(data!.nextBestRelationships[0], JSON.stringify(scope)).toMatchObject({ person: { name: 'Prof. Kol' }, introducer: { name: 'Dr. Colleague' }, viaUser: { name: 'Kira Kam' } });
    }
  });
});
