import { beforeAll, describe, expect, it } from 'vitest';
import { importFolder } from '../../server/src/modules/import-export/import-folder.js';
import { graphql } from './gql/index.js';
import { useTestApi } from './support/api.js';
import { writeCsvFolder } from './support/csv-folder.js';
import { DATABASE, testDb, uniquePrefix, useTestDriver } from './support/database.js';

const PERSON = graphql(`query AccessPerson($id: ID!) { person(id: $id) { id name dossierAccess dossier { hobbies birthday family } } }`);
const ME = graphql(`query AccessMe { me { user { id role } territories { id } } }`);
const TERRITORIES = graphql(`query AccessTerritories { territories { id } }`);
const POWER = graphql(`query AccessPower($t: ID!) { balanceOfPower(scope: { territoryId: $t }) { peopleInScope } }`);
const PEOPLE = graphql(`query AccessPeople($s: String!) { people(search: $s) { nodes { id } } }`);
const TIE = graphql(`mutation AccessSetTie($from: ID!, $to: ID!) { setTie(input: { from: $from, to: $to, type: KNOWS, strength: 0.5 }) { ok } }`);
const STAGE = graphql(`mutation AccessSetStage($u: ID!, $p: ID!) { setStage(userId: $u, personId: $p, stage: CONTACT) { ok } }`);
const ORPHAN = graphql(`mutation AccessOrphan { upsertPerson(input: { name: "Orphan" }) { ok } }`);
const CONSENT = graphql(`mutation AccessConsent($p: ID!) { setConsent(personId: $p, optedOut: true) { ok } }`);
const AUDIT = graphql(`query AccessAudit($t: ID) { auditLog(targetId: $t) { userId action targetId detail } }`);
const DOSSIER = graphql(`mutation AccessUpdateDossier($p: ID!, $input: DossierInput!) { updateDossier(personId: $p, input: $input) { ok dossier { hobbies values } } }`);
const EXPORT = graphql(`query AccessExport($p: ID!) { personDataExport(personId: $p) }`);
const ERASE = graphql(`
  mutation AccessErase($p: ID!) { erasePersonalData(personId: $p, reason: "request 2026-117") { ok dossiersRemoved notesRemoved person { name anonymised } } }
`);

/**
 * Two territories. KAM k1 works T1 and owns p1 (dossier); KAM k2 works T2, reports to
 * manager m, and owns p2 (dossier); p3 is in T1, owned by nobody (dossier). Strategist s
 * and admin a see everything but s no dossiers.
 */
describe('roles and access', () => {
  const driver = useTestDriver();
  const api = useTestApi(driver);
  const p = uniquePrefix('acc');
  const id = (s: string) => `${p}-${s}`;

  beforeAll(async () => {
    const nodes = [
      { id: id('T1'), type: 'Territory', name: `T1 ${p}` },
      { id: id('T2'), type: 'Territory', name: `T2 ${p}` },
      { id: id('h1'), type: 'Institution', name: 'Hospital One', kind: 'hospital' },
      { id: id('h2'), type: 'Institution', name: 'Hospital Two', kind: 'hospital' },
      { id: id('k1'), type: 'User', name: 'Kam One', role: 'kam' },
      { id: id('k2'), type: 'User', name: 'Kam Two', role: 'kam' },
      { id: id('m'), type: 'User', name: 'Manager', role: 'manager' },
      { id: id('s'), type: 'User', name: 'Strategist', role: 'strategist' },
      { id: id('a'), type: 'User', name: 'Admin', role: 'admin' },
      { id: id('p1'), type: 'Person', name: 'Paula One', category: 'kol' },
      { id: id('p2'), type: 'Person', name: 'Pedro Two', category: 'kol' },
      { id: id('p3'), type: 'Person', name: 'Pia Three', category: 'doctor' },
      ...['p1', 'p2', 'p3'].map((x) => ({ id: id(`d-${x}`), type: 'Dossier', name: `Dossier ${x}`, hobbies: 'sailing;chess', birthday: '1970-05-04', family: 'two children' })),
      { id: id('i1'), type: 'Interaction', name: 'Visit', kind: 'visit', date: '2026-10-01', notes: 'talked about her daughter' },
    ];
    const ties = [
      { from: id('h1'), to: id('T1'), type: 'LOCATED_IN' },
      { from: id('h2'), to: id('T2'), type: 'LOCATED_IN' },
      { from: id('k1'), to: id('T1'), type: 'LOCATED_IN' },
      { from: id('k2'), to: id('T2'), type: 'LOCATED_IN' },
      { from: id('k2'), to: id('m'), type: 'REPORTS_TO' },
      { from: id('p1'), to: id('h1'), type: 'WORKS_AT', position: 'Chief', head: true },
      { from: id('p3'), to: id('h1'), type: 'WORKS_AT', position: 'Doctor' },
      { from: id('p2'), to: id('h2'), type: 'WORKS_AT', position: 'Chief', head: true },
      { from: id('p1'), to: id('p3'), type: 'INFLUENCES', strength: 0.7 },
      { from: id('k1'), to: id('p1'), type: 'OWNS' },
      { from: id('k1'), to: id('p1'), type: 'RELATES', stage: 'loyalty' },
      { from: id('k2'), to: id('p2'), type: 'OWNS' },
      ...['p1', 'p2', 'p3'].map((x) => ({ from: id(x), to: id(`d-${x}`), type: 'HAS_DOSSIER' })),
      { from: id('p1'), to: id('i1'), type: 'PARTICIPATED_IN' },
      { from: id('k1'), to: id('i1'), type: 'PARTICIPATED_IN' },
    ];
    await importFolder(testDb(driver), writeCsvFolder(nodes, ties));
  });

  const code = (r: { errors?: Array<{ extensions?: Record<string, unknown> }> }) => r.errors?.[0]?.extensions?.code;

  it('refuses requests without a valid token, with no data', async () => {
    // Raw requests: what the HTTP layer answers to no token or a forged one.
    const none = await fetch(`${api.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ territories { id } }"}' });
    expect(none.status).toBe(401);
    const body = (await none.json()) as { data?: unknown; errors: Array<{ message: string; extensions: { code: string } }> };
    expect(body.data).toBeUndefined();
    expect(body.errors[0]!.extensions.code).toBe('UNAUTHENTICATED');
    expect(body.errors[0]!.message).toMatch(/Authorization: Bearer/);

    const forged = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.bad' },
      body: '{"query":"{ territories { id } }"}',
    });
    expect(forged.status).toBe(401);
    const ghost = await api.query(TERRITORIES, {}, { as: `${p}-nobody` });
    expect(code(ghost)).toBe('UNAUTHENTICATED');
    expect(ghost.data).toBeUndefined();

    const health = await fetch(`${api.url}/health`);
    expect(health.status).toBe(200);
  });

  it('lets a KAM see and edit only their territory, and read dossiers only of people they own', async () => {
    const me = await api.query(ME, {}, { as: id('k1') });
    expect(me.data!.me).toEqual({ user: { id: id('k1'), role: 'KAM' }, territories: [{ id: id('T1') }] });
    const territories = await api.query(TERRITORIES, {}, { as: id('k1') });
    expect(territories.data!.territories.map((t) => t.id)).toEqual([id('T1')]);

    const own = await api.query(PERSON, { id: id('p1') }, { as: id('k1') });
    expect(own.data!.person).toMatchObject({ dossierAccess: 'GRANTED', dossier: { hobbies: ['sailing', 'chess'], birthday: '1970-05-04' } });
    const notOwned = await api.query(PERSON, { id: id('p3') }, { as: id('k1') });
    expect(notOwned.data!.person).toMatchObject({ dossierAccess: 'NOT_OWNER', dossier: null });
    const elsewhere = await api.query(PERSON, { id: id('p2') }, { as: id('k1') });
    expect(code(elsewhere)).toBe('FORBIDDEN');
    expect(elsewhere.data).toEqual({ person: null });

    const bop = await api.query(POWER, { t: id('T2') }, { as: id('k1') });
    expect(code(bop)).toBe('FORBIDDEN');
    // Search finds the KAM's own territory's people, never another's.
    const found = await api.query(PEOPLE, { s: 'Paula One' }, { as: id('k1') });
    expect(found.data!.people.nodes.map((x) => x.id)).toContain(id('p1'));
    const hidden = await api.query(PEOPLE, { s: 'Pedro Two' }, { as: id('k1') });
    expect(hidden.data!.people.nodes.map((x) => x.id)).not.toContain(id('p2'));

    expect((await api.query(TIE, { from: id('p1'), to: id('p3') }, { as: id('k1') })).data!.setTie.ok).toBe(true);
    const crossing = await api.query(TIE, { from: id('p1'), to: id('p2') }, { as: id('k1') });
    expect(code(crossing)).toBe('FORBIDDEN');
    const otherStage = await api.query(STAGE, { u: id('k2'), p: id('p1') }, { as: id('k1') });
    expect(code(otherStage)).toBe('FORBIDDEN');
    const created = await api.query(ORPHAN, {}, { as: id('k1') });
    expect(created.errors?.[0]?.message).toMatch(/input\.territoryId: required/);
  });

  it("lets a manager see the team's territories and the team's dossiers", async () => {
    const territories = await api.query(TERRITORIES, {}, { as: id('m') });
    expect(territories.data!.territories.map((t) => t.id)).toEqual([id('T2')]);
    const team = await api.query(PERSON, { id: id('p2') }, { as: id('m') });
    expect(team.data!.person?.dossierAccess).toBe('GRANTED');
    expect(code(await api.query(PERSON, { id: id('p1') }, { as: id('m') }))).toBe('FORBIDDEN');
  });

  it('lets a strategist see all analytics and structure but no dossier and change nothing', async () => {
    const person = await api.query(PERSON, { id: id('p2') }, { as: id('s') });
    expect(person.data!.person).toMatchObject({ name: 'Pedro Two', dossierAccess: 'ROLE_EXCLUDED', dossier: null });
    const bop = await api.query(POWER, { t: id('T1') }, { as: id('s') });
    expect(bop.data!.balanceOfPower.peopleInScope).toBe(2);
    const edit = await api.query(CONSENT, { p: id('p1') }, { as: id('s') });
    expect(code(edit)).toBe('FORBIDDEN');
    expect(code(await api.query(AUDIT, {}, { as: id('s') }))).toBe('FORBIDDEN');
  });

  it('records every dossier read and every mutation, for admins to query', async () => {
    await api.query(PERSON, { id: id('p1') }, { as: id('k1') });
    await api.query(DOSSIER, { p: id('p1'), input: { hobbies: ['golf'], values: 'family first' } }, { as: id('k1') });
    const log = await api.query(AUDIT, { t: id('p1') }, { as: id('a') });
    const entries = log.data!.auditLog;
    expect(entries).toContainEqual(expect.objectContaining({ userId: id('k1'), action: 'dossier.read', targetId: id('p1') }));
    const write = entries.find((e) => e.action === 'mutation.updateDossier')!;
    expect(write).toMatchObject({ userId: id('k1'), detail: `ok; fields: personId="${id('p1')}", input.hobbies[1], input.values` });
    expect(JSON.stringify(entries)).not.toMatch(/family first|golf/);
    const denied = await api.query(DOSSIER, { p: id('p3'), input: { family: 'x' } }, { as: id('k1') });
    expect(code(denied)).toBe('FORBIDDEN');
  });

  it('exports everything held on a person and erases personal data on request', async () => {
    const before = JSON.parse((await api.query(EXPORT, { p: id('p1') }, { as: id('a') })).data!.personDataExport);
    expect(before.person.name).toBe('Paula One');
    expect(before.dossier.hobbies).toBeDefined();
    expect(before.interactions[0].notes).toBe('talked about her daughter');
    expect(before.ties.length).toBeGreaterThan(3);
    expect(code(await api.query(EXPORT, { p: id('p1') }, { as: id('k1') }))).toBe('FORBIDDEN');

    const erased = await api.query(ERASE, { p: id('p1') }, { as: id('a') });
    expect(erased.data!.erasePersonalData).toEqual({ ok: true, dossiersRemoved: 1, notesRemoved: 1, person: { name: `Erased person (${id('p1')})`, anonymised: true } });
    const after = JSON.parse((await api.query(EXPORT, { p: id('p1') }, { as: id('a') })).data!.personDataExport);
    expect(after.dossier).toBeNull();
    expect(after.interactions[0].notes).toBeUndefined();
    expect(JSON.stringify(after)).not.toMatch(/Paula|sailing|daughter/);
    // Ties that shape power stay: the placeholder still influences p3.
    const ties = after.ties.map((t: { type: string }) => t.type);
    expect(ties).toEqual(expect.arrayContaining(['INFLUENCES', 'WORKS_AT']));
  });
});
