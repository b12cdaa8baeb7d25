import { beforeAll, describe, expect, it } from 'vitest';
import { importFolder } from '../../server/src/modules/import-export/import-folder.js';
import { useTestApi } from './support/api.js';
import { writeCsvFolder } from './support/csv-folder.js';
import { DATABASE, testDb, uniquePrefix, useTestDriver } from './support/database.js';

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

  beforeAll(async () => {
    await importFolder(testDb(driver),
      writeCsvFolder(
        [
          { id: `${p}-t`, type: 'Territory', name: `Inj ${p}` },
          { id: `${p}-a`, type: 'Person', name: 'Alice' },
          { id: `${p}-b`, type: 'Person', name: 'Bob' },
          { id: `${p}-x`, type: 'Tender', name: 'Tender' },
        ],
        [
          { from: `${p}-a`, to: `${p}-t`, type: 'LOCATED_IN' },
          { from: `${p}-a`, to: `${p}-b`, type: 'INFLUENCES', strength: 0.5 },
        ],
      ),
    );
  });

  /** Nodes and ties outside this test's own ids and its people's dossiers (audit entries and the version counter aside). */
  async function fingerprint(): Promise<string> {
    const { records } = await driver.executeQuery(
      `MATCH (n) WHERE NOT n:AuditEntry AND NOT n:GraphMeta AND NOT coalesce(n.id, '') STARTS WITH $p AND NOT coalesce(n.id, '') STARTS WITH 'dossier-' + $p
       OPTIONAL MATCH (n)-[r]->()
       RETURN count(DISTINCT n) AS nodes, count(r) AS ties, collect(DISTINCT n.name)[0..5] AS sample`,
      { p },
      { database: DATABASE },
    );
    const row = records[0]!.toObject();
    return `${row.nodes}/${row.ties} ${JSON.stringify(row.sample)}`;
  }

  it('changes nothing through any query argument', async () => {
    const before = await fingerprint();
    const queries: Array<[string, (h: string) => Record<string, unknown>]> = [
      ['query ($v: ID!) { person(id: $v) { id } }', (h) => ({ v: h })],
      ['query ($v: String!) { people(search: $v) { id } }', (h) => ({ v: h })],
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
    for (const hostile of HOSTILE) {
      for (const [query, variables] of queries) {
        const { errors } = await api.query(query, variables(hostile));
        for (const error of errors ?? []) expect(NEVER, `${query} with ${hostile}: ${error.message}`).not.toContain(error.extensions?.code);
      }
    }
    expect(await fingerprint()).toBe(before);
  });

  it('stores hostile text through every mutation as plain values and touches nothing else', async () => {
    const before = await fingerprint();
    for (const [i, hostile] of HOSTILE.entries()) {
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
    expect(await fingerprint()).toBe(before);
    const { records } = await driver.executeQuery(
      'MATCH (:Person {id: $a})-[r:INFLUENCES]->(:Person {id: $b}) RETURN r.source AS source',
      { a: `${p}-a`, b: `${p}-b` },
      { database: DATABASE },
    );
    expect(records[0]!.get('source')).toBe(HOSTILE[HOSTILE.length - 1]);
  });
});
