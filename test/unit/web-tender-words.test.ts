// The tender panel says in the locale what the API sends as English words: what a decision
// role weighs, how a drafter drafts, and what to do about a role. In English the web's advice
// is the server's, word for word; in Portuguese it is translated.
import { afterEach, describe, expect, it } from 'vitest';
import type { DecisionRole as ServerRole, RelationshipStage as ServerStage } from '../../server/src/__generated__/vocabulary.js';
import { adviceText, evaluateDecisionGroup, weighWords } from '../../server/src/modules/tenders/rules/decision-group.js';
import type { DecisionGroupMember } from '../../server/src/modules/tenders/rules/types.js';
import type { DecisionRole, RelationshipStage } from '../../web/src/gql/vocabulary.js';
import { drafterRoleLabel, roleAdvice, weighsList } from '../../web/src/features/tender/tender-words.js';
import { setCurrentLocale } from '../../web/src/shared/i18n/intl.js';

afterEach(() => setCurrentLocale('en'));

const m = (personId: string, role: ServerRole, bestStage: ServerStage | null, ownerId: string | null = 'kam1'): DecisionGroupMember => ({ personId, role, bestStage, ownerId });

/** The server's coverage, shaped as the web's query returns it. */
function coverage(members: DecisionGroupMember[]) {
  return evaluateDecisionGroup(members).roles.map((r) => ({
    server: adviceText(r, 'en'),
    web: {
      role: r.role.toUpperCase() as DecisionRole,
      covered: r.covered,
      bestStage: (r.bestStage?.toUpperCase() ?? null) as RelationshipStage | null,
      weighs: weighWords(r.weighs, 'en'),
      members: r.members.map((x) => ({ owners: x.ownerId ? [{ id: x.ownerId }] : [] })),
    },
  }));
}

describe('tender words', () => {
  it('gives in English the advice the server gives, for every kind of coverage', () => {
    const roles = coverage([
      m('p1', 'decision_maker', 'acquaintance'),
      m('p2', 'financial_evaluator', 'contact', null),
      m('p3', 'technical_evaluator', null, 'kam2'),
      m('p4', 'blocker', 'loyalty'),
      m('p5', 'champion', 'contact'),
    ]);
    expect(roles.length).toBeGreaterThan(5); // the core roles nobody holds are listed too
    for (const r of roles) expect(roleAdvice(r.web)).toBe(r.server);
    const noBlocker = coverage([m('p6', 'blocker', 'contact')]);
    for (const r of noBlocker) expect(roleAdvice(r.web)).toBe(r.server);
  });

  it('says the advice, what a role weighs and how a drafter drafts in Portuguese', () => {
    const [maker] = coverage([m('p1', 'decision_maker', 'contact', null)]);
    setCurrentLocale('pt-PT');
    expect(roleAdvice(maker!.web)).toBe('Decisor: alcançado só no estádio contacto; atribua um responsável e planeie uma apresentação por alguém de confiança; a proposta deve falar de exclusividade, que se compreenda a sua situação.');
    expect(weighsList(['numbers', 'detail', 'something new'])).toBe('números, detalhe, something new');
    expect(drafterRoleLabel('specification_author')).toBe('Autor do caderno de encargos');
    expect(drafterRoleLabel('committee chair')).toBe('Presidente da comissão');
    setCurrentLocale('pt-BR');
    expect(roleAdvice(maker!.web)).toContain('estágio contato');
    expect(drafterRoleLabel('specification_author')).toBe('Autor do termo de referência');
    setCurrentLocale('en');
    expect(drafterRoleLabel('committee secretary')).toBe('Committee secretary');
    expect(drafterRoleLabel('co_author')).toBe('Co author');
  });
});
