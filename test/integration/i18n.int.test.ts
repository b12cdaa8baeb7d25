import { beforeAll, describe, expect, it } from 'vitest';
import { importFolder } from '../../server/src/modules/import-export/import-folder.js';
import { graphql } from './gql/index.js';
import { useTestApi } from './support/api.js';
import { writeCsvFolder } from './support/csv-folder.js';
import { testDb, uniquePrefix, useTestDriver } from './support/database.js';

const AS_OF = '2026-11-27';

const EXPLAINED = graphql(`
  query I18nExplained($c: ID!, $d: Date) {
    balanceOfPower(scope: { committeeId: $c }, asOf: $d) { ranking { person { id } explanation { factor evidence { description } } } }
  }
`);
const ADVICE = graphql(`
  query I18nAdvice($x: ID!) { decisionGroup(tenderId: $x) { roles { role weighs advice } } }
`);
const SUMMARIES = graphql(`
  query I18nSummaries($t: ID!) { changes(scope: { territoryId: $t }, since: "2026-10-01", kinds: [TIE_STARTED]) { nodes { kind summary } } }
`);
const DIRECTIVE = graphql(`
  query I18nDirective($x: ID!) @locale(is: PT_BR) { decisionGroup(tenderId: $x) { roles { role advice } } }
`);
const ME = graphql(`query I18nMe { me { locale } }`);

/** A committee that drafts a tender: Ana chairs it and decides, Bruno sits on it, Eva sways Ana, Gil newly sways Bruno. */
function graph(p: string) {
  const id = (s: string) => `${p}-${s}`;
  const person = (s: string, name: string) => ({ id: id(s), type: 'Person', name });
  const nodes = [
    { id: id('terr'), type: 'Territory', name: `Lingua ${p}` },
    { id: id('hosp'), type: 'Institution', name: 'Lingua Hospital', kind: 'hospital' },
    { id: id('C'), type: 'Committee', name: 'Lingua Committee' },
    { id: id('X'), type: 'Tender', name: 'Lingua tender', date: '2027-08-01' },
    { id: id('U'), type: 'User', name: 'Kim Kam', role: 'kam' },
    person('A', 'Ana Chair'),
    person('B', 'Bruno Member'),
    person('E', 'Eva Adviser'),
    person('G', 'Gil Newcomer'),
  ];
  const tie = (from: string, to: string, type: string, extra: Record<string, string | number | boolean> = {}) => ({ from: id(from), to: id(to), type, ...extra });
  const ties = [
    tie('hosp', 'terr', 'LOCATED_IN'),
    tie('C', 'hosp', 'PART_OF'),
    tie('C', 'X', 'DRAFTS'),
    ...['A', 'B', 'E', 'G'].map((s) => tie(s, 'hosp', 'WORKS_AT', { position: 'Physician' })),
    tie('A', 'C', 'MEMBER_OF', { role: 'chair' }),
    tie('B', 'C', 'MEMBER_OF', { role: 'member' }),
    tie('E', 'A', 'INFLUENCES', { strength: 0.8, basis: 'science' }),
    tie('G', 'B', 'INFLUENCES', { strength: 0.5, basis: 'personal', since: '2026-11-01' }),
    tie('U', 'B', 'RELATES', { stage: 'contact' }),
    tie('A', 'X', 'ROLE_IN', { role: 'decision_maker' }),
    tie('B', 'X', 'ROLE_IN', { role: 'financial_evaluator' }),
  ];
  return { nodes, ties, id };
}

describe('answers in the request language', () => {
  const driver = useTestDriver();
  const api = useTestApi(driver);
  const p = uniquePrefix('i18n');
  const { nodes, ties, id } = graph(p);

  beforeAll(async () => {
    await importFolder(testDb(driver), writeCsvFolder(nodes, ties));
  });

  async function explained(acceptLanguage?: string) {
    const { data, errors } = await api.query(EXPLAINED, { c: id('C'), d: AS_OF }, acceptLanguage ? { acceptLanguage } : {});
    expect(errors).toBeUndefined();
    return data!.balanceOfPower.ranking.flatMap((r) => r.explanation.flatMap((f) => f.evidence.map((e) => e.description)));
  }

  it('words score explanations in English, Portuguese of Portugal and of Brazil, without mixing them through the response cache', async () => {
    // Asked twice each, interleaved: the second asks are answered by the response cache.
    const runs = [];
    for (const language of [undefined, 'pt-PT', 'pt-BR', 'en-GB', undefined, 'pt-PT,en;q=0.5', 'pt-br']) runs.push(await explained(language));
    const [none, pt, br, en, none2, pt2, br2] = runs;
    expect(none).toContain('chair of Lingua Committee');
    expect(none).toContain('decision maker in Lingua tender');
    expect(none).toContain('Physician at Lingua Hospital');
    expect(pt).toEqual(['presidente de Lingua Committee', 'decisor em Lingua tender', 'Physician em Lingua Hospital', 'avaliador financeiro em Lingua tender', 'membro de Lingua Committee', 'Physician em Lingua Hospital']);
    expect(br).toContain('presidente de Lingua Committee');
    expect(en).toEqual(none);
    expect(none2).toEqual(none);
    expect(pt2).toEqual(pt);
    expect(br2).toEqual(br);
    expect(pt).not.toEqual(none);
  });

  it('words the advice per decision-group role, and honours @locale over the header', async () => {
    const ask = async (acceptLanguage?: string) => {
      const { data, errors } = await api.query(ADVICE, { x: id('X') }, acceptLanguage ? { acceptLanguage } : {});
      expect(errors).toBeUndefined();
      return new Map(data!.decisionGroup.roles.map((r) => [r.role, r]));
    };
    const en = await ask();
    const pt = await ask('pt-PT');
    const br = await ask('pt-BR');
    expect(en.get('FINANCIAL_EVALUATOR')).toEqual({
      role: 'FINANCIAL_EVALUATOR',
      weighs: ['numbers', 'detail'],
      advice: 'Financial evaluator only at stage contact: assign an owner and plan a warm introduction; the proposal should speak to numbers, detail.',
    });
    expect(pt.get('FINANCIAL_EVALUATOR')?.advice).toBe(
      'Avaliador financeiro só na fase contacto: atribua um responsável e planeie uma apresentação calorosa; a proposta deve falar de números, pormenor.',
    );
    expect(br.get('FINANCIAL_EVALUATOR')?.advice).toBe(
      'Avaliador financeiro só na fase contato: atribua um responsável e planeje uma apresentação calorosa; a proposta deve falar de números, detalhe.',
    );
    expect(pt.get('SPECIFICATION_AUTHOR')?.advice).toMatch(/^Não se conhece ninguém como autor do caderno de encargos:/);
    expect(br.get('SPECIFICATION_AUTHOR')?.advice).toMatch(/^Não se conhece ninguém como autor do termo de referência:/);
    // Enum values stay English in every language.
    expect([...pt.keys()]).toEqual([...en.keys()]);

    const { data, errors } = await api.query(DIRECTIVE, { x: id('X') }, { acceptLanguage: 'en' });
    expect(errors).toBeUndefined();
    const roles = new Map(data!.decisionGroup.roles.map((r) => [r.role, r.advice]));
    expect(roles.get('FINANCIAL_EVALUATOR')).toBe(br.get('FINANCIAL_EVALUATOR')?.advice);
    expect((await api.query(ME, {}, { acceptLanguage: 'pt-AO' })).data?.me.locale).toBe('PT_PT');
    expect((await api.query(ME)).data?.me.locale).toBe('EN');
  });

  it('words change summaries in the request language', async () => {
    const ask = async (acceptLanguage?: string) => {
      const { data, errors } = await api.query(SUMMARIES, { t: id('terr') }, acceptLanguage ? { acceptLanguage } : {});
      expect(errors).toBeUndefined();
      return data!.changes.nodes.map((n) => n.summary);
    };
    expect(await ask()).toContain('Gil Newcomer now influences Bruno Member (strength 0.50, personal)');
    expect(await ask('pt-PT')).toContain('Gil Newcomer influencia agora Bruno Member (força 0,50, pessoal)');
    expect(await ask('pt-BR')).toContain('Gil Newcomer influencia agora Bruno Member (força 0,50, pessoal)');
    expect(await ask()).toContain('Gil Newcomer now influences Bruno Member (strength 0.50, personal)');
  });
});
