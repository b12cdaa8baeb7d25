import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueToken } from '../../server/src/kernel/auth/tokens.js';
import { DbClient } from '../../server/src/kernel/database/db-client.js';
import { writeGraph } from '../../server/src/modules/graph/graph-writer.js';
import { createLogger } from '../../server/src/kernel/logger.js';
import type { NodeRecord, PropertyValue, TieRecord, TieType } from '../../server/src/modules/graph/model.js';
import { createServer, type KamgraphServer } from '../../server/src/server.js';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { graphql } from './gql/index.js';
import { postGraphQL, TEST_ADMIN, TEST_SECRET, TEST_TODAY } from './support/api.js';
import { fixedClock } from '../../server/src/kernel/clock.js';
import { DATABASE, testDb, uniquePrefix, useTestDriver } from './support/database.js';

/**
 * No N+1: the database round trips of a request must not grow with the rows it returns.
 * Every repository call goes through DbClient, which counts them; the server here runs
 * with the analytics cache off so that every request does the full work.
 */

const PEOPLE = 60;

// Spread by name in the documents below (codegen adds its definition to each): a person with
// every field that needs its own loader.
const PERSON_FIELDS = graphql(`
  fragment RoundTripPerson on Person {
    id name title category
    positions { institution { id name } title head }
    territories { id name }
    committees { committee { id name } role }
    stances { towardId value ours }
    stanceTowardUs ourStage
    relationships { user { id name } stage owns }
    owner { id name }
  }
`);
const RANKING = graphql(`
  query RoundTripRanking($t: ID!, $first: Int) {
    balanceOfPower(scope: { territoryId: $t }, first: $first) {
      ranking { rank person { ...RoundTripPerson } }
      coalitions { members { id name ourStage } }
      whatMayChange { endingTerms { person { id name } } newTies { from { name } to { name } } }
    }
  }
`);
const WHAT_MAY_CHANGE = graphql(`
  query RoundTripWhatMayChange($t: ID!, $n: Int) {
    balanceOfPower(scope: { territoryId: $t }) {
      whatMayChange { endingTermCount newTieCount endingTerms(first: $n) { person { id } until } newTies(first: $n) { from { id } since } }
    }
  }
`);
const MAP = graphql(`
  query RoundTripMap($scope: ScopeInput!) {
    graphView(scope: $scope) {
      nodes { id label name power rank coalition stance stage ownerId }
      edges { id source target type strength }
      coalitions { power leaning members { id name } }
    }
  }
`);
const MEMBER_IDS = graphql(`query RoundTripMemberIds($t: ID!) { balanceOfPower(scope: { territoryId: $t }) { coalitions { memberIds memberCount } } }`);
const MEMBERS = graphql(`query RoundTripMembers($t: ID!) { balanceOfPower(scope: { territoryId: $t }) { coalitions { members { id } } } }`);
const MAP_FIELDS = graphql(`
  query RoundTripMapFields($scope: ScopeInput!) {
    graphView(scope: $scope) { nodes { id label name kind optedOut ours competitor } edges { source target type strength role basis since until } }
  }
`);
const SPEC_SHAPERS = graphql(`
  query RoundTripSpecShapers($x: ID!, $first: Int) {
    specShapers(tenderId: $x, maxHops: 3, first: $first) {
      score person { ...RoundTripPerson } path { id name ourStage } drafter { id name } stance ourStage ourContact { id name }
    }
  }
`);
const DECISION_GROUP = graphql(`
  query RoundTripDecisionGroup($x: ID!) {
    decisionGroup(tenderId: $x) {
      tender { id issuer { id } }
      roles { role members { person { ...RoundTripPerson } stage contact { id name } owners { id name } } }
    }
  }
`);
const PEOPLE_SEARCH = graphql(`query RoundTripPeople($q: String!, $first: Int) { people(search: $q, first: $first) { nodes { ...RoundTripPerson } } }`);
const PERSON = graphql(`query RoundTripPersonDetail($id: ID!) { person(id: $id) { ...RoundTripPerson } }`);

/** A territory of PEOPLE people, each with a position, stances, our relationships and influence ties. */
function territoryGraph(p: string): { nodes: NodeRecord[]; ties: TieRecord[] } {
  const nodes: NodeRecord[] = [];
  const ties: TieRecord[] = [];
  const node = (id: string, type: NodeRecord['type'], name: string, props: Record<string, PropertyValue> = {}) => nodes.push({ id, type, name, props });
  const tie = (from: string, to: string, type: TieType, props: Record<string, PropertyValue> = {}) => ties.push({ from, to, type, props });
  const id = (s: string) => `${p}-${s}`;
  node(id('terr'), 'Territory', `Round Trip Land ${p}`);
  node(id('hosp'), 'Institution', 'Round Trip Hospital', { kind: 'hospital' });
  tie(id('hosp'), id('terr'), 'LOCATED_IN');
  for (let d = 0; d < 3; d += 1) {
    node(id(`dept${d}`), 'Institution', `Department ${d}`, { kind: 'department' });
    tie(id(`dept${d}`), id('hosp'), 'PART_OF');
  }
  node(id('comm'), 'Committee', 'Round Trip Formulary Committee', { kind: 'formulary' });
  tie(id('comm'), id('hosp'), 'PART_OF');
  tie(id('comm'), id('terr'), 'LOCATED_IN');
  node(id('tender'), 'Tender', 'Round trip tender', { date: '2027-06-01', status: 'preparation' });
  tie(id('hosp'), id('tender'), 'ISSUES');
  tie(id('comm'), id('tender'), 'DRAFTS');
  node(id('ours'), 'Institution', 'Our Pharma', { kind: 'company', ours: true });
  node(id('rival'), 'Institution', 'Rival Pharma', { kind: 'company', competitor: true });
  node(id('kam'), 'User', 'Rita Roundtrip', { role: 'kam' });
  node(id('kam2'), 'User', 'Otto Other', { role: 'kam' });
  tie(id('kam'), id('terr'), 'LOCATED_IN');
  const roles = ['decision_maker', 'specification_author', 'financial_evaluator', 'technical_evaluator', 'influencer', 'gatekeeper', 'user', 'champion'];
  for (let i = 0; i < PEOPLE; i += 1) {
    const person = id(`person-${String(i).padStart(3, '0')}`);
    node(person, 'Person', `Person ${i} of ${p}`, { title: 'Dr.', category: i % 5 === 0 ? 'kol' : 'doctor', specialty: 'oncology' });
    tie(person, id(`dept${i % 3}`), 'WORKS_AT', { position: i < 3 ? 'Head of Department' : 'Physician', head: i < 3 });
    if (i % 4 === 0) tie(person, id('hosp'), 'WORKS_AT', { position: 'Consultant' });
    if (i < 10) tie(person, id('comm'), 'MEMBER_OF', { role: i === 0 ? 'chair' : i === 1 ? 'secretary' : 'member', since: '2024-01-01', until: '2027-02-01' });
    if (i < roles.length * 2) tie(person, id('tender'), 'ROLE_IN', { role: roles[i % roles.length]! });
    tie(person, id('ours'), 'STANCE', { value: (i % 5) - 2, toward: id('ours') });
    if (i % 3 === 0) tie(person, id('rival'), 'STANCE', { value: 1, toward: id('rival') });
    tie(id('kam'), person, 'RELATES', { stage: ['contact', 'acquaintance', 'loyalty', 'near_friendly'][i % 4]! });
    if (i % 2 === 0) tie(id('kam2'), person, 'RELATES', { stage: 'contact' });
    if (i % 3 === 0) tie(id('kam'), person, 'OWNS');
    for (const step of [1, 7, 13]) {
      const other = id(`person-${String((i + step) % PEOPLE).padStart(3, '0')}`);
      tie(person, other, 'INFLUENCES', { strength: 0.3 + ((i * step) % 7) / 10, basis: 'science', since: step === 13 ? '2026-10-15' : '2020-01-01' });
    }
    if (i % 2 === 1) tie(person, id(`person-${String((i + 3) % PEOPLE).padStart(3, '0')}`), 'KNOWS', { strength: 0.6 });
  }
  return { nodes, ties };
}

describe('database round trips per request do not grow with the rows returned', () => {
  const driver = useTestDriver();
  const db = new DbClient(driver, DATABASE);
  const p = uniquePrefix('rt');
  const id = (s: string) => `${p}-${s}`;
  let server: KamgraphServer | undefined;
  let url = '';

  beforeAll(async () => {
    await driver.executeQuery(`MERGE (u:Entity:User {id: $id}) ON CREATE SET u.name = 'Test Admin', u.role = 'admin'`, { id: TEST_ADMIN }, { database: DATABASE });
    await writeGraph(testDb(driver), territoryGraph(p), { atomic: true });
    server = await createServer({ db, logger: createLogger((process.env.TEST_LOG as 'error' | undefined) ?? 'silent'), authSecret: TEST_SECRET, webDist: '/nonexistent', clock: fixedClock(TEST_TODAY), analyticsCache: null });
    url = `http://127.0.0.1:${await server.listen(0, '127.0.0.1')}`;
  });
  afterAll(async () => server?.stop());

  /** Runs one operation and returns its data and the database calls it made. */
  async function roundTrips<R, V>(document: TypedDocumentNode<R, V>, variables: V): Promise<{ data: R; trips: number }> {
    const before = db.roundTrips;
    const body = await postGraphQL(url, await issueToken(TEST_SECRET, TEST_ADMIN), document, variables);
    expect(body.errors).toBeUndefined();
    return { data: body.data!, trips: db.roundTrips - before };
  }

  it('balanceOfPower: 5 or 60 ranked people with nested person fields cost the same round trips', async () => {
    const few = await roundTrips(RANKING, { t: id('terr'), first: 5 });
    const many = await roundTrips(RANKING, { t: id('terr'), first: 200 });
    expect(few.data.balanceOfPower.ranking).toHaveLength(5);
    expect(many.data.balanceOfPower.ranking).toHaveLength(PEOPLE);
    expect(many.data.balanceOfPower.whatMayChange.endingTerms.length).toBeGreaterThan(5);
    expect(many.data.balanceOfPower.whatMayChange.newTies.length).toBeGreaterThan(5);
    // DataLoader may split a batch across ticks (one trip either way); 50 rows must not add more.
    expect(many.trips).toBeLessThanOrEqual(few.trips + 1);
    // viewer, scope, people, projection, then one batch per loader (person, positions, territories...).
    expect(many.trips).toBeLessThanOrEqual(15);
  });

  it('whatMayChange lists the first few of each list and counts them all', async () => {
    const all = await roundTrips(WHAT_MAY_CHANGE, { t: id('terr'), n: 1000 });
    const two = await roundTrips(WHAT_MAY_CHANGE, { t: id('terr'), n: 2 });
    const whole = all.data.balanceOfPower.whatMayChange;
    expect(whole.newTieCount).toBeGreaterThan(2);
    expect(whole.endingTerms).toHaveLength(whole.endingTermCount);
    expect(whole.newTies).toHaveLength(whole.newTieCount);
    expect(two.data.balanceOfPower.whatMayChange).toEqual({
      ...whole,
      endingTerms: whole.endingTerms.slice(0, 2),
      newTies: whole.newTies.slice(0, 2),
    });
    // Soonest ending and newest tie first.
    expect(whole.endingTerms.map((t) => t.until)).toEqual([...whole.endingTerms.map((t) => t.until)].sort());
    expect(whole.newTies.map((t) => t.since)).toEqual([...whole.newTies.map((t) => t.since)].sort().reverse());
    const bad = await postGraphQL(url, await issueToken(TEST_SECRET, TEST_ADMIN), WHAT_MAY_CHANGE, { t: id('terr'), n: 0 });
    expect(bad.errors?.map((e) => e.message).join('\n')).toMatch(/endingTerms\.first.*from 1 to 1000/);
  });

  it('graphView: a 10-person committee and the 60-person territory cost the same round trips', async () => {
    const small = await roundTrips(MAP, { scope: { committeeId: id('comm') } });
    const large = await roundTrips(MAP, { scope: { territoryId: id('terr') } });
    expect(small.data.graphView.nodes.length).toBeLessThan(20);
    expect(large.data.graphView.nodes.length).toBeGreaterThan(PEOPLE);
    expect(large.data.graphView.edges.length).toBeGreaterThan(3 * PEOPLE);
    expect(large.trips).toBeLessThanOrEqual(small.trips + 1);
  });

  it('coalitions give member ids and counts without loading the people', async () => {
    await roundTrips(MEMBER_IDS, { t: id('terr') }); // computes and caches the scope
    const ids = await roundTrips(MEMBER_IDS, { t: id('terr') });
    const people = await roundTrips(MEMBERS, { t: id('terr') });
    expect(ids.data.balanceOfPower.coalitions.map((c) => c.memberIds)).toEqual(people.data.balanceOfPower.coalitions.map((c) => c.members.map((m) => m.id)));
    expect(ids.data.balanceOfPower.coalitions.map((c) => c.memberCount)).toEqual(ids.data.balanceOfPower.coalitions.map((c) => c.memberIds.length));
    expect(ids.data.balanceOfPower.coalitions.reduce((n, c) => n + c.memberCount, 0)).toBe(PEOPLE);
    expect(ids.trips).toBeLessThan(people.trips);
  });

  it('graphView: node and tie fields come through whole (the query returns positional rows)', async () => {
    const { data } = await roundTrips(MAP_FIELDS, { scope: { committeeId: id('comm') } });
    expect(data.graphView.nodes).toContainEqual({ id: id('comm'), label: 'Committee', name: 'Round Trip Formulary Committee', kind: 'formulary', optedOut: false, ours: false, competitor: false });
    expect(data.graphView.nodes).toContainEqual({ id: id('person-000'), label: 'Person', name: `Person 0 of ${p}`, kind: 'kol', optedOut: false, ours: false, competitor: false });
    expect(data.graphView.edges).toContainEqual({ source: id('person-000'), target: id('comm'), type: 'MEMBER_OF', strength: null, role: 'chair', basis: null, since: '2024-01-01', until: '2027-02-01' });
    expect(data.graphView.edges).toContainEqual({ source: id('person-000'), target: id('person-001'), type: 'INFLUENCES', strength: 0.3, role: null, basis: 'SCIENCE', since: '2020-01-01', until: null });
  });

  it('specShapers: 2 or 50 shapers with paths, stances and contacts cost the same round trips', async () => {
    const few = await roundTrips(SPEC_SHAPERS, { x: id('tender'), first: 2 });
    const many = await roundTrips(SPEC_SHAPERS, { x: id('tender'), first: 50 });
    expect(few.data.specShapers).toHaveLength(2);
    expect(many.data.specShapers.length).toBeGreaterThan(30);
    // DataLoader may split a batch across ticks (one trip either way); 50 rows must not add more.
    expect(many.trips).toBeLessThanOrEqual(few.trips + 1);
  });

  it('decisionGroup and people lists: nested members and owners are batched', async () => {
    const answer = await roundTrips(DECISION_GROUP, { x: id('tender') });
    const members = answer.data.decisionGroup.roles.reduce((sum, r) => sum + r.members.length, 0);
    expect(members).toBeGreaterThanOrEqual(16);
    // Far fewer calls than members: one per loader, not one per member.
    expect(answer.trips).toBeLessThan(members);

    const few = await roundTrips(PEOPLE_SEARCH, { q: p, first: 2 });
    const many = await roundTrips(PEOPLE_SEARCH, { q: p, first: 50 });
    expect(many.data.people.nodes.length).toBeGreaterThan(few.data.people.nodes.length);
    // DataLoader may split a batch across ticks (one trip either way); 50 rows must not add more.
    expect(many.trips).toBeLessThanOrEqual(few.trips + 1);
  });

  it('person detail is a fixed number of batched round trips', async () => {
    const a = await roundTrips(PERSON, { id: id('person-000') });
    const b = await roundTrips(PERSON, { id: id('person-007') });
    expect(a.data.person?.id).toBe(id('person-000'));
    expect(b.trips).toBe(a.trips);
  });
});
