import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../server/src/kernel/config.js';
import { addDays } from '../../server/src/kernel/dates.js';
import { loadAreaMapping } from '../../server/src/modules/evidence/area-terms.js';
import { importEvidence } from '../../server/src/modules/evidence/import-evidence.js';
import { exportFolder } from '../../server/src/modules/import-export/export-folder.js';
import { importFolder } from '../../server/src/modules/import-export/import-folder.js';
import { graphql } from './gql/index.js';
import { TEST_TODAY, useTestApi } from './support/api.js';
import { writeCsvFolder } from './support/csv-folder.js';
import { DATABASE, testDb, uniquePrefix, useTestDriver } from './support/database.js';

const UPSERT_PERSON = graphql(`
  mutation ErasureUpsertPerson($input: PersonInput!) { upsertPerson(input: $input) { ok errors { field message } person { id } } }
`);
const DOSSIER = graphql(`
  mutation ErasureDossier($p: ID!, $input: DossierInput!) { updateDossier(personId: $p, input: $input) { ok errors { field message } } }
`);
const CONSENT = graphql(`mutation ErasureConsent($p: ID!) { setConsent(personId: $p, consent: true, optedOut: false) { ok } }`);
const PROTECTION = graphql(`
  mutation ErasureProtection($p: ID!, $on: Date!) {
    setDataProtection(personId: $p, input: { lawfulBasis: CONSENT, noticeOn: $on, noticeMethod: IN_PERSON, retentionMonths: 12 }) { ok errors { field message } }
  }
`);
const TIE = graphql(`mutation ErasureTie($input: TieInput!) { setTie(input: $input) { ok errors { field message } } }`);
const STANCE = graphql(`
  mutation ErasureStance($p: ID!, $t: ID!, $source: String!) { setStance(personId: $p, towardId: $t, value: 1, source: $source) { ok errors { field message } } }
`);
const STAGE = graphql(`
  mutation ErasureStage($u: ID!, $p: ID!) { setStage(userId: $u, personId: $p, stage: CONTACT) { ok errors { field message } } }
`);
const LOG = graphql(`
  mutation ErasureLog($input: InteractionInput!) { logInteraction(input: $input) { ok errors { field message } interaction { id name } } }
`);
const CONFIRM = graphql(`mutation ErasureConfirm($i: ID!) { confirmProposal(interactionId: $i) { ok errors { field message } } }`);
const CREATE_PLAN = graphql(`
  mutation ErasureCreatePlan($input: PlanInput!) { createPlan(input: $input) { ok errors { field message } plan { id steps { id title } } } }
`);
const UPDATE_PLAN = graphql(`
  mutation ErasureUpdatePlan($id: ID!, $goals: String!) { updatePlan(id: $id, input: { goals: $goals }) { ok errors { field message } } }
`);
const REVIEW_PLAN = graphql(`mutation ErasureReviewPlan($id: ID!, $note: String!) { reviewPlan(id: $id, note: $note) { ok errors { field message } } }`);
const ADD_STEP = graphql(`
  mutation ErasureAddStep($id: ID!, $input: PlanStepInput!) { addPlanStep(planId: $id, input: $input) { ok errors { field message } plan { steps { id title } } } }
`);
const UPDATE_STEP = graphql(`
  mutation ErasureUpdateStep($s: ID!, $note: String!) { updatePlanStep(stepId: $s, status: DONE, note: $note) { ok errors { field message } } }
`);
const REMOVE_TIE = graphql(`
  mutation ErasureRemoveTie($from: ID!, $to: ID!) { removeTie(from: $from, to: $to, type: INFLUENCES) { ok errors { field message } } }
`);
const WATCH = graphql(`mutation ErasureWatch($id: ID!) { watch(id: $id) { ok errors { field message } } }`);
const CREATE_WEBHOOK = graphql(`
  mutation ErasureCreateWebhook($input: WebhookInput!) { createWebhook(input: $input) { ok errors { field message } webhook { id } } }
`);
const DELETE_WEBHOOK = graphql(`mutation ErasureDeleteWebhook($id: ID!) { deleteWebhook(id: $id) { ok } }`);
const DELIVERIES = graphql(`query ErasureDeliveries($id: ID!) { webhook(id: $id) { deliveries { changeId status } } }`);
const UNMATCHED = graphql(`query ErasureUnmatched($s: String) { unmatchedPeople(search: $s) { nodes { id name } } }`);
const MERGE_UNMATCHED = graphql(`
  mutation ErasureMergeUnmatched($id: ID!, $p: ID!) { mergeUnmatchedPerson(id: $id, personId: $p) { ok errors { field message } } }
`);
const ERASE = graphql(`
  mutation ErasureErase($p: ID!, $reason: String!) {
    erasePersonalData(personId: $p, reason: $reason) { ok errors { field message } dossiersRemoved erased { module items } person { name anonymised } }
  }
`);
const EXPORT = graphql(`query ErasureExport($p: ID!) { personDataExport(personId: $p) }`);
const AUDIT = graphql(`query ErasureAudit { auditLog(first: 1000) { action targetId detail } }`);
const BRIEF = graphql(`query ErasurePerson($p: ID!) { person(id: $p) { name dossier { family } dataProtection { lawfulBasis noticeOn } } }`);

/**
 * Tried as an admin would: everything that can be written about a person, through every
 * mutation that carries it; then the person is erased and the whole database, the audit
 * log, the data-subject export and the CSV export are searched for every value written.
 */
describe('erasure that leaves nothing', () => {
  const driver = useTestDriver();
  const api = useTestApi(driver);
  const p = uniquePrefix('erase');
  const id = (s: string) => `${p}-${s}`;
  // Unique words: a hit anywhere can only be this test's data.
  const token = (s: string) => `${s}${p.slice(-8)}`;
  const name = `Bruna ${token('Zq')} Rodrigues`;
  const written = {
    name,
    surname: token('Zq'),
    title: token('Profx'),
    specialty: token('Cardiox'),
    email: `${token('bruna')}@example.org`,
    phone: `+351 ${token('9')}`,
    birthday: '1917-07-13',
    hobby: token('sailingx'),
    family: token('twodaughters'),
    values: token('familyfirst'),
    style: token('directstyle'),
    character: token('analytic'),
    dossierSource: token('toldbynurse'),
    tieSource: token('heardatcongress'),
    stanceSource: token('saidatlunch'),
    notes: `phone +351 ${token('7')}, diagnosis ${token('diabetes')}`,
    outcome: token('agreedtrial'),
    proposalNotes: token('proposalnote'),
    goals: token('formularygoal'),
    goals2: token('newgoal'),
    budgetPurpose: token('dinnerfor'),
    review: token('reviewnote'),
    stepTitle: `Call ${name} about ${token('steptitle')}`,
    stepNote: token('stepnote'),
    stepDoneNote: token('donenote'),
    otherPlanStep: `Ask ${name} to introduce ${token('otherstep')}`,
    mention: `Colleague of ${name} said ${token('mentioned')}`,
    removedTieSource: token('removedtiesource'),
    // How a congress programme spelled her, resolved to her by a reviewer.
    speakerSurname: token('Spk'),
    speakerAffiliation: `Instituto ${token('Afl')}`,
  };

  // A webhook receiver: the change feed's deliveries carry her name until she is erased.
  const received: string[] = [];
  const receiver = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    req.on('end', () => {
      received.push(body);
      res.writeHead(204).end();
    });
  });
  const hooks: string[] = [];
  afterAll(async () => {
    for (const hook of hooks) await api.query(DELETE_WEBHOOK, { id: hook });
    receiver.closeAllConnections();
    await new Promise<void>((resolve) => receiver.close(() => resolve()));
  });

  beforeAll(async () => {
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    await importFolder(
      testDb(driver),
      writeCsvFolder(
        [
          { id: id('T'), type: 'Territory', name: `Erasure Land ${p}` },
          { id: id('h'), type: 'Institution', name: `Hospital ${p}`, kind: 'hospital' },
          { id: id('kam'), type: 'User', name: 'Kim Kam', role: 'kam' },
          { id: id('o'), type: 'Person', name: `Other Person ${p}`, category: 'doctor' },
          { id: id('co'), type: 'Institution', name: `Rival ${p}`, kind: 'company', competitor: true },
          { id: id('X'), type: 'Tender', name: `Tender ${p}`, date: addDays(TEST_TODAY, 300) },
        ],
        [
          { from: id('h'), to: id('T'), type: 'LOCATED_IN' },
          { from: id('o'), to: id('h'), type: 'WORKS_AT' },
          { from: id('kam'), to: id('T'), type: 'LOCATED_IN' },
          { from: id('h'), to: id('X'), type: 'ISSUES' },
        ],
      ),
    );
  });

  /** Where each value still appears: node or tie, its id or type, the property. */
  async function findInDatabase(values: string[]): Promise<string[]> {
    const { records } = await driver.executeQuery(
      `UNWIND $values AS value
       CALL (value) {
         MATCH (n)
         UNWIND keys(n) AS k
         WITH value, n, k, CASE WHEN n[k] IS :: LIST<ANY> THEN n[k] ELSE [n[k]] END AS vs
         WHERE any(v IN vs WHERE toString(v) CONTAINS value)
         RETURN head(labels(n)) + ' ' + coalesce(n.id, '') + '.' + k AS place
         UNION
         MATCH ()-[r]->()
         UNWIND keys(r) AS k
         WITH value, r, k, CASE WHEN r[k] IS :: LIST<ANY> THEN r[k] ELSE [r[k]] END AS vs
         WHERE any(v IN vs WHERE toString(v) CONTAINS value)
         RETURN type(r) + '.' + k AS place
       }
       RETURN value + ' in ' + place AS hit`,
      { values },
      { database: DATABASE },
    );
    return records.map((r) => r.get('hit') as string);
  }

  function findInFolder(folder: string, values: string[]): string[] {
    const text = readdirSync(folder).map((f) => readFileSync(path.join(folder, f), 'utf8')).join('\n');
    return values.filter((v) => text.includes(v));
  }

  it('writes through every mutation that can carry personal data, erases, and finds none of it anywhere', async () => {
    const ok = (payload: { ok: boolean; errors?: Array<{ field: string; message: string }> } | undefined) => expect(payload?.errors ?? [], JSON.stringify(payload)).toEqual([]);
    const w = written;
    const base = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`;
    const hook = (await api.query(CREATE_WEBHOOK, { input: { url: `${base}/hook`, scope: { territoryId: id('T') }, secret: 'an-erasure-test-secret' } })).data!.createWebhook;
    ok(hook);
    hooks.push(hook.webhook!.id);
    ok((await api.query(UPSERT_PERSON, { input: { id: id('b'), name: w.name, title: w.title, specialty: w.specialty, email: w.email, phone: w.phone, category: 'DOCTOR', territoryId: id('T') } })).data?.upsertPerson);
    ok((await api.query(TIE, { input: { from: id('b'), to: id('h'), type: 'WORKS_AT', position: 'Head of Cardiology' } })).data?.setTie);
    ok((await api.query(TIE, { input: { from: id('o'), to: id('b'), type: 'KNOWS', strength: 0.6, source: w.tieSource } })).data?.setTie);
    ok((await api.query(TIE, { input: { from: id('kam'), to: id('b'), type: 'OWNS' } })).data?.setTie);
    ok((await api.query(DOSSIER, { p: id('b'), input: { birthday: w.birthday, hobbies: [w.hobby], family: w.family, values: w.values, communicationStyle: w.style, characterType: w.character, source: w.dossierSource } })).data?.updateDossier);
    ok((await api.query(CONSENT, { p: id('b') })).data?.setConsent);
    ok((await api.query(PROTECTION, { p: id('b'), on: addDays(TEST_TODAY, -10) })).data?.setDataProtection);
    ok((await api.query(STANCE, { p: id('b'), t: id('co'), source: w.stanceSource })).data?.setStance);
    ok((await api.query(STAGE, { u: id('kam'), p: id('b') })).data?.setStage);
    const visit = (await api.query(LOG, { input: { kind: 'VISIT', date: addDays(TEST_TODAY, -3), personIds: [id('b')], notes: w.notes, outcome: w.outcome } })).data!.logInteraction;
    ok(visit);
    // The interaction is named by what and when, never by who.
    expect(visit.interaction!.name).toBe(`Visit on ${addDays(TEST_TODAY, -3)}`);
    const proposal = (await api.query(LOG, { input: { kind: 'PROPOSAL', date: addDays(TEST_TODAY, -2), personIds: [id('b'), id('o')], notes: w.proposalNotes, tenderId: id('X') } })).data!.logInteraction;
    ok(proposal);
    ok((await api.query(CONFIRM, { i: proposal.interaction!.id })).data?.confirmProposal);
    ok((await api.query(LOG, { input: { kind: 'CALL', date: addDays(TEST_TODAY, -1), personIds: [id('o')], notes: w.mention } })).data?.logInteraction);
    const created = (await api.query(CREATE_PLAN, { input: { personId: id('b'), ownerId: id('kam'), targetStage: 'ACQUAINTANCE', goals: w.goals, budget: 500, budgetPurpose: w.budgetPurpose } })).data!.createPlan;
    ok(created);
    const planId = created.plan!.id;
    ok((await api.query(UPDATE_PLAN, { id: planId, goals: w.goals2 })).data?.updatePlan);
    ok((await api.query(REVIEW_PLAN, { id: planId, note: w.review })).data?.reviewPlan);
    const added = (await api.query(ADD_STEP, { id: planId, input: { title: w.stepTitle, kind: 'CUSTOM', note: w.stepNote, aboutId: id('b') } })).data!.addPlanStep;
    ok(added);
    const stepId = added.plan!.steps.find((s) => s.title === w.stepTitle)!.id;
    ok((await api.query(UPDATE_STEP, { s: stepId, note: w.stepDoneNote })).data?.updatePlanStep);
    // Another person's plan with a step about her: her name in someone else's text.
    const other = (await api.query(CREATE_PLAN, { input: { personId: id('o'), ownerId: id('kam'), targetStage: 'ACQUAINTANCE', proposeSteps: false } })).data!.createPlan;
    ok(other);
    ok((await api.query(ADD_STEP, { id: other.plan!.id, input: { title: w.otherPlanStep, kind: 'INTRODUCTION', aboutId: id('b') } })).data?.addPlanStep);

    // A tie with its source, deleted: the change log keeps it so the feed can tell it ended.
    ok((await api.query(TIE, { input: { from: id('b'), to: id('o'), type: 'INFLUENCES', strength: 0.4, basis: 'SCIENCE', source: w.removedTieSource } })).data?.setTie);
    ok((await api.query(REMOVE_TIE, { from: id('b'), to: id('o') })).data?.removeTie);
    ok((await api.query(WATCH, { id: id('b') })).data?.watch);
    // A congress programme names her differently: the name waits for review, and a reviewer merges it into her.
    const programme = mkdtempSync(path.join(os.tmpdir(), 'kamgraph-erasure-evidence-'));
    writeFileSync(
      path.join(programme, 'congress.csv'),
      `event,date,city,session,role,name,affiliation,topic\nErasure Congress ${p},${addDays(TEST_TODAY, -30)},Porto,Round table,speaker,Bruna ${w.speakerSurname},${w.speakerAffiliation},Heart failure\n`,
    );
    await importEvidence(testDb(driver), [programme], { today: TEST_TODAY, areas: loadAreaMapping(path.join(PROJECT_ROOT, 'data/therapeutic-area-terms.csv')) });
    const queued = (await api.query(UNMATCHED, { s: w.speakerSurname.toLowerCase() })).data!.unmatchedPeople.nodes;
    expect(queued.map((u) => u.name)).toEqual([`${w.speakerSurname}, Bruna`]);
    ok((await api.query(MERGE_UNMATCHED, { id: queued[0]!.id, p: id('b') })).data?.mergeUnmatchedPerson);
    // The webhook told the changes with her name (sent and logged) before she is erased.
    for (let tries = 0; !received.some((body) => body.includes(w.name)); tries += 1) {
      if (tries > 200) throw new Error('no webhook delivery named her');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }

    const values = Object.values(written);
    // Every value still current landed somewhere: the search below would see it if it stayed
    // (the first goals and step note were overwritten by the later writes, as they should be).
    const before = await findInDatabase(values);
    const overwritten = [w.goals, w.stepNote];
    expect(values.filter((v) => !overwritten.includes(v) && !before.some((hit) => hit.startsWith(`${v} in `)))).toEqual([]);
    // The audit log names fields, never their values, from the first write on.
    const auditBefore = JSON.stringify((await api.query(AUDIT)).data!.auditLog);
    expect(values.filter((v) => auditBefore.includes(v))).toEqual([]);
    expect(auditBefore).toContain('input.notes');

    const erased = await api.query(ERASE, { p: id('b'), reason: 'DSR-2026-0042' });
    ok(erased.data?.erasePersonalData);
    expect(erased.data!.erasePersonalData).toMatchObject({ ok: true, dossiersRemoved: 1, person: { name: `Erased person (${id('b')})`, anonymised: true } });
    expect(erased.data!.erasePersonalData.erased.map((e) => e.module)).toEqual(['privacy', 'planning', 'audit', 'changes', 'evidence', 'people']);
    expect((await api.query(DELIVERIES, { id: hook.webhook!.id })).data!.webhook!.deliveries.length).toBeGreaterThan(0);

    expect(await findInDatabase(values)).toEqual([]);
    const auditAfter = JSON.stringify((await api.query(AUDIT)).data!.auditLog);
    expect(values.filter((v) => auditAfter.includes(v))).toEqual([]);
    expect(auditAfter).toContain('DSR-2026-0042');
    const subjectExport = (await api.query(EXPORT, { p: id('b') })).data!.personDataExport;
    expect(values.filter((v) => subjectExport.includes(v))).toEqual([]);
    const folder = mkdtempSync(path.join(os.tmpdir(), 'kamgraph-erasure-export-'));
    await exportFolder(testDb(driver), folder);
    expect(findInFolder(folder, values)).toEqual([]);
    // The same programme imported again finds the reviewer's decision: the talk stays hers, her name does not come back.
    await importEvidence(testDb(driver), [programme], { today: TEST_TODAY, areas: loadAreaMapping(path.join(PROJECT_ROOT, 'data/therapeutic-area-terms.csv')) });
    expect(await findInDatabase(values)).toEqual([]);

    // The placeholder keeps the ties that shape power and paths, and what the law asks to keep.
    const after = (await api.query(BRIEF, { p: id('b') })).data!.person!;
    expect(after).toEqual({ name: `Erased person (${id('b')})`, dossier: null, dataProtection: { lawfulBasis: 'CONSENT', noticeOn: addDays(TEST_TODAY, -10) } });
    const ties = await driver.executeQuery('MATCH (:Person {id: $id})-[r]-() RETURN collect(DISTINCT type(r)) AS types', { id: id('b') }, { database: DATABASE });
    expect(ties.records[0]!.get('types')).toEqual(expect.arrayContaining(['WORKS_AT', 'KNOWS', 'PARTICIPATED_IN', 'STANCE', 'SPOKE_AT']));
  });

  it('refuses an erasure without a reason or of nobody, writing nothing', async () => {
    const blank = (await api.query(ERASE, { p: id('o'), reason: '  ' })).data!.erasePersonalData;
    expect(blank).toMatchObject({ ok: false, errors: [{ field: 'reason' }] });
    const nobody = (await api.query(ERASE, { p: id('nobody'), reason: 'DSR-1' })).data!.erasePersonalData;
    expect(nobody).toMatchObject({ ok: false, errors: [{ field: 'personId' }] });
    expect((await api.query(BRIEF, { p: id('o') })).data!.person!.name).toBe(`Other Person ${p}`);
  });
});
