import { beforeAll, describe, expect, it } from 'vitest';
import { importFolder } from '../../server/src/modules/import-export/import-folder.js';
import { graphql } from './gql/index.js';
import { useTestApi, type GraphQLResponse } from './support/api.js';
import { writeCsvFolder } from './support/csv-folder.js';
import { DATABASE, testDb, uniquePrefix, useTestDriver } from './support/database.js';

const AS_OF = '2026-11-27';

const COMMITTEE_POWER = graphql(`
  query QuestionsCommitteePower($c: ID!, $d: Date) {
    balanceOfPower(scope: { committeeId: $c }, asOf: $d) { peopleInScope ranking { rank score person { name } explanation { factor value weight evidence { description } } } }
  }
`);
const BALANCE = graphql(`
  query QuestionsBalance($t: ID!, $d: Date, $w: [ID!]) {
    balanceOfPower(scope: { territoryId: $t }, asOf: $d, without: $w) {
      peopleInScope
      ranking { person { id } }
      coalitions { members { id } lean leaning }
      whatMayChange { endingTerms { person { name } kind role at until } newTies { from { name } to { name } strength since } }
    }
  }
`);
const SPEC_SHAPERS = graphql(`
  query QuestionsSpecShapers($x: ID!, $h: Int, $d: Date, $w: [ID!]) {
    specShapers(tenderId: $x, maxHops: $h, asOf: $d, without: $w) { person { name } score hops pathStrength path { name } drafter { name } drafterRole ourStage stance }
  }
`);
const PATHS = graphql(`
  query QuestionsPaths($f: ID!, $t: ID!, $d: Date) {
    introductionPaths(fromId: $f, toId: $t, maxHops: 4, first: 3, asOf: $d) { strength tieTypes people { name } introducer { name } viaUser { name } }
  }
`);
const DECISION_GROUP = graphql(`
  query QuestionsDecisionGroup($x: ID!) {
    decisionGroup(tenderId: $x) { coverage uncoveredRoles roles { role covered bestStage weighs members { person { name } stage contact { name } } } }
  }
`);
const COMPETITORS = graphql(`
  query QuestionsCompetitors($t: ID!) {
    competitorActivity(scope: { territoryId: $t }, first: 50) { person { name } rank towardUs towardCompetitors competitorStances { towardName value } }
  }
`);
const NO_SCOPE = graphql(`query QuestionsNoScope { balanceOfPower(scope: {}) { peopleInScope } }`);
const COMMITTEE_SCOPE = graphql(`query QuestionsCommitteeScope($t: ID!) { balanceOfPower(scope: { committeeId: $t }) { peopleInScope } }`);
const TOO_MANY_HOPS = graphql(`query QuestionsTooManyHops($x: ID!) { specShapers(tenderId: $x, maxHops: 7) { score } }`);
const TO_NOBODY = graphql(`query QuestionsToNobody($x: ID!) { introductionPaths(fromId: $x, toId: "nobody") { strength } }`);
const BAD_DATE = graphql(`query QuestionsBadDate($x: ID!) { decisionGroup(tenderId: $x, asOf: "2026-13-01") { coverage } }`);
const NONE_FIRST = graphql(`query QuestionsNoneFirst($t: ID!) { competitorActivity(scope: { territoryId: $t }, first: 0) { rank } }`);

/**
 * A small territory whose answers can be checked by hand:
 *   committee C (drafts tender X): A chair (term ends 2027-03-01), B member; D drafts X directly.
 *   influence: K -0.9-> F -0.9-> E -0.9-> A;  G -0.5-> B (new: since 2026-10-01);  H -0.3-> D
 *   contacts:  A -KNOWS 0.9 (since 2025-01-01)-> Z -KNOWS 0.9-> T;  A -KNOWS 0.5-> T;
 *              A -KNOWS 0.99-> O -KNOWS 0.99-> T, but O opted out;  user U relates to A (loyalty), B (contact).
 *   decision group of X: A decision_maker, B financial_evaluator, D specification_author.
 */
function handGraph(p: string) {
  const id = (s: string) => `${p}-${s}`;
  const person = (s: string, name: string, extra: Record<string, string | boolean> = {}) => ({ id: id(s), type: 'Person', name, ...extra });
  const nodes = [
    { id: id('terr'), type: 'Territory', name: `Hand Valley ${p}` },
    { id: id('hosp'), type: 'Institution', name: 'Hand Hospital', kind: 'hospital' },
    { id: id('min'), type: 'Institution', name: 'Hand Ministry', kind: 'health_authority' },
    { id: id('ours'), type: 'Institution', name: 'Our Pharma', kind: 'company', ours: true },
    { id: id('rival'), type: 'Institution', name: 'Rival Pharma', kind: 'company', competitor: true },
    { id: id('C'), type: 'Committee', name: 'Hand Formulary Committee' },
    { id: id('X'), type: 'Tender', name: 'Hand insulin tender', date: '2027-08-01' },
    { id: id('U'), type: 'User', name: 'Kim Kam', role: 'kam' },
    person('A', 'Ana Chair'),
    person('B', 'Bruno Member'),
    person('D', 'Dora Author'),
    person('E', 'Eva Adviser'),
    person('F', 'Fabio Mentor'),
    person('K', 'Kurt Grandmentor'),
    person('G', 'Gil Newcomer'),
    person('H', 'Hugo Weak'),
    person('Z', 'Zoe Bridge'),
    person('T', 'Tara Target'),
    person('O', 'Otto Optout', { optedOut: true }),
  ];
  const tie = (from: string, to: string, type: string, extra: Record<string, string | number | boolean> = {}) => ({ from: id(from), to: id(to), type, ...extra });
  const ties = [
    tie('hosp', 'terr', 'LOCATED_IN'),
    tie('min', 'terr', 'LOCATED_IN'),
    tie('C', 'hosp', 'PART_OF'),
    tie('min', 'X', 'ISSUES'),
    tie('C', 'X', 'DRAFTS'),
    tie('D', 'X', 'DRAFTS'),
    ...['A', 'B', 'D', 'E', 'F', 'K', 'G', 'H'].map((s) => tie(s, 'hosp', 'WORKS_AT', { position: s === 'A' ? 'Chief Physician' : 'Physician', head: s === 'A' })),
    ...['Z', 'T', 'O'].map((s) => tie(s, 'terr', 'LOCATED_IN')),
    tie('A', 'C', 'MEMBER_OF', { role: 'chair', since: '2023-03-01', until: '2027-03-01' }),
    tie('B', 'C', 'MEMBER_OF', { role: 'member', since: '2023-03-01', until: '2029-03-01' }),
    tie('E', 'A', 'INFLUENCES', { strength: 0.9, basis: 'science' }),
    tie('F', 'E', 'INFLUENCES', { strength: 0.9, basis: 'mentorship' }),
    tie('K', 'F', 'INFLUENCES', { strength: 0.9, basis: 'mentorship' }),
    tie('G', 'B', 'INFLUENCES', { strength: 0.5, basis: 'personal', since: '2026-10-01' }),
    tie('H', 'D', 'INFLUENCES', { strength: 0.3, basis: 'hierarchy' }),
    tie('A', 'Z', 'KNOWS', { strength: 0.9, since: '2025-01-01' }),
    tie('Z', 'T', 'KNOWS', { strength: 0.9 }),
    tie('A', 'T', 'KNOWS', { strength: 0.5 }),
    tie('A', 'O', 'KNOWS', { strength: 0.99 }),
    tie('O', 'T', 'KNOWS', { strength: 0.99 }),
    tie('U', 'A', 'RELATES', { stage: 'loyalty' }),
    tie('U', 'B', 'RELATES', { stage: 'contact' }),
    tie('U', 'A', 'OWNS'),
    tie('A', 'ours', 'STANCE', { value: 2, toward: id('ours') }),
    tie('G', 'rival', 'STANCE', { value: 2, toward: id('rival') }),
    tie('A', 'X', 'ROLE_IN', { role: 'decision_maker' }),
    tie('B', 'X', 'ROLE_IN', { role: 'financial_evaluator' }),
    tie('D', 'X', 'ROLE_IN', { role: 'specification_author' }),
  ];
  return { nodes, ties, id };
}

describe('the questions, on an imported hand-checkable territory', () => {
  const driver = useTestDriver();
  const api = useTestApi(driver);
  const p = uniquePrefix('q');
  const { nodes, ties, id } = handGraph(p);
  const name = (people: Array<{ name: string }>) => people.map((x) => x.name);

  beforeAll(async () => {
    await importFolder(testDb(driver), writeCsvFolder(nodes, ties));
  });

  it('ranks a committee by formal power and explains it', async () => {
    const { data, errors } = await api.query(COMMITTEE_POWER, { c: id('C'), d: AS_OF });
    expect(errors).toBeUndefined();
    const { ranking, peopleInScope } = data!.balanceOfPower;
    expect(peopleInScope).toBe(2);
    expect(ranking.map((r) => [r.rank, r.person.name])).toEqual([[1, 'Ana Chair'], [2, 'Bruno Member']]);
    const formal = ranking[0]!.explanation.find((f) => f.factor === 'FORMAL')!;
    expect(formal).toMatchObject({ value: 1, weight: 0.4 });
    expect(formal.evidence.map((e) => e.description)).toEqual(
      expect.arrayContaining([expect.stringMatching(/chair of Hand Formulary Committee/), expect.stringMatching(/Chief Physician at Hand Hospital/)]),
    );
    expect(ranking[0]!.explanation.map((f) => f.factor)).toEqual(['FORMAL', 'INFLUENCE', 'BROKERAGE']);
  });

  it('says what may change and how the balance shifts without a person', async () => {
    const full = await api.query(BALANCE, { t: id('terr'), d: AS_OF });
    expect(full.errors).toBeUndefined();
    const bop = full.data!.balanceOfPower;
    expect(bop.peopleInScope).toBe(11);
    expect(bop.whatMayChange.endingTerms).toEqual([{ person: { name: 'Ana Chair' }, kind: 'COMMITTEE', role: 'chair', at: 'Hand Formulary Committee', until: '2027-03-01' }]);
    expect(bop.whatMayChange.newTies).toEqual([{ from: { name: 'Gil Newcomer' }, to: { name: 'Bruno Member' }, strength: 0.5, since: '2026-10-01' }]);
    const withAna = bop.coalitions.find((c) => c.members.some((m) => m.id === id('A')))!;
    expect(withAna.members.map((m) => m.id)).toEqual(expect.arrayContaining([id('A'), id('E')]));
    expect(withAna.leaning).toBe('US');
    const withGil = bop.coalitions.find((c) => c.members.some((m) => m.id === id('G')))!;
    expect(withGil.leaning).toBe('COMPETITORS');

    const without = await api.query(BALANCE, { t: id('terr'), d: AS_OF, w: [id('A')] });
    expect(without.data!.balanceOfPower.peopleInScope).toBe(10);
    expect(without.data!.balanceOfPower.ranking.map((r) => r.person.id)).not.toContain(id('A'));
    expect(without.data!.balanceOfPower.whatMayChange.endingTerms).toEqual([]);
  });

  it('finds spec shapers through the drafting committee, scored by role and path strength', async () => {
    const { data, errors } = await api.query(SPEC_SHAPERS, { x: id('X'), h: 3, d: AS_OF });
    expect(errors).toBeUndefined();
    const rows = data!.specShapers.map((s) => [s.person.name, Number(s.score.toFixed(3)), s.hops, name(s.path).join(' > ')]);
    expect(rows).toEqual([
      ['Ana Chair', 1, 0, 'Ana Chair'],
      ['Dora Author', 1, 0, 'Dora Author'],
      ['Eva Adviser', 0.9, 1, 'Eva Adviser > Ana Chair'],
      ['Fabio Mentor', 0.81, 2, 'Fabio Mentor > Eva Adviser > Ana Chair'],
      ['Kurt Grandmentor', 0.729, 3, 'Kurt Grandmentor > Fabio Mentor > Eva Adviser > Ana Chair'],
      ['Bruno Member', 0.6, 0, 'Bruno Member'],
      ['Gil Newcomer', 0.3, 1, 'Gil Newcomer > Bruno Member'],
      ['Hugo Weak', 0.3, 1, 'Hugo Weak > Dora Author'],
    ]);
    const ana = data!.specShapers[0]!;
    expect(ana).toMatchObject({ drafterRole: 'committee chair', ourStage: 'LOYALTY', stance: 2 });

    const twoHops = await api.query(SPEC_SHAPERS, { x: id('X'), h: 2, d: AS_OF });
    expect(twoHops.data!.specShapers.map((s) => s.person.name)).not.toContain('Kurt Grandmentor');
    const withoutEva = await api.query(SPEC_SHAPERS, { x: id('X'), h: 3, d: AS_OF, w: [id('E')] });
    expect(withoutEva.data!.specShapers.map((s) => s.person.name)).toEqual(['Ana Chair', 'Dora Author', 'Bruno Member', 'Gil Newcomer', 'Hugo Weak']);
  });

  it('ranks introduction paths by the product of strengths and never passes an opted-out person', async () => {
    const { data, errors } = await api.query(PATHS, { f: id('A'), t: id('T'), d: AS_OF });
    expect(errors).toBeUndefined();
    expect(data!.introductionPaths.map((x) => [name(x.people).join(' > '), Number(x.strength.toFixed(3))])).toEqual([
      ['Ana Chair > Zoe Bridge > Tara Target', 0.81],
      ['Ana Chair > Tara Target', 0.5],
    ]);
    expect(data!.introductionPaths[0]!.introducer).toEqual({ name: 'Zoe Bridge' });

    const fromUser = await api.query(PATHS, { f: id('U'), t: id('T'), d: AS_OF });
    expect(fromUser.data!.introductionPaths[0]).toMatchObject({
      viaUser: { name: 'Kim Kam' },
      tieTypes: ['RELATES', 'KNOWS', 'KNOWS'],
      people: [{ name: 'Ana Chair' }, { name: 'Zoe Bridge' }, { name: 'Tara Target' }],
    });
    expect(fromUser.data!.introductionPaths[0]!.strength).toBeCloseTo(0.8 * 0.81, 6);

    // Before A and Z met (2025-01-01) only the direct, weaker tie existed.
    const before = await api.query(PATHS, { f: id('A'), t: id('T'), d: '2024-12-01' });
    expect(before.data!.introductionPaths.map((x) => name(x.people).join(' > '))).toEqual(['Ana Chair > Tara Target']);
  });

  it('shows decision-group coverage with uncovered roles and what each role weighs', async () => {
    const { data, errors } = await api.query(DECISION_GROUP, { x: id('X') });
    expect(errors).toBeUndefined();
    const group = data!.decisionGroup;
    expect(group.coverage).toBeCloseTo(0.25);
    expect(group.uncoveredRoles).toEqual(['specification_author', 'financial_evaluator', 'technical_evaluator']);
    const dm = group.roles.find((r) => r.role === 'DECISION_MAKER')!;
    expect(dm).toMatchObject({ covered: true, bestStage: 'LOYALTY', members: [{ person: { name: 'Ana Chair' }, stage: 'LOYALTY', contact: { name: 'Kim Kam' } }] });
    expect(dm.weighs).toContain('exclusivity');
    expect(group.roles.find((r) => r.role === 'FINANCIAL_EVALUATOR')!.weighs).toContain('numbers');
    expect(group.roles.find((r) => r.role === 'TECHNICAL_EVALUATOR')!.members).toEqual([]);
  });

  it('names the powerful people who lean to competitors, with the stances behind it', async () => {
    const { data, errors } = await api.query(COMPETITORS, { t: id('terr') });
    expect(errors).toBeUndefined();
    // Gil favours Rival Pharma (2) and has no stance toward us; Ana favours us and is left out.
    expect(data!.competitorActivity).toEqual([
      expect.objectContaining({ person: { name: 'Gil Newcomer' }, towardUs: null, towardCompetitors: 2, competitorStances: [{ towardName: 'Rival Pharma', value: 2 }] }),
    ]);
    expect(data!.competitorActivity[0]!.rank).toBeGreaterThan(0);
  });

  it('rejects bad arguments with errors that name them', async () => {
    const cases: Array<[() => Promise<GraphQLResponse<unknown>>, RegExp]> = [
      [() => api.query(NO_SCOPE), /scope: give exactly one/],
      [() => api.query(COMMITTEE_SCOPE, { t: id('terr') }), /scope\.committeeId: no committee/],
      [() => api.query(TOO_MANY_HOPS, { x: id('X') }), /maxHops: must be a whole number from 0 to 6/],
      [() => api.query(TO_NOBODY, { x: id('A') }), /toId: no person/],
      [() => api.query(BAD_DATE, { x: id('X') }), /Date must be a calendar date/],
      [() => api.query(NONE_FIRST, { t: id('terr') }), /first: must be a whole number from 1 to 500/],
    ];
    for (const [ask, message] of cases) {
      const { errors } = await ask();
      expect(errors?.[0]?.message).toMatch(message);
      expect(JSON.stringify(errors)).not.toMatch(/stacktrace|at \w+ \(/);
    }
  });
});
