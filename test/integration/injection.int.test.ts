import { beforeAll, describe, expect, it } from 'vitest';
import { importFolder } from '../../server/src/modules/import-export/import-folder.js';
import { useTestApi } from './support/api.js';
import { writeCsvFolder } from './support/csv-folder.js';
import { DATABASE, testDb, uniquePrefix, useTestDriver } from './support/database.js';
import { snapshot, strayMentions, untouchables, type Snapshot } from './support/fingerprint.js';

const HOSTILE = [
  `x' }) MATCH (n) DETACH DELETE n //`,
  'MATCH (n) DETACH DELETE n',
  '"}) RETURN 1 UNION MATCH (n) DETACH DELETE n //',
  '`) DETACH DELETE n //',
  '\\u0027; CALL db.clearQueryCaches() //',
  '$ids }] ->() //',
];

/**
 * Codes no call here may answer with: a masked server error, and a document the server
 * refuses to run at all (it would test nothing: enum literals and variable types must match
 * the SDL).
 */
const NEVER = ['INTERNAL_SERVER_ERROR', 'GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_PARSE_FAILED'];

/**
 * Every string argument travels as a Cypher parameter: hostile text is data, never code.
 * The documents stay plain strings (not codegen's typed documents): each is sent with every
 * hostile value through the same loop, and some put hostile text where only an enum may go,
 * which a typed document would not let the test write.
 */
describe('Cypher injection', () => {
  const driver = useTestDriver();
  const api = useTestApi(driver);
  const p = uniquePrefix('inj');
  const canary = `${p}-canary`;
  /**
   * The hostile strings, each ending in a comment that names this run: the payload is the same
   * if the text were ever spliced into Cypher, and wherever it lands it can be found.
   */
  const hostiles = HOSTILE.map((h) => `${h} // ${p}`);
  /** What this test may write to: its own ids and its people's dossiers. */
  const own = [p, `dossier-${p}`];

  beforeAll(async () => {
    const c = (s: string) => `${canary}-${s}`;
    await importFolder(testDb(driver),
      writeCsvFolder(
        [
          { id: `${p}-t`, type: 'Territory', name: `Inj ${p}` },
          { id: `${p}-a`, type: 'Person', name: 'Alice' },
          { id: `${p}-b`, type: 'Person', name: 'Bob' },
          { id: `${p}-x`, type: 'Tender', name: 'Tender' },
          // Canaries: a small graph of every common kind that no call here names. A statement
          // that escaped its parameters (DETACH DELETE n, SET n...) would change or remove them.
          { id: c('t'), type: 'Territory', name: `Canary Land ${p}` },
          { id: c('h'), type: 'Institution', name: 'Canary Hospital', kind: 'hospital' },
          { id: c('co'), type: 'Institution', name: 'Canary Pharma', kind: 'company', ours: true },
          { id: c('C'), type: 'Committee', name: 'Canary Committee' },
          { id: c('X'), type: 'Tender', name: 'Canary tender', date: '2027-05-01' },
          { id: c('k'), type: 'User', name: 'Canary Kam', role: 'kam' },
          { id: c('p'), type: 'Person', name: 'Canary Chair', category: 'kol' },
          { id: c('q'), type: 'Person', name: 'Canary Adviser', category: 'doctor' },
          { id: c('d'), type: 'Dossier', name: 'Canary dossier', hobbies: 'chess;sailing', birthday: '1970-01-02' },
        ],
        [
          { from: `${p}-a`, to: `${p}-t`, type: 'LOCATED_IN' },
          { from: `${p}-a`, to: `${p}-b`, type: 'INFLUENCES', strength: 0.5 },
          { from: c('h'), to: c('t'), type: 'LOCATED_IN' },
          { from: c('k'), to: c('t'), type: 'LOCATED_IN' },
          { from: c('p'), to: c('h'), type: 'WORKS_AT', position: 'Chief', head: true, since: '2020-01-01' },
          { from: c('q'), to: c('h'), type: 'WORKS_AT', position: 'Physician' },
          { from: c('C'), to: c('h'), type: 'PART_OF' },
          { from: c('p'), to: c('C'), type: 'MEMBER_OF', role: 'chair', since: '2024-01-01', until: '2028-01-01' },
          { from: c('q'), to: c('p'), type: 'INFLUENCES', strength: 0.7, basis: 'science' },
          { from: c('q'), to: c('p'), type: 'KNOWS', strength: 0.9 },
          { from: c('h'), to: c('X'), type: 'ISSUES' },
          { from: c('p'), to: c('X'), type: 'ROLE_IN', role: 'decision_maker' },
          { from: c('p'), to: c('co'), type: 'STANCE', value: 1, toward: c('co') },
          { from: c('k'), to: c('p'), type: 'OWNS' },
          { from: c('k'), to: c('p'), type: 'RELATES', stage: 'acquaintance', criteria: 'knows_kam_and_company 2026-01-05;kam_knows_them 2026-02-01' },
          { from: c('p'), to: c('d'), type: 'HAS_DOSSIER' },
        ],
      ),
    );
  });

  /**
   * What must not change: the nodes under `scope` (their properties and every tie touching
   * them), the schema and the nodes without an id, and that no hostile string of this run sits
   * anywhere outside the test's own ids. None of it depends on what other files write.
   */
  async function fingerprint(scope: string): Promise<{ owned: Snapshot; strays: string[]; untouchables: string }> {
    return { owned: await snapshot(driver, scope), strays: await strayMentions(driver, p, own), untouchables: await untouchables(driver) };
  }

  it('changes nothing through any query argument', async () => {
    // Reads change nothing at all, not even the test's own nodes.
    const before = await fingerprint(p);
    expect(before.owned.nodes.length).toBeGreaterThan(10);
    expect(before.strays).toEqual([]);
    const queries: Array<[string, (h: string) => Record<string, unknown>]> = [
      ['query ($v: ID!) { person(id: $v) { id } }', (h) => ({ v: h })],
      ['query ($v: String!) { people(search: $v) { nodes { id } } }', (h) => ({ v: h })],
      [
        'query ($v: String!, $i: ID!) { people(filter: { specialty: $v, territoryId: $i, institutionId: $i, committeeId: $i }) { totalCount } }',
        (h) => ({ v: h, i: h }),
      ],
      ['query ($v: String!) { people(after: $v) { totalCount } }', (h) => ({ v: h })],
      ['query ($v: ID!) { node(id: $v) { id } program(id: $v) { id } product(id: $v) { id } event(id: $v) { id } }', (h) => ({ v: h })],
      [
        'query ($v: String!, $i: ID!) { programs(filter: { search: $v, territoryId: $i, productId: $i }) { totalCount } products(filter: { search: $v, therapeuticAreaId: $i }) { totalCount } events(filter: { search: $v, territoryId: $i, therapeuticAreaId: $i }) { totalCount } }',
        (h) => ({ v: h, i: h }),
      ],
      [
        'query ($v: String!, $i: ID!) { institutions(filter: { search: $v, territoryId: $i }) { totalCount } committees(filter: { search: $v, kind: $v, institutionId: $i, territoryId: $i }) { totalCount } users(filter: { search: $v }) { totalCount } }',
        (h) => ({ v: h, i: h }),
      ],
      ['query ($i: ID!) { keyPeople(scope: { territoryId: $i }) { rank } }', (h) => ({ i: h })],
      ['query ($t: ID!, $v: String!) { keyPeople(scope: { territoryId: $t }, period: $v) { rank } keyAccountHealth(scope: { territoryId: $t }, period: $v) { period } }', (h) => ({ t: `${p}-t`, v: h })],
      ['query ($v: ID!) { tender(id: $v) { id } }', (h) => ({ v: h })],
      ['query ($v: ID) { tenders(territoryId: $v) { id } }', (h) => ({ v: h })],
      ['query ($v: ID!) { committee(id: $v) { id } institution(id: $v) { id } territory(id: $v) { id } }', (h) => ({ v: h })],
      ['query ($v: ID!) { balanceOfPower(scope: { territoryId: $v }) { peopleInScope } }', (h) => ({ v: h })],
      ['query ($v: ID!) { balanceOfPower(scope: { institutionId: $v }) { peopleInScope } }', (h) => ({ v: h })],
      ['query ($v: ID!) { balanceOfPower(scope: { committeeId: $v }) { peopleInScope } }', (h) => ({ v: h })],
      ['query ($t: ID!, $v: ID!) { balanceOfPower(scope: { territoryId: $t }, therapeuticArea: $v, without: [$v]) { peopleInScope } }', (h) => ({ t: `${p}-t`, v: h })],
      ['query ($v: ID!) { specShapers(tenderId: $v) { score } decisionGroup(tenderId: $v) { coverage } }', (h) => ({ v: h })],
      ['query ($x: ID!, $v: ID!) { specShapers(tenderId: $x, without: [$v]) { score } }', (h) => ({ x: `${p}-x`, v: h })],
      ['query ($a: ID!, $v: ID!) { introductionPaths(fromId: $a, toId: $v) { strength } }', (h) => ({ a: `${p}-a`, v: h })],
      ['query ($t: ID!, $v: ID!) { graphView(scope: { territoryId: $t }, therapeuticArea: $v) { truncated } }', (h) => ({ t: `${p}-t`, v: h })],
      ['query ($v: ID!, $s: String) { auditLog(targetId: $v, userId: $v, action: $s) { id } personDataExport(personId: $v) }', (h) => ({ v: h, s: h })],
    ];
    for (const hostile of hostiles) {
      for (const [query, variables] of queries) {
        const { errors } = await api.query(query, variables(hostile));
        for (const error of errors ?? []) expect(NEVER, `${query} with ${hostile}: ${error.message}`).not.toContain(error.extensions?.code);
      }
    }
    expect(await fingerprint(p)).toEqual(before);
  });

  it('stores hostile text through every mutation as plain values and touches nothing else', async () => {
    const before = await fingerprint(canary);
    for (const [i, hostile] of hostiles.entries()) {
      const person = await api.query<{ upsertPerson: { ok: boolean; person: { name: string; specialty: string } } }>(
        `mutation ($id: ID!, $h: String!, $t: ID!) { upsertPerson(input: { id: $id, name: $h, title: $h, specialty: $h, email: $h, phone: $h, territoryId: $t }) { ok person { name specialty } } }`,
        { id: `${p}-h${i}`, h: hostile, t: `${p}-t` },
      );
      expect(person.data!.upsertPerson).toEqual({ ok: true, person: { name: hostile, specialty: hostile } });
      const calls: Array<[string, Record<string, unknown>]> = [
        ['mutation ($h: ID!) { upsertPerson(input: { id: $h, name: "n", category: KOL }) { ok } }', { h: `${p}-${hostile}` }],
        ['mutation ($i: ID!, $h: String!) { upsertInstitution(input: { id: $i, name: $h, city: $h, kind: HOSPITAL }) { ok } }', { i: `${p}-i${i}`, h: hostile }],
        // Closed lists are enums: hostile text in one is refused while the variables are coerced.
        ['mutation ($h: InstitutionKind!) { upsertInstitution(input: { name: "n", kind: $h }) { ok } }', { h: hostile }],
        ['mutation ($h: String!, $x: ID!) { upsertTender(input: { id: $x, name: $h, specification: $h, currency: $h }) { ok } }', { h: hostile, x: `${p}-x` }],
        ['mutation ($a: ID!, $h: ID!) { setTie(input: { from: $a, to: $h, type: KNOWS, strength: 0.4 }) { ok } }', { a: `${p}-a`, h: hostile }],
        ['mutation ($a: ID!, $b: ID!, $h: String!) { setTie(input: { from: $a, to: $b, type: INFLUENCES, strength: 0.4, domain: $h, source: $h }) { ok } }', { a: `${p}-a`, b: `${p}-b`, h: hostile }],
        ['mutation ($a: ID!, $h: ID!) { removeTie(from: $a, to: $h, type: KNOWS) { ok } }', { a: `${p}-a`, h: hostile }],
        ['mutation ($a: ID!, $h: ID!) { setStance(personId: $a, towardId: $h, value: 1, source: "x") { ok } }', { a: `${p}-a`, h: hostile }],
        ['mutation ($a: ID!, $h: RelationshipStage!) { setStage(userId: "test-admin", personId: $a, stage: $h) { ok } }', { a: `${p}-a`, h: hostile }],
        ['mutation ($a: ID!, $h: ID!) { setStage(userId: $h, personId: $a, stage: CONTACT) { ok } b: setStage(userId: "test-admin", personId: $h, stage: CONTACT) { ok } }', { a: `${p}-a`, h: hostile }],
        ['mutation ($h: ID!) { deleteNode(id: $h) { ok } }', { h: hostile }],
        ['mutation ($a: ID!, $h: String!) { updateDossier(personId: $a, input: { family: $h, values: $h, hobbies: [$h] }) { ok } }', { a: `${p}-a`, h: hostile }],
        ['mutation ($h: ID!) { setConsent(personId: $h, optedOut: true) { ok } erasePersonalData(personId: $h, reason: "x") { ok } }', { h: hostile }],
      ];
      for (const [mutation, variables] of calls) {
        const { errors } = await api.query(mutation, variables);
        for (const error of errors ?? []) expect(NEVER, `${mutation} with ${hostile}: ${error.message}`).not.toContain(error.extensions?.code);
      }
    }
    expect(await fingerprint(canary)).toEqual(before);
    // The hostile text was stored, as plain values, on the test's own nodes and ties only.
    const last = hostiles[hostiles.length - 1]!;
    const { records } = await driver.executeQuery(
      `MATCH (a:Person {id: $a})-[r:INFLUENCES]->(:Person {id: $b}), (i:Institution {id: $i}), (x:Tender {id: $x}), (a)-[:HAS_DOSSIER]->(d:Dossier)
       RETURN r.source AS source, i.name AS institution, x.specification AS specification, d.family AS family, d.hobbies AS hobbies`,
      { a: `${p}-a`, b: `${p}-b`, i: `${p}-i${hostiles.length - 1}`, x: `${p}-x` },
      { database: DATABASE },
    );
    expect(records[0]!.toObject()).toEqual({ source: last, institution: last, specification: last, family: last, hobbies: [last] });
  });
});
