import { beforeAll, describe, expect, it } from 'vitest';
import { importFolder } from '../../server/src/modules/import-export/import-folder.js';
import { graphql } from './gql/index.js';
import type { ReadModelSearchQueryVariables } from './gql/graphql.js';
import { TEST_TODAY, useTestApi } from './support/api.js';
import { writeCsvFolder } from './support/csv-folder.js';
import { testDb, uniquePrefix, useTestDriver } from './support/database.js';

const TIES = graphql(`
  query ReadModelTies($id: ID!) { person(id: $id) { ties { direction other { __typename id name } tie { type strength source confidence position } } } }
`);
const STRONG_INFLUENCE = graphql(`
  query ReadModelStrongInfluence($id: ID!) { person(id: $id) { ties(types: [INFLUENCES], minStrength: 0.85) { direction other { name } tie { type strength } } } }
`);
const FORMER_STANCES = graphql(`
  query ReadModelFormerStances($id: ID!) { person(id: $id) { ties(types: [STANCE], direction: OUT, asOf: "2026-01-01") { other { name } } } }
`);
const DOSSIER_TIES = graphql(`query ReadModelDossierTies($id: ID!) { person(id: $id) { ties(types: [HAS_DOSSIER]) { direction } } }`);
const STANCE = graphql(`mutation ReadModelStance($p: ID!, $t: ID!) { setStance(personId: $p, towardId: $t, value: 1, source: "call") { ok } }`);
const PERSON_READ = graphql(`
  query ReadModelPersonRead($a: ID!, $b: ID!) {
    ana: person(id: $a) {
      influences { to { name } strength confidence source basis domain domainName }
      influencedBy { from { name } }
      decisionRoles { tender { name } role source }
      talks { event { name } topic }
      stanceHistory { toward { name } value since until source }
    }
    bia: person(id: $b) { eventsAttended { name } stanceHistory { value recordedBy { name } } }
  }
`);
const TENDER = graphql(`
  query ReadModelTender($x: ID!) {
    tender(id: $x) {
      status preparationStart statusHistory { status on }
      lots { lot quantity product { name inn } } competitors { name } draftingCommittees { name } draftingPeople { name }
      outcome { winner { name } price currency on source }
    }
  }
`);
const NEW_TENDER = graphql(`
  mutation ReadModelNewTender($i: ID!) { upsertTender(input: { name: "API tender", date: "2027-09-01", status: PLANNED, issuerId: $i }) { ok tender { id } } }
`);
const ANNOUNCE = graphql(`mutation ReadModelAnnounce($t: ID!) { upsertTender(input: { id: $t, name: "API tender", status: ANNOUNCED }) { ok } }`);
const LOT = graphql(`mutation ReadModelLot($t: ID!, $d: ID!) { setTie(input: { from: $t, to: $d, type: LOTS, lot: 1, quantity: 50 }) { ok } }`);
const BAD_OUTCOME = graphql(`
  mutation ReadModelBadOutcome($t: ID!, $w: ID!) { recordTenderOutcome(tenderId: $t, winnerId: $w, price: -1, on: "2099-01-01") { ok errors { field } } }
`);
const OUTCOME = graphql(`
  mutation ReadModelOutcome($t: ID!, $w: ID!) {
    recordTenderOutcome(tenderId: $t, winnerId: $w, price: 9000, currency: "EUR") { ok tender { status statusHistory { status on } outcome { winner { name } price } } }
  }
`);
const CATALOG = graphql(`
  query ReadModelCatalog($pr: ID!, $d: ID!, $e: ID!) {
    program(id: $pr) { name kind year territories { name } products { name } old: products(asOf: "2025-01-01") { name } draftingCommittees { name } }
    product(id: $d) { name ours maker { name } programs { name } tenderLots { lot tender { name } } therapeuticAreas { name } }
    event(id: $e) { name kind date speakers { person { name } topic } attendees { name } }
  }
`);
const CATALOG_LISTS = graphql(`
  query ReadModelCatalogLists($t: ID!, $a: ID!, $s: String!) {
    programs(filter: { territoryId: $t, kind: REGIONAL_TARGET }) { totalCount nodes { name } }
    products(filter: { therapeuticAreaId: $a, ours: true }) { totalCount nodes { name } }
    events(filter: { search: $s, from: "2026-10-01", to: "2026-10-31" }) { totalCount nodes { name } }
  }
`);
const STRUCTURE = graphql(`
  query ReadModelStructure($c: ID!, $h: ID!, $t: ID!) {
    committee(id: $c) {
      description institution { name }
      members { person { name } role since until }
      history: members(includeFormer: true) { person { name } role until }
      draftedTenders { name } draftedPrograms { name }
    }
    institution(id: $h) { city parts { name } committees { name } people { person { name } position head } tendersIssued { name } }
    territory(id: $t) { level institutions(kind: HOSPITAL) { totalCount nodes { name } } users { name } }
  }
`);
const SEARCH = graphql(`
  query ReadModelSearch($f: PeopleFilter, $s: String, $o: PeopleOrder, $n: Int, $a: String) {
    people(search: $s, filter: $f, orderBy: $o, first: $n, after: $a) { totalCount pageInfo { hasNextPage endCursor } nodes { name } }
  }
`);
const PEOPLE_NAMED = graphql(`query ReadModelPeopleNamed($s: String) { people(search: $s) { nodes { name } } }`);
const PERSON_NAME = graphql(`query ReadModelPersonName($id: ID!) { person(id: $id) { name } }`);
const INFLUENCED_BY = graphql(`query ReadModelInfluencedBy($id: ID!) { person(id: $id) { influencedBy { from { name } } } }`);
const EVERYWHERE = graphql(`query ReadModelEverywhere { balanceOfPower(scope: { everywhere: true }, first: 3) { peopleInScope ranking { rank } } }`);
const PRODUCT = graphql(`query ReadModelProduct($id: ID!) { product(id: $id) { name } }`);
const USERS = graphql(`query ReadModelUsers($s: String) { users(filter: { search: $s }) { nodes { name email kamKind manager { name } } } }`);
const MY_EMAIL = graphql(`query ReadModelMyEmail { me { user { email } } }`);
const NODE = graphql(`query ReadModelNode($id: ID!) { node(id: $id) { __typename id name ... on Tender { status } ... on Person { category } } }`);
const KEY_PEOPLE = graphql(`query ReadModelKeyPeople($t: ID!) { keyPeople(scope: { territoryId: $t }, first: 5) { person { name } rank trust criteriaMet keyClient } }`);
const EVIDENCE = graphql(`
  query ReadModelEvidence($t: ID!) { balanceOfPower(scope: { territoryId: $t }) { ranking { person { name } explanation { factor evidence { description source confidence } } } } }
`);

/**
 * Everything the graph holds, askable: a small region (imported like a customer's CSV)
 * with a programme, products, an event, a committee over time, an institution with its
 * parts and people, a tender with lots, competitors and an award, and ties with source
 * and confidence. A KAM of the region and one of another region, and a strategist.
 */
function region(p: string) {
  const id = (s: string) => `${p}-${s}`;
  const nodes = [
    { id: id('T'), type: 'Territory', name: `Read Valley ${p}`, level: 'region' },
    { id: id('T2'), type: 'Territory', name: `Other Valley ${p}` },
    { id: id('kam'), type: 'User', name: 'Kai Kam', role: 'kam', email: 'kai@example.test', kamKind: 'hospital' },
    { id: id('kam2'), type: 'User', name: 'Oda Other', role: 'kam' },
    { id: id('boss'), type: 'User', name: 'Mia Manager', role: 'manager' },
    { id: id('strat'), type: 'User', name: 'Sam Strategist', role: 'strategist' },
    { id: id('hosp'), type: 'Institution', name: `Read Hospital ${p}`, kind: 'hospital', city: 'Braga' },
    { id: id('dept'), type: 'Institution', name: `Oncology Department ${p}`, kind: 'department' },
    { id: id('away'), type: 'Institution', name: `Far Hospital ${p}`, kind: 'hospital' },
    { id: id('us'), type: 'Institution', name: `Our Pharma ${p}`, kind: 'company', ours: true },
    { id: id('rival'), type: 'Institution', name: `Rival Pharma ${p}`, kind: 'company', competitor: true },
    { id: id('area'), type: 'TherapeuticArea', name: `Oncology ${p}`, code: 'ONC' },
    { id: id('drug'), type: 'Product', name: `Ourmab ${p}`, inn: 'ourmab', form: 'vial', ours: true },
    { id: id('their'), type: 'Product', name: `Rivalmab ${p}`, inn: 'rivalmab' },
    { id: id('prog'), type: 'Program', name: `Regional Oncology Programme ${p}`, kind: 'regional_target', year: 2026 },
    { id: id('event'), type: 'Event', name: `Oncology Round Table ${p}`, kind: 'round_table', date: '2026-10-10', city: 'Braga' },
    { id: id('ftc'), type: 'Committee', name: `Formulary Committee ${p}`, kind: 'formulary', description: 'Keeps the formulary' },
    { id: id('X'), type: 'Tender', name: `Read tender ${p}`, date: '2027-06-01', status: 'awarded', statusHistory: '2026-01-10 planned;2026-05-02 announced;2026-09-20 awarded' },
    { id: id('ana'), type: 'Person', name: 'Ana Chief', category: 'kol', specialty: 'Medical oncology' },
    { id: id('bia'), type: 'Person', name: 'Bia Nurse', category: 'pharmacist', specialty: 'Hospital pharmacy' },
    { id: id('cai'), type: 'Person', name: 'Caí Fórmer', category: 'doctor' },
    { id: id('far'), type: 'Person', name: 'Far Away', category: 'vip' },
  ];
  const tie = (from: string, to: string, type: string, extra: Record<string, string | number | boolean> = {}) => ({ from: id(from), to: id(to), type, ...extra });
  const ties = [
    tie('hosp', 'T', 'LOCATED_IN'),
    tie('away', 'T2', 'LOCATED_IN'),
    tie('dept', 'hosp', 'PART_OF'),
    tie('ftc', 'hosp', 'PART_OF'),
    tie('prog', 'T', 'LOCATED_IN'),
    tie('event', 'T', 'LOCATED_IN'),
    tie('kam', 'T', 'LOCATED_IN'),
    tie('kam2', 'T2', 'LOCATED_IN'),
    tie('kam', 'boss', 'REPORTS_TO'),
    tie('us', 'drug', 'MAKES'),
    tie('rival', 'their', 'MAKES'),
    tie('drug', 'area', 'IN_AREA'),
    tie('prog', 'drug', 'INCLUDES', { since: '2026-03-01' }),
    tie('prog', 'their', 'INCLUDES', { since: '2024-01-01', until: '2026-03-01' }),
    tie('ftc', 'prog', 'DRAFTS'),
    tie('ana', 'dept', 'WORKS_AT', { position: 'Head of Oncology', head: true, source: 'hospital website', confidence: 0.9 }),
    tie('bia', 'hosp', 'WORKS_AT', { position: 'Pharmacist' }),
    tie('far', 'away', 'WORKS_AT', { position: 'Director', head: true }),
    tie('ana', 'ftc', 'MEMBER_OF', { role: 'chair', since: '2024-01-01' }),
    tie('cai', 'ftc', 'MEMBER_OF', { role: 'member', since: '2020-01-01', until: '2024-01-01' }),
    tie('bia', 'ftc', 'MEMBER_OF', { role: 'secretary', since: '2023-06-01' }),
    tie('ana', 'bia', 'INFLUENCES', { strength: 0.8, basis: 'hierarchy', domain: id('area'), source: 'congress 2025', confidence: 0.4 }),
    tie('far', 'ana', 'INFLUENCES', { strength: 0.9, basis: 'science', source: 'co-authorship', confidence: 0.9 }),
    tie('ana', 'event', 'SPOKE_AT', { topic: 'Real-world outcomes' }),
    tie('bia', 'event', 'ATTENDED'),
    tie('ana', 'X', 'ROLE_IN', { role: 'decision_maker', source: 'tender file' }),
    tie('ana', 'rival', 'STANCE', { value: 1, since: '2025-01-01', until: '2026-06-01' }),
    tie('ana', 'us', 'STANCE', { value: 2, since: '2026-06-01', source: 'visit notes' }),
    tie('hosp', 'X', 'ISSUES'),
    tie('ftc', 'X', 'DRAFTS'),
    tie('X', 'drug', 'LOTS', { lot: 2, quantity: 400 }),
    tie('X', 'their', 'LOTS', { lot: 1, quantity: 1000 }),
    tie('rival', 'X', 'COMPETES_IN'),
    tie('us', 'X', 'COMPETES_IN'),
    tie('X', 'us', 'AWARDED_TO', { price: 1250000, currency: 'EUR', since: '2026-09-20', source: 'award notice' }),
    tie('kam', 'ana', 'RELATES', { stage: 'loyalty', since: '2026-01-01', criteria: 'knows_kam_and_company 2025-06-01;kam_knows_them 2025-06-01;knows_our_medicines 2026-01-01;speaks_with_respect 2026-01-01' }),
    tie('kam', 'bia', 'RELATES', { stage: 'acquainted', since: '2026-02-01' }),
  ];
  return { nodes, ties, id };
}

describe('the read model: every node and tie askable', () => {
  const driver = useTestDriver();
  const api = useTestApi(driver);
  const p = uniquePrefix('rm');
  const { nodes, ties, id } = region(p);
  const as = (user: string) => ({ as: id(user) });

  beforeAll(async () => {
    await importFolder(testDb(driver), writeCsvFolder(nodes, ties));
  });

  it("shows a person's ties both ways, with properties, source and confidence, filtered by type, date and strength", async () => {
    const { data, errors } = await api.query(TIES, { id: id('ana') }, as('kam'));
    expect(errors).toBeUndefined();
    const shown = data!.person!.ties.map((t) => `${t.direction} ${t.tie.type} ${t.other.__typename}:${t.other.name}`).sort();
    // Far Away's influence is outside the KAM's territory: not shown. Former stance (ended) not shown today.
    expect(shown).toEqual([
      `IN RELATES User:Kai Kam`,
      `OUT INFLUENCES Person:Bia Nurse`,
      `OUT MEMBER_OF Committee:Formulary Committee ${p}`,
      `OUT ROLE_IN Tender:Read tender ${p}`,
      `OUT SPOKE_AT Event:Oncology Round Table ${p}`,
      `OUT STANCE Institution:Our Pharma ${p}`,
      `OUT WORKS_AT Institution:Oncology Department ${p}`,
    ]);
    const works = data!.person!.ties.find((t) => t.tie.type === 'WORKS_AT')!;
    expect(works.tie).toMatchObject({ position: 'Head of Oncology', source: 'hospital website', confidence: 0.9 });

    const strategist = await api.query(STRONG_INFLUENCE, { id: id('ana') }, as('strat'));
    expect(strategist.data!.person!.ties).toEqual([{ direction: 'IN', other: { name: 'Far Away' }, tie: { type: 'INFLUENCES', strength: 0.9 } }]);
    const before = await api.query(FORMER_STANCES, { id: id('ana') }, as('strat'));
    expect(before.data!.person!.ties.map((t) => t.other.name)).toEqual([`Rival Pharma ${p}`]);
    const dossier = await api.query(DOSSIER_TIES, { id: id('ana') }, as('strat'));
    expect(dossier.errors?.[0]?.message).toMatch(/^types: HAS_DOSSIER is read through the person's dossier/);
  });

  it('answers influences, decision roles, talks, events attended and the dated stance history with who recorded it', async () => {
    const stance = await api.query(STANCE, { p: id('bia'), t: id('us') }, as('kam'));
    expect(stance.data!.setStance.ok).toBe(true);
    const { data, errors } = await api.query(PERSON_READ, { a: id('ana'), b: id('bia') }, as('strat'));
    expect(errors).toBeUndefined();
    expect(data!.ana!.influences).toEqual([
      { to: { name: 'Bia Nurse' }, strength: 0.8, confidence: 0.4, source: 'congress 2025', basis: 'HIERARCHY', domain: id('area'), domainName: null },
    ]);
    expect(data!.ana!.influencedBy).toEqual([{ from: { name: 'Far Away' } }]);
    expect(data!.ana!.decisionRoles).toEqual([{ tender: { name: `Read tender ${p}` }, role: 'DECISION_MAKER', source: 'tender file' }]);
    expect(data!.ana!.talks).toEqual([{ event: { name: `Oncology Round Table ${p}` }, topic: 'Real-world outcomes' }]);
    expect(data!.ana!.stanceHistory).toEqual([
      { toward: { name: `Our Pharma ${p}` }, value: 2, since: '2026-06-01', until: null, source: 'visit notes' },
      { toward: { name: `Rival Pharma ${p}` }, value: 1, since: '2025-01-01', until: '2026-06-01', source: null },
    ]);
    expect(data!.bia!.eventsAttended).toEqual([{ name: `Oncology Round Table ${p}` }]);
    expect(data!.bia!.stanceHistory).toEqual([{ value: 1, recordedBy: { name: 'Kai Kam' } }]);
  });

  it('shows a tender’s lots, competitors, drafters, status history and outcome, and records an award', async () => {
    const { data, errors } = await api.query(TENDER, { x: id('X') }, as('kam'));
    expect(errors).toBeUndefined();
    expect(data!.tender).toEqual({
      status: 'AWARDED',
      preparationStart: '2026-09-01',
      statusHistory: [
        { status: 'PLANNED', on: '2026-01-10' },
        { status: 'ANNOUNCED', on: '2026-05-02' },
        { status: 'AWARDED', on: '2026-09-20' },
      ],
      lots: [
        { lot: 1, quantity: 1000, product: { name: `Rivalmab ${p}`, inn: 'rivalmab' } },
        { lot: 2, quantity: 400, product: { name: `Ourmab ${p}`, inn: 'ourmab' } },
      ],
      competitors: expect.arrayContaining([{ name: `Rival Pharma ${p}` }, { name: `Our Pharma ${p}` }]),
      draftingCommittees: [{ name: `Formulary Committee ${p}` }],
      draftingPeople: [],
      outcome: { winner: { name: `Our Pharma ${p}` }, price: 1250000, currency: 'EUR', on: '2026-09-20', source: 'award notice' },
    });

    // A new tender, its status changes and its award, through the API.
    const created = await api.query(NEW_TENDER, { i: id('hosp') }, as('kam'));
    const tenderId = created.data!.upsertTender.tender!.id;
    await api.query(ANNOUNCE, { t: tenderId }, as('kam'));
    const lot = await api.query(LOT, { t: tenderId, d: id('drug') }, as('kam'));
    expect(lot.data!.setTie.ok).toBe(true);
    const bad = await api.query(BAD_OUTCOME, { t: tenderId, w: id('rival') }, as('kam'));
    expect(bad.data!.recordTenderOutcome).toEqual({ ok: false, errors: [{ field: 'on' }, { field: 'price' }] });
    const award = await api.query(OUTCOME, { t: tenderId, w: id('rival') }, as('kam'));
    expect(award.data!.recordTenderOutcome).toEqual({
      ok: true,
      tender: {
        status: 'AWARDED',
        // The same day's changes keep the last one.
        statusHistory: [{ status: 'AWARDED', on: TEST_TODAY }],
        outcome: { winner: { name: `Rival Pharma ${p}` }, price: 9000 },
      },
    });
  });

  it('answers programmes, products and events with their ties, and lists them with filters and cursors', async () => {
    const { data, errors } = await api.query(CATALOG, { pr: id('prog'), d: id('drug'), e: id('event') }, as('kam'));
    expect(errors).toBeUndefined();
    expect(data!.program).toEqual({
      name: `Regional Oncology Programme ${p}`,
      kind: 'REGIONAL_TARGET',
      year: 2026,
      territories: [{ name: `Read Valley ${p}` }],
      products: [{ name: `Ourmab ${p}` }],
      old: [{ name: `Rivalmab ${p}` }],
      draftingCommittees: [{ name: `Formulary Committee ${p}` }],
    });
    expect(data!.product).toEqual({
      name: `Ourmab ${p}`,
      ours: true,
      maker: { name: `Our Pharma ${p}` },
      programs: [{ name: `Regional Oncology Programme ${p}` }],
      // (The tender test before this one added a lot of its own.)
      tenderLots: expect.arrayContaining([{ lot: 2, tender: { name: `Read tender ${p}` } }]),
      therapeuticAreas: [{ name: `Oncology ${p}` }],
    });
    expect(data!.event).toEqual({
      name: `Oncology Round Table ${p}`,
      kind: 'ROUND_TABLE',
      date: '2026-10-10',
      speakers: [{ person: { name: 'Ana Chief' }, topic: 'Real-world outcomes' }],
      attendees: [{ name: 'Bia Nurse' }],
    });

    const lists = await api.query(CATALOG_LISTS, { t: id('T'), a: id('area'), s: p }, as('kam'));
    expect(lists.data).toEqual({
      programs: { totalCount: 1, nodes: [{ name: `Regional Oncology Programme ${p}` }] },
      products: { totalCount: 1, nodes: [{ name: `Ourmab ${p}` }] },
      events: { totalCount: 1, nodes: [{ name: `Oncology Round Table ${p}` }] },
    });
  });

  it('shows a committee’s members over time, an institution’s parts and people, a territory’s institutions and users', async () => {
    const { data, errors } = await api.query(STRUCTURE, { c: id('ftc'), h: id('hosp'), t: id('T') }, as('kam'));
    expect(errors).toBeUndefined();
    expect(data!.committee).toEqual({
      description: 'Keeps the formulary',
      institution: { name: `Read Hospital ${p}` },
      members: [
        { person: { name: 'Ana Chief' }, role: 'CHAIR', since: '2024-01-01', until: null },
        { person: { name: 'Bia Nurse' }, role: 'SECRETARY', since: '2023-06-01', until: null },
      ],
      history: [
        { person: { name: 'Ana Chief' }, role: 'CHAIR', until: null },
        { person: { name: 'Bia Nurse' }, role: 'SECRETARY', until: null },
        { person: { name: 'Caí Fórmer' }, role: 'MEMBER', until: '2024-01-01' },
      ],
      draftedTenders: [{ name: `Read tender ${p}` }],
      draftedPrograms: [{ name: `Regional Oncology Programme ${p}` }],
    });
    expect(data!.institution).toEqual({
      city: 'Braga',
      parts: [{ name: `Oncology Department ${p}` }],
      committees: [{ name: `Formulary Committee ${p}` }],
      people: [{ person: { name: 'Bia Nurse' }, position: 'Pharmacist', head: false }],
      tendersIssued: expect.arrayContaining([{ name: `Read tender ${p}` }]),
    });
    expect(data!.territory).toEqual({ level: 'region', institutions: { totalCount: 1, nodes: [{ name: `Read Hospital ${p}` }] }, users: [{ name: 'Kai Kam' }] });
  });

  it('lets a strategist search people by category, stage, stance, committee and power rank, paged with cursors', async () => {
    const names = async (variables: ReadModelSearchQueryVariables, user = 'strat') => {
      const { data, errors } = await api.query(SEARCH, variables, as(user));
      expect(errors).toBeUndefined();
      return data!.people.nodes.map((n) => n.name);
    };
    const territory = { territoryId: id('T') };
    expect(await names({ f: territory })).toEqual(['Ana Chief', 'Bia Nurse']);
    expect(await names({ f: { ...territory, categories: ['KOL'] } })).toEqual(['Ana Chief']);
    expect(await names({ f: { ...territory, ourStages: ['LOYALTY'] } })).toEqual(['Ana Chief']);
    expect(await names({ f: { ...territory, stanceAtLeast: 1.5 } })).toEqual(['Ana Chief']);
    expect(await names({ f: { committeeId: id('ftc') } })).toEqual(['Ana Chief', 'Bia Nurse']);
    expect(await names({ s: 'former', f: { reached: false } })).toEqual(['Caí Fórmer']);
    // Accents on either side do not matter: "former", "FÓRMER" and "cai" all find Caí Fórmer.
    expect(await names({ s: 'FÓRMER', f: { reached: false } })).toEqual(['Caí Fórmer']);
    expect(await names({ s: 'cai f', f: { reached: false } })).toEqual(['Caí Fórmer']);
    expect(await names({ f: { specialty: 'oncology', ...territory } })).toEqual(['Ana Chief']);
    const top = await names({ f: { powerRankWithin: { scope: { territoryId: id('T') }, top: 1 } }, o: 'POWER' });
    expect(top).toEqual(['Ana Chief']);

    // Pages with cursors; a cursor of another query is refused, naming the argument.
    const first = await api.query(SEARCH, { f: territory, n: 1 }, as('strat'));
    expect(first.data!.people).toMatchObject({ totalCount: 2, pageInfo: { hasNextPage: true }, nodes: [{ name: 'Ana Chief' }] });
    const next = await api.query(SEARCH, { f: territory, n: 1, a: first.data!.people.pageInfo.endCursor }, as('strat'));
    expect(next.data!.people).toMatchObject({ pageInfo: { hasNextPage: false }, nodes: [{ name: 'Bia Nurse' }] });
    const other = await api.query(SEARCH, { f: { categories: ['KOL'] }, n: 1, a: first.data!.people.pageInfo.endCursor }, as('strat'));
    expect(other.errors?.[0]?.message).toMatch(/^after: comes from another list or filter/);
    const garbage = await api.query(SEARCH, { a: 'not-a-cursor' }, as('strat'));
    expect(garbage.errors?.[0]?.message).toMatch(/^after: is not a cursor this API gave out/);
    const tooMany = await api.query(SEARCH, { n: 201 }, as('strat'));
    expect(tooMany.errors?.[0]?.message).toBe('first: must be a whole number from 1 to 200, got 201');
    const noScope = await api.query(SEARCH, { o: 'POWER' }, as('strat'));
    expect(noScope.errors?.[0]?.message).toMatch(/^orderBy: POWER needs filter.powerRankWithin/);
    // Documents the schema refuses: strings, as codegen refuses them too.
    const unknownField = await api.query(`{ people(filter: { shoeSize: 44 }) { totalCount } }`, {}, as('strat'));
    expect(unknownField.errors?.[0]?.message).toMatch(/Field "shoeSize" is not defined by type "PeopleFilter"/);
    const unknownWord = await api.query(`{ people(filter: { categories: [WIZARD] }) { totalCount } }`, {}, as('strat'));
    expect(unknownWord.errors?.[0]?.message).toMatch(/Value "WIZARD" does not exist in "PersonCategory" enum/);
  });

  it('keeps visibility: a KAM sees their territories only, in lists and nested fields; the whole graph is for strategists', async () => {
    expect((await api.query(PEOPLE_NAMED, { s: 'far away' }, as('kam'))).data!.people.nodes).toEqual([]);
    const far = await api.query(PERSON_NAME, { id: id('far') }, as('kam'));
    expect(far.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const ana = await api.query(INFLUENCED_BY, { id: id('ana') }, as('kam'));
    expect(ana.data!.person!.influencedBy).toEqual([]);
    const refused = await api.query(EVERYWHERE, {}, as('kam'));
    expect(refused.errors?.[0]).toMatchObject({ message: expect.stringMatching(/^scope.everywhere: only admins and strategists/), extensions: { code: 'FORBIDDEN' } });
    const country = await api.query(EVERYWHERE, {}, as('strat'));
    expect(country.errors).toBeUndefined();
    expect(country.data!.balanceOfPower.peopleInScope).toBeGreaterThanOrEqual(4);
    // Reference data has no territory: everyone sees products and companies.
    const product = await api.query(PRODUCT, { id: id('their') }, as('kam2'));
    expect(product.data!.product!.name).toBe(`Rivalmab ${p}`);
    // E-mail addresses of staff: admins and the user themself.
    const users = await api.query(USERS, { s: 'Kai Kam' }, as('kam2'));
    expect(users.data!.users.nodes).toEqual([{ name: 'Kai Kam', email: null, kamKind: 'hospital', manager: { name: 'Mia Manager' } }]);
    const self = await api.query(MY_EMAIL, {}, as('kam'));
    expect(self.data!.me.user.email).toBe('kai@example.test');
  });

  it('finds any node by id, whatever its kind, within the viewer’s territories', async () => {
    const tender = await api.query(NODE, { id: id('X') }, as('kam'));
    expect(tender.data!.node).toEqual({ __typename: 'Tender', id: id('X'), name: `Read tender ${p}`, status: 'AWARDED' });
    const person = await api.query(NODE, { id: id('ana') }, as('kam'));
    expect(person.data!.node).toMatchObject({ __typename: 'Person', category: 'KOL' });
    expect((await api.query(NODE, { id: `${p}-nothing` }, as('kam'))).data!.node).toBeNull();
    const outside = await api.query(NODE, { id: id('far') }, as('kam'));
    expect(outside.errors?.[0]).toMatchObject({ message: `id: "${id('far')}" is outside your territories.`, extensions: { code: 'FORBIDDEN' } });
    expect((await api.query(NODE, { id: id('far') }, as('strat'))).data!.node?.__typename).toBe('Person');
  });

  it('weighs people as key clients on the four criteria', async () => {
    const { data, errors } = await api.query(KEY_PEOPLE, { t: id('T') }, as('kam'));
    expect(errors).toBeUndefined();
    // Ana: the most powerful, a committee seat and a decision role in a tender ahead, loyalty.
    expect(data!.keyPeople[0]).toEqual({ person: { name: 'Ana Chief' }, rank: 1, trust: 0.75, criteriaMet: ['INFLUENCE', 'OPPORTUNITIES', 'TRUST'], keyClient: true });
  });

  it('weighs ties by confidence in scores and explains them with their source', async () => {
    const { data, errors } = await api.query(EVIDENCE, { t: id('T') }, as('kam'));
    expect(errors).toBeUndefined();
    const ana = data!.balanceOfPower.ranking.find((r) => r.person.name === 'Ana Chief')!;
    expect(ana.explanation.find((f) => f.factor === 'INFLUENCE')!.evidence[0]).toEqual({
      description: `influences Bia Nurse (0.80, hierarchy, Oncology ${p})`,
      source: 'congress 2025',
      confidence: 0.4,
    });
    expect(ana.explanation.find((f) => f.factor === 'FORMAL')!.evidence).toContainEqual({
      description: `Head of Oncology at Oncology Department ${p} (head)`,
      source: 'hospital website',
      confidence: 0.9,
    });
  });
});
