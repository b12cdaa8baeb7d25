import { print } from 'graphql';
import { describe, expect, it } from 'vitest';
import { graphql } from './gql/index.js';
import type { PersonInput, TieInput } from './gql/graphql.js';
import { TEST_TODAY, useTestApi } from './support/api.js';
import { DATABASE, uniquePrefix, useTestDriver } from './support/database.js';
import { snapshot, strayMentions } from './support/fingerprint.js';

const PERSON = graphql(`mutation MutationsPerson($input: PersonInput!) { upsertPerson(input: $input) { ok errors { field message } person { id name category territories { id } } } }`);
const TIE = graphql(`
  mutation MutationsTie($input: TieInput!) { setTie(input: $input) { ok errors { field message } tie { from to type strength since until source confidence } } }
`);
const STAGE = graphql(`
  mutation MutationsStage($u: ID!, $p: ID!, $s: RelationshipStage!, $c: [StageCriterionInput!]) {
    setStage(userId: $u, personId: $p, stage: $s, criteria: $c) { ok errors { field message } tie { stage since until } }
  }
`);
const RELATIONSHIPS = graphql(`
  query MutationsRelationships($id: ID!) { person(id: $id) { ourStage relationships { stage user { id } criteria { criterion since } missingCriteria } } }
`);
const STANCE = graphql(`
  mutation MutationsStance($p: ID!, $c: ID!, $v: Int!) { setStance(personId: $p, towardId: $c, value: $v, source: "visit") { ok errors { field } tie { value since until source } } }
`);
const STANCE_TOWARD_US = graphql(`query MutationsStanceTowardUs($id: ID!) { person(id: $id) { stanceTowardUs } }`);

describe('mutations', () => {
  const driver = useTestDriver();
  const api = useTestApi(driver);
  const p = uniquePrefix('mut');

  async function person(id: string, extra: Partial<PersonInput> = {}) {
    const { data } = await api.query(PERSON, { input: { id, name: `Person ${id}`, ...extra } });
    expect(data!.upsertPerson.ok).toBe(true);
  }

  it('creates and updates people, and names the field that is wrong', async () => {
    const created = await api.query(PERSON, { input: { name: 'New Person', category: 'KOL' } });
    expect(created.data!.upsertPerson).toMatchObject({ ok: true, person: { name: 'New Person' } });
    expect(created.data!.upsertPerson.person?.id).toMatch(/^person-/);

    await person(`${p}-a`, { category: 'KOL' });
    const updated = await api.query(PERSON, { input: { id: `${p}-a`, name: 'Renamed', category: 'VIP' } });
    expect(updated.data!.upsertPerson.person).toMatchObject({ category: 'VIP' });

    const bad = await api.query(PERSON, {
      input: { name: ' ', category: 'DOCTOR', territoryId: 'no-such-territory' },
    });
    expect(bad.data!.upsertPerson.ok).toBe(false);
    expect(bad.data!.upsertPerson.person).toBeNull();
    expect(bad.data!.upsertPerson.errors.map((e) => e.field)).toEqual(['input.name']);
    // A category is an enum now: a word outside it is refused before the resolver runs, naming the
    // field. (Sent as a string: the typed document would not take a word outside the list.)
    const wizard = await api.query(print(PERSON), { input: { name: 'Someone', category: 'wizard' } });
    expect(wizard.data).toBeUndefined();
    expect(wizard.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(wizard.errors?.[0]?.message).toMatch(/"\$input".*"wizard" at "input\.category".*PersonCategory/s);

    const badRef = await api.query(PERSON, {
      input: { name: 'Someone', territoryId: 'no-such-territory' },
    });
    expect(badRef.data!.upsertPerson.errors).toEqual([{ field: 'input.territoryId', message: 'no node with id "no-such-territory"' }]);
  });

  it('sets ties with validity dates and provenance, and rejects bad ones by field', async () => {
    await person(`${p}-b`);
    await person(`${p}-c`);
    const ok = await api.query(TIE, {
      input: { from: `${p}-b`, to: `${p}-c`, type: 'INFLUENCES', strength: 0.7, since: '2025-01-01', source: 'congress talk', confidence: 0.6 },
    });
    expect(ok.data!.setTie).toMatchObject({ ok: true, tie: { type: 'INFLUENCES', strength: 0.7, since: '2025-01-01', until: null, source: 'congress talk', confidence: 0.6 } });
    const ended = await api.query(TIE, {
      input: { from: `${p}-b`, to: `${p}-c`, type: 'INFLUENCES', since: '2025-01-01', until: '2026-06-30' },
    });
    expect(ended.data!.setTie.tie).toMatchObject({ until: '2026-06-30' });
    expect(await countTies(`${p}-b`, 'INFLUENCES')).toBe(1);

    const cases: Array<[Partial<TieInput>, string]> = [
      [{ strength: 1.5 }, 'input.strength'],
      [{ to: 'nobody' }, 'input.to'],
      [{ type: 'WORKS_AT' }, 'input.to'],
      [{ since: '2026-01-02', until: '2026-01-01' }, 'input.until'],
      [{ confidence: -1 }, 'input.confidence'],
    ];
    for (const [change, field] of cases) {
      const { data } = await api.query(TIE, {
        input: { from: `${p}-b`, to: `${p}-c`, type: 'KNOWS', strength: 0.5, ...change },
      });
      expect(data!.setTie.ok, JSON.stringify(change)).toBe(false);
      expect(data!.setTie.errors.map((e) => e.field)).toContain(field);
    }
    expect(await countTies(`${p}-b`, 'KNOWS')).toBe(0);
  });

  it('dates stage and stance changes, keeping the history', async () => {
    await person(`${p}-d`);
    const user = `${p}-user`;
    await driver.executeQuery(`CREATE (:Entity:User {id: $user, name: 'Test Kam', role: 'kam'})`, { user }, { database: DATABASE });
    await driver.executeQuery(
      // The key is the one the app computes (type|from|to|since), as if this tie had been imported.
      `MATCH (u:User {id: $user}), (p:Person {id: $person})
       CREATE (u)-[:RELATES {key: 'RELATES|' + $user + '|' + $person + '|2025-01-01', stage: 'contact', since: date('2025-01-01')}]->(p)`,
      { user, person: `${p}-d` },
      { database: DATABASE },
    );
    const stages = async () =>
      (
        await driver.executeQuery(
          `MATCH (:User {id: $user})-[r:RELATES]->(:Person {id: $person}) RETURN r.stage AS stage, toString(r.since) AS since, toString(r.until) AS until, r.criteria AS criteria ORDER BY since`,
          { user, person: `${p}-d` },
          { database: DATABASE },
        )
      ).records.map((r) => r.toObject());

    // A stage is a claim with evidence: acquaintance needs both of its criteria, and nothing is written without them.
    const unproven = await api.query(STAGE, { u: user, p: `${p}-d`, s: 'ACQUAINTANCE' });
    expect(unproven.data!.setStage).toMatchObject({ ok: false, tie: null });
    expect(unproven.data!.setStage.errors).toEqual([{ field: 'criteria', message: expect.stringMatching(/needs knows_kam_and_company, kam_knows_them/) }]);
    const halfProven = await api.query(STAGE, { u: user, p: `${p}-d`, s: 'ACQUAINTANCE', c: [{ criterion: 'KAM_KNOWS_THEM' }] });
    expect(halfProven.data!.setStage.errors).toEqual([{ field: 'criteria', message: expect.stringMatching(/needs knows_kam_and_company \(/) }]);
    expect(await stages()).toHaveLength(1);

    const result = await api.query(STAGE, {
      u: user,
      p: `${p}-d`,
      s: 'ACQUAINTANCE',
      c: [{ criterion: 'KNOWS_KAM_AND_COMPANY', since: '2026-10-01' }, { criterion: 'KAM_KNOWS_THEM' }],
    });
    expect(result.data!.setStage).toMatchObject({ ok: true, tie: { stage: 'ACQUAINTANCE', until: null } });
    const rows = await stages();
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({ stage: 'contact', since: '2025-01-01', until: result.data!.setStage.tie!.since });
    // The graph keeps the lower-case words, each criterion with the day it was seen (today when not given).
    expect(rows[1]).toMatchObject({ stage: 'acquaintance', until: null, criteria: ['knows_kam_and_company 2026-10-01', `kam_knows_them ${TEST_TODAY}`] });
    const bad = await api.query(print(STAGE), { u: user, p: `${p}-d`, s: 'besties' });
    expect(bad.data).toBeUndefined();
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(bad.errors?.[0]?.message).toMatch(/"besties".*RelationshipStage/);

    const view = await api.query(RELATIONSHIPS, { id: `${p}-d` });
    expect(view.data!.person).toEqual({
      ourStage: 'ACQUAINTANCE',
      relationships: [
        {
          stage: 'ACQUAINTANCE',
          user: { id: user },
          criteria: [
            { criterion: 'KNOWS_KAM_AND_COMPANY', since: '2026-10-01' },
            { criterion: 'KAM_KNOWS_THEM', since: TEST_TODAY },
          ],
          missingCriteria: [],
        },
      ],
    });

    const company = `${p}-co`;
    await driver.executeQuery(`CREATE (:Entity:Institution {id: $company, name: 'Our Co', kind: 'company', ours: true})`, { company }, { database: DATABASE });
    const first = await api.query(STANCE, { p: `${p}-d`, c: company, v: -1 });
    expect(first.data!.setStance).toMatchObject({ ok: true, tie: { value: -1, source: 'visit' } });
    const sameDay = await api.query(STANCE, { p: `${p}-d`, c: company, v: 1 });
    expect(sameDay.data!.setStance.tie?.value).toBe(1);
    expect(await countTies(`${p}-d`, 'STANCE')).toBe(1);
    const stance = await api.query(STANCE_TOWARD_US, { id: `${p}-d` });
    expect(stance.data!.person?.stanceTowardUs).toBe(1);
    const outOfRange = await api.query(STANCE, { p: `${p}-d`, c: company, v: 3 });
    expect(outOfRange.data!.setStance.errors.map((e) => e.field)).toEqual(['value']);
  });

  it('stores hostile strings as plain values and changes nothing else', async () => {
    // Each ends in a comment naming this run, so it can be looked for anywhere (the payload is the same).
    const hostile = [`x' }) MATCH (n) DETACH DELETE n //`, 'MATCH (n) DETACH DELETE n', '"; DROP', '`}]->()'].map((h) => `${h} // ${p}`);
    const before = await snapshot(driver, p);
    for (const [i, text] of hostile.entries()) {
      const { data } = await api.query(PERSON, { input: { id: `${p}-h${i}`, name: text, category: 'KOL' } });
      expect(data!.upsertPerson).toMatchObject({ ok: true, person: { name: text } });
      const tie = await api.query(TIE, { input: { from: `${p}-h${i}`, to: text, type: 'KNOWS', strength: 0.5, source: text } });
      expect(tie.data!.setTie.ok).toBe(false);
    }
    // Exactly the new people, each named by its text; every node and tie this file made before is as it was.
    const after = await snapshot(driver, p);
    const added = hostile.map((_, i) => `${p}-h${i} `);
    expect(after.nodes.filter((n) => !added.some((id) => n.startsWith(id)))).toEqual(before.nodes);
    expect(after.nodes.filter((n) => added.some((id) => n.startsWith(id)))).toEqual(hostile.map((text) => expect.stringContaining(JSON.stringify(text))));
    expect(after.ties).toEqual(before.ties);
    // And the text is nowhere else: not as a node id, a name or a tie's source.
    expect(await strayMentions(driver, p, [p])).toEqual([]);
  });

  async function countTies(from: string, type: string): Promise<number> {
    const { records } = await driver.executeQuery(`MATCH (:Entity {id: $from})-[r]->() WHERE type(r) = $type RETURN count(r) AS n`, { from, type }, { database: DATABASE });
    return records[0]!.get('n') as number;
  }
});
