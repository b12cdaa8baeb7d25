import { beforeAll, describe, expect, it } from 'vitest';
import { importFolder } from '../../server/src/modules/import-export/import-folder.js';
import { addDays } from '../../server/src/kernel/dates.js';
import { TEST_TODAY, useTestApi } from './support/api.js';
import { writeCsvFolder } from './support/csv-folder.js';
import { DATABASE, testDb, uniquePrefix, useTestDriver } from './support/database.js';

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
      { from: id('kam'), to: id('c'), type: 'RELATES', stage: 'loyal' },
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
    const created = await api.query<{ createPlan: { ok: boolean; plan: { id: string; startStage: string; delegation: string; owner: { id: string }; steps: Array<{ id: string; kind: string; aboutId: string | null; title: string }> } } }>(
      `mutation ($k: ID!) { createPlan(input: { personId: $k, targetStage: "loyal", goals: "Listing in the formulary", budget: 4000, budgetPurpose: "Round table" }) {
         ok errors { field message } plan { id startStage delegation owner { id } steps { id kind aboutId title } } } }`,
      { k: id('k') },
      as,
    );
    const plan = created.data!.createPlan.plan;
    expect(created.data!.createPlan.ok).toBe(true);
    expect(plan).toMatchObject({ startStage: 'unknown', delegation: 'D1', owner: { id: id('kam') } });
    const about = plan.steps.map((s) => [s.kind, s.aboutId]);
    expect(about).toEqual(
      expect.arrayContaining([['introduction', id('c')], ['event', id('e')], ['committee', id('C')], ['tender', id('X')], ['review', null]]),
    );

    const intro = plan.steps.find((s) => s.kind === 'introduction')!;
    const done = await api.query<{ updatePlanStep: { plan: { steps: Array<{ id: string; status: string; doneOn: string | null }> } } }>(
      `mutation ($s: ID!) { updatePlanStep(stepId: $s, status: "done", note: "Introduced at lunch") { ok plan { steps { id status doneOn } } } }`,
      { s: intro.id },
      as,
    );
    expect(done.data!.updatePlanStep.plan.steps.find((s) => s.id === intro.id)).toEqual({ id: intro.id, status: 'done', doneOn: today });
    await api.query(`mutation ($u: ID!, $k: ID!) { setStage(userId: $u, personId: $k, stage: "introduced") { ok } }`, { u: id('kam'), k: id('k') }, as);
    const reviewed = await api.query<{ reviewPlan: { plan: { reviewNotes: string[]; currentStage: string; stageHistory: Array<{ stage: string; since: string; days: number }> } } }>(
      `mutation ($id: ID!) { reviewPlan(id: $id, note: "Good start") { ok plan { reviewNotes currentStage stageHistory { stage since days } } } }`,
      { id: plan.id },
      as,
    );
    expect(reviewed.data!.reviewPlan.plan).toEqual({
      reviewNotes: [`${today} ${id('kam')}: Good start`],
      currentStage: 'introduced',
      stageHistory: [{ stage: 'introduced', since: today, days: 0 }],
    });
    const wrong = await api.query<{ createPlan: { ok: boolean; errors: Array<{ field: string }> } }>(
      `mutation ($k: ID!) { createPlan(input: { personId: $k, targetStage: "introduced", delegation: "D9" }) { ok errors { field } } }`,
      { k: id('k') },
      as,
    );
    expect(wrong.data!.createPlan.errors.map((e) => e.field)).toEqual(['input.delegation']);
  });

  it('logs a proposal, shows the follow-up due the next day, and clears it when followed up', async () => {
    const sent = addDays(today, -3);
    const proposal = await api.query<{ logInteraction: { ok: boolean; interaction: { id: string; followUpStatus: string; followUpDue: string; validUntil: string } } }>(
      `mutation ($k: ID!, $x: ID!, $d: Date!) { logInteraction(input: { kind: "proposal", date: $d, personIds: [$k], tenderId: $x, outcome: "sent" }) {
         ok errors { field message } interaction { id followUpStatus followUpDue validUntil } } }`,
      { k: id('k'), x: id('X'), d: sent },
      as,
    );
    const interaction = proposal.data!.logInteraction.interaction;
    expect(interaction).toMatchObject({ followUpStatus: 'overdue', followUpDue: addDays(sent, 1), validUntil: addDays(sent, 30) });

    const due = await api.query<{ followUps: Array<{ overdue: boolean; due: string; proposal: { id: string } }> }>('{ followUps { overdue due proposal { id } } }', {}, as);
    expect(due.data!.followUps).toContainEqual({ overdue: true, due: addDays(sent, 1), proposal: { id: interaction.id } });

    const agenda = await api.query<{ agenda: Array<{ kind: string; subjectId: string; date: string; overdue: boolean }> }>(
      `query ($u: ID!, $f: Date!, $t: Date!) { agenda(userId: $u, from: $f, to: $t) { kind subjectId date overdue } }`,
      { u: id('kam'), f: today, t: addDays(today, 60) },
      as,
    );
    const kinds = agenda.data!.agenda.map((a) => a.kind);
    expect(kinds).toEqual(expect.arrayContaining(['follow_up', 'plan_step', 'event']));
    expect(agenda.data!.agenda).toContainEqual({ kind: 'event', subjectId: id('e'), date: addDays(today, 40), overdue: false });

    const call = await api.query<{ logInteraction: { ok: boolean } }>(
      `mutation ($k: ID!, $p: ID!, $d: Date!) { logInteraction(input: { kind: "call", date: $d, personIds: [$k], followsUpId: $p, outcome: "decision in January", nextContactOn: "2027-01-10" }) { ok errors { field message } } }`,
      { k: id('k'), p: interaction.id, d: today },
      as,
    );
    expect(call.data!.logInteraction.ok).toBe(true);
    const after = await api.query<{ followUps: Array<{ proposal: { id: string } }> }>('{ followUps { proposal { id } } }', {}, as);
    expect(after.data!.followUps.map((f) => f.proposal.id)).not.toContain(interaction.id);

    const bad = await api.query<{ logInteraction: { errors: Array<{ field: string }> } }>(
      `mutation { logInteraction(input: { kind: "telepathy", date: "2026-11-01", personIds: ["nobody"] }) { ok errors { field } } }`,
      {},
      as,
    );
    expect(bad.data!.logInteraction.errors.map((e) => e.field)).toEqual(['input.kind']);
  });

  it('briefs a meeting: power, interactions, open steps, mutual contacts, talking points', async () => {
    const { data, errors } = await api.query<{ briefing: { person: { name: string }; power: { rank: number } | null; interactions: Array<{ kind: string }>; openSteps: Array<{ title: string }>; mutualContacts: Array<{ contact: { name: string }; stage: string; user: { name: string } }>; talkingPoints: string[] } }>(
      `query ($k: ID!) { briefing(personId: $k) { person { name } power { rank } interactions { kind } openSteps { title } mutualContacts { contact { name } stage user { name } } talkingPoints } }`,
      { k: id('k') },
      as,
    );
    expect(errors).toBeUndefined();
    const b = data!.briefing;
    // Dr. Colleague sways the KOL, so the KOL ranks second in this small territory.
    expect(b.power?.rank).toBe(2);
    expect(b.interactions.map((i) => i.kind)).toEqual(['call', 'proposal']);
    expect(b.openSteps.length).toBeGreaterThan(2);
    expect(b.mutualContacts).toContainEqual({ contact: { name: 'Dr. Colleague' }, stage: 'loyal', user: { name: 'Kira Kam' } });
    expect(b.talkingPoints.join('\n')).toMatch(/Speaks at Winter Oncology Congress/);
    expect(b.talkingPoints.join('\n')).toMatch(/Next contact agreed for 2027-01-10/);
  });

  it('measures key-account health against the 30-55% norm and the four criteria', async () => {
    const { data, errors } = await api.query<{ keyAccountHealth: { period: string; totalRevenue: number; keyAccountRevenueShare: number; keyAccountStatus: string; monoDependent: boolean; accounts: Array<{ institution: { name: string }; rank: number; keyAccount: boolean; criteriaMet: string[] }> } }>(
      `query ($t: ID!) { keyAccountHealth(scope: { territoryId: $t }) { period totalRevenue keyAccountRevenueShare keyAccountStatus monoDependent accounts { institution { name } rank keyAccount criteriaMet } } }`,
      { t: id('T') },
      as,
    );
    expect(errors).toBeUndefined();
    const h = data!.keyAccountHealth;
    expect(h).toMatchObject({ period: '2026', totalRevenue: 1000, keyAccountRevenueShare: 0.7, keyAccountStatus: 'high', monoDependent: false });
    expect(h.accounts[0]).toMatchObject({ institution: { name: 'Big Hospital' }, rank: 1, keyAccount: true });
    expect(h.accounts[0]!.criteriaMet).toEqual(expect.arrayContaining(['influence', 'profitability', 'opportunities']));
    const older = await api.query<{ keyAccountHealth: { totalRevenue: number } }>(`query ($t: ID!) { keyAccountHealth(scope: { territoryId: $t }, period: "2025") { totalRevenue } }`, { t: id('T') }, as);
    expect(older.data!.keyAccountHealth.totalRevenue).toBe(500);
    const missing = await api.query(`query ($t: ID!) { keyAccountHealth(scope: { territoryId: $t }, period: "1999") { totalRevenue } }`, { t: id('T') }, as);
    expect(missing.errors?.[0]?.message).toMatch(/period: no sales for "1999"; recorded periods: 2025, 2026/);
  });

  it('recommends the next best relationship with the reason and the introducer', async () => {
    await driver.executeQuery(
      `MATCH (u:User {id: $u})-[r:RELATES]->(:Person {id: $k}) DELETE r`,
      { u: id('kam'), k: id('k') },
      { database: DATABASE },
    );
    const { data, errors } = await api.query<{ nextBestRelationships: Array<{ person: { name: string }; reason: string; introducer: { name: string } | null; viaUser: { name: string } | null; roles: string[] }> }>(
      `query ($x: ID!) { nextBestRelationships(scope: { tenderId: $x }, first: 3) { person { name } reason roles introducer { name } viaUser { name } } }`,
      { x: id('X') },
      as,
    );
    expect(errors).toBeUndefined();
    expect(data!.nextBestRelationships[0]).toMatchObject({ person: { name: 'Prof. Kol' }, introducer: { name: 'Dr. Colleague' }, viaUser: { name: 'Kira Kam' } });
    expect(data!.nextBestRelationships[0]!.reason).toMatch(/specification author/);
  });
});
