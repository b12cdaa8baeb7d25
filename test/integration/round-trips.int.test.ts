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
/** Programmes, products, events and extra tenders in the fixture: enough that a page of 2 and a page of all differ. */
const LISTED = 12;

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
const PEOPLE_FILTERED = graphql(`
  query RoundTripPeopleFiltered($filter: PeopleFilter!, $first: Int) {
    people(filter: $filter, first: $first) {
      totalCount
      nodes {
        ...RoundTripPerson
        ties(types: [INFLUENCES, KNOWS, WORKS_AT, MEMBER_OF]) { direction other { id name } tie { type strength source confidence since } }
        influences { to { id name } strength }
        influencedBy { from { id name } strength }
        decisionRoles { tender { id name } role }
        talks { event { id name } topic }
        eventsAttended { id name }
        stanceHistory { toward { id name } value recordedBy { id name } }
      }
    }
  }
`);
const PROGRAMS = graphql(`
  query RoundTripPrograms($t: ID!, $first: Int) {
    programs(filter: { territoryId: $t }, first: $first) {
      totalCount
      nodes { id name kind year territories { id name } products { id name maker { id name } } drafters { id name } draftingCommittees { id name } therapeuticAreas { id name } }
    }
  }
`);
const PRODUCTS = graphql(`
  query RoundTripProducts($q: String!, $first: Int) {
    products(filter: { search: $q }, first: $first) {
      totalCount
      nodes { id name ours maker { id name } programs { id name } tenderLots { lot quantity tender { id name } } therapeuticAreas { id name } }
    }
  }
`);
const EVENTS = graphql(`
  query RoundTripEvents($t: ID!, $first: Int) {
    events(filter: { territoryId: $t }, first: $first) {
      totalCount
      nodes { id name kind date territories { id } speakers { topic person { id name ourStage } } attendees { id name } therapeuticAreas { id name } }
    }
  }
`);
const TENDERS = graphql(`
  query RoundTripTenders($t: ID!, $first: Int) {
    tenders(territoryId: $t, first: $first) {
      id name status preparationStart
      issuer { id name }
      statusHistory { status on }
      lots { lot quantity product { id name maker { id name } } }
      competitors { id name }
      draftingPeople { id name }
      draftingCommittees { id name }
      outcome { winner { id } price }
    }
  }
`);
const INSTITUTIONS = graphql(`
  query RoundTripInstitutions($t: ID!, $first: Int) {
    institutions(filter: { territoryId: $t }, first: $first) {
      totalCount
      nodes {
        id name kind ours competitor
        parent { id name } parts { id name } committees { id name }
        people { person { id name } position head source confidence }
        territories { id } tendersIssued { id } products { id }
      }
    }
  }
`);
const COMMITTEES = graphql(`
  query RoundTripCommittees($t: ID!, $first: Int) {
    committees(filter: { territoryId: $t }, first: $first) {
      totalCount
      nodes { id name institution { id name } members(includeFormer: true) { role since until person { id name ourStage } } draftedTenders { id } draftedPrograms { id } therapeuticAreas { id } }
    }
  }
`);
const USERS = graphql(`
  query RoundTripUsers($q: String!, $first: Int) {
    users(filter: { search: $q }, first: $first) { totalCount nodes { id name role territories { id name } manager { id } team { id } } }
  }
`);
const TERRITORY = graphql(`
  query RoundTripTerritory($t: ID!, $first: Int) {
    territory(id: $t) { id name peopleCount users { id name } institutions(first: $first) { totalCount nodes { id name parts { id } people { person { id } } } } }
  }
`);

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
  // People 0-9 sit on the formulary committee, whose map must stay small: the catalogue ties others.
  const catalogPerson = (i: number) => id(`person-${String(10 + (i % (PEOPLE - 10))).padStart(3, '0')}`);
  // The catalogue: areas, products, programmes, events and more tenders, each with lists
  // that need a loader per field (members, products, speakers, lots...).
  for (const area of ['onc', 'card']) {
    node(id(`area-${area}`), 'TherapeuticArea', `Area ${area}`, { code: area.toUpperCase() });
  }
  for (let k = 0; k < LISTED; k += 1) {
    node(id(`product-${k}`), 'Product', `Product ${k} of ${p}`, { inn: `inn-${k}`, ours: k % 2 === 0 });
    tie(id(k % 2 === 0 ? 'ours' : 'rival'), id(`product-${k}`), 'MAKES');
    tie(id(`product-${k}`), id(k % 2 === 0 ? 'area-onc' : 'area-card'), 'IN_AREA');
    node(id(`program-${k}`), 'Program', `Programme ${k} of ${p}`, { kind: 'regional_benefit', year: 2026 });
    tie(id(`program-${k}`), id('terr'), 'LOCATED_IN');
    tie(id(`program-${k}`), id('area-onc'), 'IN_AREA');
    for (let j = 0; j < 3; j += 1) tie(id(`program-${k}`), id(`product-${(k + j) % LISTED}`), 'INCLUDES', { since: '2025-01-01' });
    tie(catalogPerson(k), id(`program-${k}`), 'DRAFTS', { since: '2025-01-01' });
    node(id(`committee-${k}`), 'Committee', `Listed committee ${k}`, { kind: 'formulary' });
    tie(id(`committee-${k}`), id('terr'), 'LOCATED_IN');
    tie(id(`committee-${k}`), id(`program-${k}`), 'DRAFTS', { since: '2025-01-01' });
    tie(id(`committee-${k}`), id(`tender-${k}`), 'DRAFTS');
    for (let j = 0; j < 3; j += 1) tie(catalogPerson(k * 3 + j), id(`committee-${k}`), 'MEMBER_OF', { role: j === 0 ? 'chair' : 'member', since: '2025-01-01' });
    // Clinics sort first by name, so a page of 2 already asks every nested field a page of all does.
    node(id(`clinic-${k}`), 'Institution', `Clinic ${k}`, { kind: 'clinic' });
    tie(id(`clinic-${k}`), id('terr'), 'LOCATED_IN');
    tie(id(`clinic-${k}`), id('hosp'), 'PART_OF');
    tie(id(`committee-${k}`), id(`clinic-${k}`), 'PART_OF');
    for (let j = 0; j < 2; j += 1) tie(catalogPerson(k * 2 + j), id(`clinic-${k}`), 'WORKS_AT', { position: 'Pharmacist', source: 'import', confidence: 0.9 });
    node(id(`user-${k}`), 'User', `User ${k} of ${p}`, { role: 'kam' });
    tie(id(`user-${k}`), id('terr'), 'LOCATED_IN');
    tie(id(`user-${k}`), id('kam'), 'REPORTS_TO');
    node(id(`event-${k}`), 'Event', `Event ${k} of ${p}`, { kind: 'congress', date: '2026-05-01', city: 'Kazan' });
    tie(id(`event-${k}`), id('terr'), 'LOCATED_IN');
    tie(id(`event-${k}`), id('area-card'), 'IN_AREA');
    for (let j = 0; j < 3; j += 1) tie(catalogPerson(k * 3 + j), id(`event-${k}`), 'SPOKE_AT', { topic: `Topic ${j}` });
    for (let j = 0; j < 5; j += 1) tie(catalogPerson(k + 30 + j), id(`event-${k}`), 'ATTENDED');
    node(id(`tender-${k}`), 'Tender', `Listed tender ${k}`, { date: '2027-03-01', status: 'announced', statusHistory: ['2026-09-01 preparation', '2026-11-01 announced'] });
    tie(id(`clinic-${k}`), id(`tender-${k}`), 'ISSUES');
    tie(catalogPerson(k), id(`tender-${k}`), 'DRAFTS');
    tie(id('ours'), id(`tender-${k}`), 'COMPETES_IN');
    tie(id('rival'), id(`tender-${k}`), 'COMPETES_IN');
    for (let j = 0; j < 2; j += 1) tie(id(`tender-${k}`), id(`product-${(k + j) % LISTED}`), 'LOTS', { lot: j + 1, quantity: 100 * (j + 1) });
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
    server = await createServer({ db, logger: createLogger((process.env.TEST_LOG as 'error' | undefined) ?? 'silent'), authSecret: TEST_SECRET, webDist: '/nonexistent', clock: fixedClock(TEST_TODAY), analyticsCache: null, responseCache: null });
    url = `http://127.0.0.1:${await server.listen(0, '127.0.0.1')}`;
  });
  afterAll(async () => server?.stop());

  /** Runs one operation and returns its data and the database calls it made. */
  async function roundTrips<R, V>(document: TypedDocumentNode<R, V>, variables: V): Promise<{ data: R; trips: number }> {
    const before = db.roundTrips;
    const body = await postGraphQL(url, await issueToken(TEST_SECRET, TEST_ADMIN), document, variables);
    expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
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

  /**
   * The read model's lists: asking for a page of 2 and for every item costs the same
   * round trips (one query for the page, one batch per nested field), so no list
   * resolves its items one by one.
   */
  describe('read-model lists: a page of 2 and a page of every item cost the same round trips', () => {
    /** Runs a small and a large page, checks the large one holds more, and compares the trips. */
    async function samePerPage<R, V>(document: TypedDocumentNode<R, V>, small: V, large: V, count: (data: R) => number): Promise<void> {
      const few = await roundTrips(document, small);
      const many = await roundTrips(document, large);
      expect(count(few.data)).toBe(2);
      expect(count(many.data)).toBeGreaterThan(5);
      // DataLoader may split a batch across ticks (one trip either way); more rows must not add more.
      expect(many.trips).toBeLessThanOrEqual(few.trips + 1);
    }

    it('people with a filter, each with ties, influences, roles, talks and stance history', async () => {
      const filter = { territoryId: id('terr') };
      await samePerPage(PEOPLE_FILTERED, { filter, first: 2 }, { filter, first: 50 }, (d) => d.people.nodes.length);
      const { data } = await roundTrips(PEOPLE_FILTERED, { filter, first: PEOPLE });
      expect(data.people.totalCount).toBe(PEOPLE);
      expect(data.people.nodes.every((n) => n.ties.some((t) => t.tie.type === 'INFLUENCES') && n.influences.length === 3)).toBe(true);
      expect(data.people.nodes.filter((n) => n.talks.length > 0)).toHaveLength(3 * LISTED);
      expect(data.people.nodes.filter((n) => n.decisionRoles.length > 0).length).toBeGreaterThan(10);
    });

    it('programmes with products, makers, drafters and areas', async () => {
      await samePerPage(PROGRAMS, { t: id('terr'), first: 2 }, { t: id('terr'), first: 50 }, (d) => d.programs.nodes.length);
      const { data } = await roundTrips(PROGRAMS, { t: id('terr'), first: 50 });
      expect(data.programs.totalCount).toBe(LISTED);
      expect(data.programs.nodes.every((n) => n.products.length === 3 && n.drafters.length === 1 && n.draftingCommittees.length === 1)).toBe(true);
    });

    it('products with makers, programmes, tender lots and areas', async () => {
      await samePerPage(PRODUCTS, { q: p, first: 2 }, { q: p, first: 50 }, (d) => d.products.nodes.length);
      const { data } = await roundTrips(PRODUCTS, { q: p, first: 50 });
      expect(data.products.totalCount).toBe(LISTED);
      expect(data.products.nodes.every((n) => n.maker !== null && n.programs.length === 3 && n.tenderLots.length === 2)).toBe(true);
    });

    it('events with speakers, attendees and areas', async () => {
      await samePerPage(EVENTS, { t: id('terr'), first: 2 }, { t: id('terr'), first: 50 }, (d) => d.events.nodes.length);
      const { data } = await roundTrips(EVENTS, { t: id('terr'), first: 50 });
      expect(data.events.totalCount).toBe(LISTED);
      expect(data.events.nodes.every((n) => n.speakers.length === 3 && n.attendees.length === 5)).toBe(true);
    });

    it('tenders with lots, competitors, drafters and status history', async () => {
      await samePerPage(TENDERS, { t: id('terr'), first: 2 }, { t: id('terr'), first: 50 }, (d) => d.tenders.length);
      const { data } = await roundTrips(TENDERS, { t: id('terr'), first: 50 });
      const listed = data.tenders.filter((t) => t.name.startsWith('Listed tender'));
      expect(listed).toHaveLength(LISTED);
      expect(listed.every((t) => t.lots.length === 2 && t.competitors.length === 2 && t.statusHistory.length === 2)).toBe(true);
    });

    it('institutions with parts, committees, staff, tenders and products', async () => {
      await samePerPage(INSTITUTIONS, { t: id('terr'), first: 2 }, { t: id('terr'), first: 50 }, (d) => d.institutions.nodes.length);
    });

    it('committees with members over time, drafted tenders and programmes', async () => {
      await samePerPage(COMMITTEES, { t: id('terr'), first: 2 }, { t: id('terr'), first: 50 }, (d) => d.committees.nodes.length);
      const { data } = await roundTrips(COMMITTEES, { t: id('terr'), first: 50 });
      const listed = data.committees.nodes.filter((c) => c.name.startsWith('Listed committee'));
      expect(listed).toHaveLength(LISTED);
      expect(listed.every((c) => c.members.length === 3 && c.draftedPrograms.length === 1 && c.draftedTenders.length === 1)).toBe(true);
    });

    it('users with territories, managers and teams', async () => {
      await samePerPage(USERS, { q: p, first: 2 }, { q: p, first: 50 }, (d) => d.users.nodes.length);
    });

    it('a territory with its institutions, their parts and staff', async () => {
      await samePerPage(TERRITORY, { t: id('terr'), first: 2 }, { t: id('terr'), first: 50 }, (d) => d.territory!.institutions.nodes.length);
    });
  });

  it('person detail is a fixed number of batched round trips', async () => {
    const a = await roundTrips(PERSON, { id: id('person-000') });
    const b = await roundTrips(PERSON, { id: id('person-007') });
    expect(a.data.person?.id).toBe(id('person-000'));
    expect(b.trips).toBe(a.trips);
    // The viewer-and-version read, then one statement for the person and every part of
    // their detail (positions, seats, stances, relationships with their users, territories).
    expect(a.trips).toBe(2);
  });
});
