import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../server/src/kernel/config.js';
import { loadAreaMapping } from '../../server/src/modules/evidence/area-terms.js';
import { importEvidence } from '../../server/src/modules/evidence/import-evidence.js';
import { graphql } from './gql/index.js';
import { useTestApi } from './support/api.js';
import { DATABASE, testDb, uniquePrefix, useTestDriver } from './support/database.js';
import { evidenceFixtureCopy, letterTag, seedEvidencePeople } from './support/evidence-fixtures.js';

const areas = loadAreaMapping(path.join(PROJECT_ROOT, 'data/therapeutic-area-terms.csv'));
// The API's today (test/integration/support/api.ts), so recency counts the same in both.
const TODAY = '2026-11-27';

// Works spread per kind, as a client's cache needs them.
const WORK = graphql(`
  fragment EvidenceApiWork on Work {
    __typename id title date url
    ... on Publication { pmid journal }
    ... on Trial { nctId phases }
    ... on Talk { session role event { name } }
  }
`);
const SUGGESTION = graphql(`
  fragment EvidenceApiSuggestion on TieSuggestion {
    id type fromId toId strength confidence status basis reasons { code count message } works { ...EvidenceApiWork }
  }
`);
const SUGGESTIONS_OF = graphql(`
  query EvidenceApiSuggestionsOf($p: ID!, $first: Int, $after: String) {
    tieSuggestions(personId: $p, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ...EvidenceApiSuggestion } } }
  }
`);
const IN_TERRITORY = graphql(`
  query EvidenceApiInTerritory($t: ID!) { tieSuggestions(scope: { territoryId: $t }, minConfidence: 0.5) { totalCount edges { node { fromId toId confidence } } } }
`);
const WITHIN = graphql(`
  query EvidenceApiWithin($i: ID!, $within: Boolean) { tieSuggestions(scope: { institutionId: $i }, withinScope: $within, first: 500) { totalCount nodes { fromId toId } } }
`);
const WITHIN_NO_SCOPE = graphql(`query EvidenceApiWithinNoScope { tieSuggestions(withinScope: true) { totalCount } }`);
const COUNT_OF = graphql(`query EvidenceApiCountOf($p: ID!) { tieSuggestions(personId: $p) { totalCount nodes { id } } }`);
const ACCEPT = graphql(`
  mutation EvidenceApiAccept($id: ID!, $strength: Float) {
    acceptTieSuggestion(id: $id, strength: $strength) { ok errors { field message } tie { type strength basis confidence source works { id } } }
  }
`);
const REJECT = graphql(`mutation EvidenceApiReject($id: ID!, $reason: String) { rejectTieSuggestion(id: $id, reason: $reason) { ok id errors { field message } } }`);
const DECIDED = graphql(`query EvidenceApiDecided($id: ID!) { tieSuggestion(id: $id) { status rejectReason decidedBy { id } } }`);
const PERSON_EVIDENCE = graphql(`
  query EvidenceApiPerson($p: ID!) {
    person(id: $p) {
      orcid evidence { ...EvidenceApiWork } talks { id title person { id } }
      scientificStanding { raw level publications seniorPublications trialsLed talks evidence { description work { id } } }
    }
  }
`);
const POWER = graphql(`
  query EvidenceApiPower($t: ID!) { balanceOfPower(scope: { territoryId: $t }) { ranking { person { id } explanation { factor weight value evidence { description source } } } } }
`);
const QUEUE = graphql(`
  query EvidenceApiQueue($s: String, $st: UnmatchedStatus) {
    unmatchedPeople(search: $s, status: $st) { totalCount nodes { id name workCount affiliations candidates { person { id } score } works { ...EvidenceApiWork } } }
  }
`);
const CREATE = graphql(`
  mutation EvidenceApiCreate($id: ID!, $input: PersonInput!) {
    createPersonFromUnmatched(id: $id, input: $input) { ok errors { field message } person { id name evidence { id } } unmatched { status } openSuggestions }
  }
`);
const CREATE_AT = graphql(`
  mutation EvidenceApiCreateAt($id: ID!, $input: PersonInput!, $institutionId: ID, $position: String) {
    createPersonFromUnmatched(id: $id, input: $input, institutionId: $institutionId, position: $position) {
      ok errors { field message } person { id name orcid positions { title institution { id } } evidence { id } } unmatched { status }
    }
  }
`);
const MERGE = graphql(`mutation EvidenceApiMerge($id: ID!, $p: ID!) { mergeUnmatchedPerson(id: $id, personId: $p) { ok errors { field message } person { id evidence { id } } } }`);
const IGNORE = graphql(`mutation EvidenceApiIgnore($id: ID!, $reason: String) { ignoreUnmatchedPerson(id: $id, reason: $reason) { ok unmatched { status } } }`);
const STATUS = graphql(`query EvidenceApiStatus($id: ID!) { tieSuggestion(id: $id) { status } }`);
void WORK;
void SUGGESTION;

/** A publication's PMID or a trial's NCT id. */
const workKey = (w: { __typename: string; pmid?: string; nctId?: string }) => w.pmid ?? w.nctId;

describe('evidence through the API', () => {
  const driver = useTestDriver();
  const api = useTestApi(driver);
  const tag = letterTag();
  const prefix = uniquePrefix('eva');
  const id = (name: string) => `${prefix}-${name}`;
  let ids: Record<string, string> = {};
  let dir = '';
  let territoryId = '';

  beforeAll(async () => {
    const copy = evidenceFixtureCopy(tag);
    ids = copy.ids;
    dir = copy.dir;
    ({ territoryId } = await seedEvidencePeople(driver, tag, prefix, ids.orcid!));
    const report = await importEvidence(testDb(driver), [dir], { today: TODAY, areas });
    expect(report.files.every((f) => f.error === null)).toBe(true);
  });

  async function suggestionsOf(personId: string, page: { first?: number; after?: string } = {}, acceptLanguage?: string) {
    const { data, errors } = await api.query(SUGGESTIONS_OF, { p: personId, ...page }, acceptLanguage ? { acceptLanguage } : {});
    expect(errors).toBeUndefined();
    return data!.tieSuggestions;
  }

  it('lists a person\'s suggestions, most confident first, with the works and reasons behind each', async () => {
    const page = await suggestionsOf(id('joao'));
    const nodes = page.edges.map((e) => e.node);
    expect(page.totalCount).toBe(5);
    expect(nodes.map((n) => n.confidence)).toEqual([...nodes.map((n) => n.confidence)].sort((a, b) => b - a));
    const influence = nodes.find((n) => n.type === 'INFLUENCES' && n.fromId === id('joao') && n.toId === id('ana'))!;
    expect(influence).toMatchObject({ basis: 'SCIENCE', status: 'OPEN', confidence: 1 });
    expect(influence.reasons.map((r) => [r.code, r.count, r.message])).toEqual([
      ['SENIOR_AUTHOR_OVER_FIRST_AUTHOR', 2, 'senior author of 2 publications they wrote first'],
      ['PRINCIPAL_INVESTIGATOR_OVER_SITE_INVESTIGATOR', 1, 'led 1 trial where they investigated at a site'],
    ]);
    // The reasons in the reader's language, the codes as they are.
    const inBrazil = (await suggestionsOf(id('joao'), {}, 'pt-BR')).edges.map((e) => e.node).find((n) => n.id === influence.id)!;
    expect(inBrazil.reasons.map((r) => [r.code, r.message])).toEqual([
      ['SENIOR_AUTHOR_OVER_FIRST_AUTHOR', 'autor sênior de 2 publicações que o outro escreveu como primeiro autor'],
      ['PRINCIPAL_INVESTIGATOR_OVER_SITE_INVESTIGATOR', 'liderou 1 estudo clínico em que o outro pesquisou em um centro'],
    ]);
    expect(influence.works.map(workKey).sort()).toEqual([ids.nct1, ids.pmid2, ids.pmid3].sort());
    const knows = nodes.find((n) => n.type === 'KNOWS' && [n.fromId, n.toId].includes(id('ana')))!;
    expect(knows.works.map((w) => w.__typename).sort()).toEqual(['Publication', 'Publication', 'Publication', 'Publication', 'Talk', 'Talk', 'Trial']);
    expect(knows.works.find((w) => workKey(w) === ids.pmid1)).toMatchObject({ url: `https://pubmed.ncbi.nlm.nih.gov/${ids.pmid1}/`, date: '2025-02-14' });

    const first = await suggestionsOf(id('joao'), { first: 2 });
    expect(first.edges).toHaveLength(2);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const rest = await suggestionsOf(id('joao'), { first: 10, after: first.pageInfo.endCursor! });
    expect([...first.edges, ...rest.edges].map((e) => e.node.id)).toEqual(page.edges.map((e) => e.node.id));
  });

  it('shows a territory\'s suggestions to its KAM, and refuses another territory\'s KAM', async () => {
    const mine = await api.query(IN_TERRITORY, { t: territoryId }, { as: id('kam') });
    expect(mine.errors).toBeUndefined();
    expect(mine.data!.tieSuggestions.totalCount).toBeGreaterThan(0);
    expect(mine.data!.tieSuggestions.edges.every((e) => e.node.confidence >= 0.5)).toBe(true);
    const other = await api.query(IN_TERRITORY, { t: territoryId }, { as: id('other-kam') });
    expect(other.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const byPerson = await api.query(COUNT_OF, { p: id('joao') }, { as: id('other-kam') });
    expect(byPerson.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('gives the suggestions between two people of a scope (the map\'s), or those touching it', async () => {
    const ward = id('santa-maria');
    const touching = await api.query(WITHIN, { i: ward, within: false });
    const within = await api.query(WITHIN, { i: ward, within: true });
    expect(touching.errors).toBeUndefined();
    expect(within.errors).toBeUndefined();
    const people = new Set([id('joao'), id('ana')]);
    const inside = within.data!.tieSuggestions.nodes;
    expect(inside.length).toBeGreaterThan(0);
    expect(inside.every((s) => people.has(s.fromId) && people.has(s.toId))).toBe(true);
    expect(within.data!.tieSuggestions.totalCount).toBe(inside.length);
    // Beatriz works elsewhere: her suggestions with João touch the ward, they are not within it.
    const across = touching.data!.tieSuggestions.nodes.filter((s) => !people.has(s.fromId) || !people.has(s.toId));
    expect(across.some((s) => [s.fromId, s.toId].includes(id('beatriz')))).toBe(true);
    expect(touching.data!.tieSuggestions.totalCount).toBe(inside.length + across.length);
    const bare = await api.query(WITHIN_NO_SCOPE, {});
    expect(bare.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(bare.errors?.[0]?.message).toMatch(/withinScope/);
  });

  it('creates a person at a workplace from a name, with field errors for what the form can fix', async () => {
    const { data } = await api.query(QUEUE, { s: `silva${tag}`, st: 'PENDING' });
    const silva = data!.unmatchedPeople.nodes[0]!;
    expect(silva.name).toMatch(new RegExp(`^Silva${tag}`));
    const input = { name: `Dr. Marta Silva${tag}`, category: 'DOCTOR' as const };
    // A KAM without a territory, and an institution that does not exist: both named, nothing written.
    const refused = await api.query(CREATE_AT, { id: silva.id, input, institutionId: id('nowhere') }, { as: id('kam') });
    expect(refused.errors).toBeUndefined();
    expect(refused.data!.createPersonFromUnmatched.ok).toBe(false);
    expect(refused.data!.createPersonFromUnmatched.errors.map((e) => e.field).sort()).toEqual(['input.territoryId', 'institutionId']);
    // Another territory's KAM may not place them at this hospital.
    const foreign = await api.query(CREATE_AT, { id: silva.id, input: { ...input, territoryId }, institutionId: id('santa-maria') }, { as: id('other-kam') });
    expect(foreign.data!.createPersonFromUnmatched.errors.map((e) => e.field)).toEqual(['institutionId']);
    const blank = await api.query(CREATE_AT, { id: silva.id, input: { ...input, name: ' ', territoryId } }, { as: id('kam') });
    expect(blank.data!.createPersonFromUnmatched.errors.map((e) => e.field)).toEqual(['input.name']);
    expect((await api.query(QUEUE, { s: `silva${tag}`, st: 'PENDING' })).data!.unmatchedPeople.totalCount).toBe(1);

    const made = await api.query(CREATE_AT, { id: silva.id, input: { ...input, territoryId }, institutionId: id('santa-maria'), position: 'Cardiologist' }, { as: id('kam') });
    expect(made.errors).toBeUndefined();
    const payload = made.data!.createPersonFromUnmatched;
    expect(payload).toMatchObject({ ok: true, unmatched: { status: 'CREATED' }, person: { name: `Dr. Marta Silva${tag}`, positions: [{ title: 'Cardiologist', institution: { id: id('santa-maria') } }] } });
    expect(payload.person!.evidence.length).toBeGreaterThan(0);
    expect((await api.query(QUEUE, { s: `silva${tag}`, st: 'PENDING' })).data!.unmatchedPeople.totalCount).toBe(0);
  });

  it('accepts a suggestion as a tie whose source names the works, and rejects one for good, even on re-import', async () => {
    const nodes = (await suggestionsOf(id('joao'))).edges.map((e) => e.node);
    const influence = nodes.find((n) => n.type === 'INFLUENCES' && n.toId === id('ana'))!;
    const accepted = await api.query(
      ACCEPT,
      { id: influence.id, strength: 0.7 },
      { as: id('kam') },
    );
    expect(accepted.errors).toBeUndefined();
    expect(accepted.data!.acceptTieSuggestion).toMatchObject({ ok: true, tie: { type: 'INFLUENCES', strength: 0.7, basis: 'SCIENCE', confidence: 1 } });
    const tie = accepted.data!.acceptTieSuggestion.tie!;
    expect(tie.source!.split(';').sort()).toEqual([`pmid-${ids.pmid2}`, `pmid-${ids.pmid3}`, `trial-${ids.nct1}`].sort());
    expect(tie.works.map((w) => w.id).sort()).toEqual(tie.source!.split(';').sort());

    const again = await api.query(
      ACCEPT,
      { id: influence.id },
    );
    expect(again.data!.acceptTieSuggestion).toEqual({ ok: false, errors: [{ field: 'id', message: 'is accepted, not open' }], tie: null });
    const badStrength = await api.query(
      ACCEPT,
      { id: nodes.find((n) => n.status === 'OPEN' && n.id !== influence.id)!.id, strength: 2 },
    );
    expect(badStrength.data!.acceptTieSuggestion).toMatchObject({ ok: false, errors: [{ field: 'strength' }] });
    const missing = await api.query(ACCEPT, { id: 'suggestion-none' });
    expect(missing.data!.acceptTieSuggestion).toMatchObject({ ok: false, errors: [{ field: 'id' }] });

    const knows = nodes.find((n) => n.type === 'KNOWS' && [n.fromId, n.toId].includes(id('beatriz')))!;
    const rejected = await api.query(
      REJECT,
      { id: knows.id, reason: 'They only met once' },
      { as: id('kam') },
    );
    expect(rejected.data!.rejectTieSuggestion).toEqual({ ok: true, id: knows.id, errors: [] });

    await importEvidence(testDb(driver), [dir], { today: TODAY, areas });
    const open = (await suggestionsOf(id('joao'))).edges.map((e) => e.node.id);
    expect(open).not.toContain(knows.id);
    expect(open).not.toContain(influence.id);
    const decided = await api.query(
      DECIDED,
      { id: knows.id },
    );
    expect(decided.data!.tieSuggestion).toEqual({ status: 'REJECTED', rejectReason: 'They only met once', decidedBy: { id: id('kam') } });
    const { records } = await driver.executeQuery(`MATCH (:Person {id: $a})-[r:KNOWS]-(:Person {id: $b}) RETURN count(r) AS n`, { a: knows.fromId, b: knows.toId }, { database: DATABASE });
    expect(records[0]!.get('n')).toBe(0);
  });

  it('gives a person their evidence, newest first, and a standing whose lines name the works', async () => {
    const { data, errors } = await api.query(
      PERSON_EVIDENCE,
      { p: id('joao') },
    );
    expect(errors).toBeUndefined();
    const person = data!.person!;
    expect(person.orcid).toBe(ids.orcid);
    const dates = person.evidence.map((w) => w.date ?? '');
    expect(dates).toEqual([...dates].sort().reverse());
    expect(person.evidence.map((w) => w.__typename).sort()).toEqual(['Publication', 'Publication', 'Publication', 'Publication', 'Talk', 'Talk', 'Trial']);
    expect(person.talks.map((t) => t.title).sort()).toEqual(['Heart failure: what changed', 'Tenders and formularies']);
    const standing = person.scientificStanding;
    expect(standing).toMatchObject({ publications: 4, seniorPublications: 2, trialsLed: 1, talks: 2 });
    expect(standing.raw).toBeGreaterThan(0);
    expect(standing.evidence[0]!.description).toBe(`principal investigator of ${ids.nct1} (2024)`);
    expect(standing.evidence.map((e) => e.description)).toContain(`senior author of PMID ${ids.pmid2} (2024)`);
  });

  it('makes scientific standing a factor of the balance of power, naming the works', async () => {
    const { data, errors } = await api.query(
      POWER,
      { t: territoryId },
    );
    expect(errors).toBeUndefined();
    const joao = data!.balanceOfPower.ranking.find((r) => r.person.id === id('joao'))!;
    expect(joao.explanation.map((f) => f.factor)).toEqual(['FORMAL', 'INFLUENCE', 'BROKERAGE', 'STANDING']);
    const standing = joao.explanation.find((f) => f.factor === 'STANDING')!;
    expect(standing).toMatchObject({ weight: 0.15, value: 1 });
    expect(standing.evidence[0]).toEqual({ description: `principal investigator of ${ids.nct1} (2024)`, source: `trial-${ids.nct1}` });
    expect(joao.explanation.find((f) => f.factor === 'FORMAL')!.weight).toBeCloseTo(0.34, 10);
  });

  it('creates, merges and ignores unmatched names; the decisions hold on re-import', async () => {
    const queue = async (search: string, status: 'PENDING' | 'IGNORED' = 'PENDING') => {
      const { data, errors } = await api.query(
        QUEUE,
        { s: search, st: status },
      );
      expect(errors).toBeUndefined();
      return data!.unmatchedPeople;
    };
    const muller = (await queue(`muller${tag}`)).nodes;
    expect(muller).toHaveLength(1);
    expect(muller[0]).toMatchObject({ name: `Müller${tag}, Hans`, workCount: 2, candidates: [] });
    expect(muller[0]!.works.map((w) => w.__typename).sort()).toEqual(['Publication', 'Talk']);

    const created = await api.query(
      CREATE,
      { id: muller[0]!.id, input: { name: `Prof. Hans Müller${tag}`, category: 'KOL', territoryId } },
      { as: id('kam') },
    );
    expect(created.errors).toBeUndefined();
    const made = created.data!.createPersonFromUnmatched;
    expect(made).toMatchObject({ ok: true, unmatched: { status: 'CREATED' } });
    expect(made.person!.evidence.map((w) => w.id)).toContain(`pmid-${ids.pmid1}`);
    expect(made.openSuggestions).toBeGreaterThan(0);

    // `Ribeiro, A` (an old record without affiliation) is Ana: merge.
    const ribeiro = (await queue(`ribeiro${tag}`)).nodes;
    expect(ribeiro[0]!.candidates.map((c) => c.person.id)).toEqual([id('ana')]);
    const merged = await api.query(
      MERGE,
      { id: ribeiro[0]!.id, p: id('ana') },
    );
    expect(merged.data!.mergeUnmatchedPerson.ok).toBe(true);
    expect(merged.data!.mergeUnmatchedPerson.person!.evidence.map((w) => w.id)).toContain(`pmid-${ids.pmidMedline2}`);

    const goncalves = (await queue(`goncalves${tag}`)).nodes;
    const ignored = await api.query(
      IGNORE,
      { id: goncalves[0]!.id, reason: 'a coordinator' },
    );
    expect(ignored.data!.ignoreUnmatchedPerson).toEqual({ ok: true, unmatched: { status: 'IGNORED' } });
    expect((await queue(`goncalves${tag}`)).totalCount).toBe(0);
    expect((await queue(`goncalves${tag}`, 'IGNORED')).totalCount).toBe(1);
    const twice = await api.query(
      MERGE,
      { id: ribeiro[0]!.id, p: id('ana') },
    );
    expect(twice.data).toMatchObject({ mergeUnmatchedPerson: { ok: false, errors: [{ field: 'id' }] } });

    const report = await importEvidence(testDb(driver), [dir], { today: TODAY, areas });
    expect(report.files.reduce((n, f) => n + f.newNames, 0)).toBe(0);
    expect((await queue(`muller${tag}`)).totalCount).toBe(0);
    expect((await queue(`ribeiro${tag}`)).totalCount).toBe(0);
    const { records } = await driver.executeQuery(
      `MATCH (p:Person {id: $p})-[:AUTHORED]->(w:Publication) RETURN count(w) AS n`,
      { p: made.person!.id },
      { database: DATABASE },
    );
    expect(records[0]!.get('n')).toBe(1);
  });

  it('keeps a strategist out of decisions', async () => {
    const { data } = await api.query(COUNT_OF, { p: id('joao') });
    await driver.executeQuery(`MERGE (u:Entity:User {id: $id}) SET u.name = 'Strategist', u.role = 'strategist'`, { id: id('strategist') }, { database: DATABASE });
    const refused = await api.query(REJECT, { id: data!.tieSuggestions.nodes[0]!.id }, { as: id('strategist') });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const still = await api.query(STATUS, { id: data!.tieSuggestions.nodes[0]!.id });
    expect(still.data!.tieSuggestion!.status).toBe('OPEN');
  });
});
