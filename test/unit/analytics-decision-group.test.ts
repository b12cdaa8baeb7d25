import { describe, it, expect } from 'vitest';
import {
  CORE_DECISION_ROLES,
  DECISION_ROLE_WEIGHS,
  adviceText,
  evaluateDecisionGroup,
  weighWords,
} from '../../server/src/modules/tenders/rules/decision-group.js';
import { DECISION_ROLES } from '../../server/src/modules/graph/model.js';
import type { DecisionRole, RelationshipStage } from '../../server/src/__generated__/vocabulary.js';
import type { DecisionGroupMember } from '../../server/src/modules/tenders/rules/types.js';

function member(personId: string, role: DecisionRole, bestStage: RelationshipStage | null, ownerId: string | null = 'kam1'): DecisionGroupMember {
  return { personId, role, bestStage, ownerId };
}

describe('evaluateDecisionGroup', () => {
  it('has a "weighs" entry for every decision role', () => {
    for (const role of DECISION_ROLES) expect(DECISION_ROLE_WEIGHS[role]?.length).toBeGreaterThan(0);
    expect(weighWords(DECISION_ROLE_WEIGHS.decision_maker!, 'en')).toEqual(['exclusivity', 'understanding of their situation']);
    expect(weighWords(DECISION_ROLE_WEIGHS.decision_maker!, 'pt-PT')).toEqual(['exclusividade', 'compreensão da sua situação']);
    expect(DECISION_ROLE_WEIGHS.financial_evaluator).toEqual(['numbers', 'detail']);
    expect(DECISION_ROLE_WEIGHS.champion).toEqual(['references', 'relationships']);
  });

  it('reports covered, uncovered and missing roles in DECISION_ROLES order', () => {
    const result = evaluateDecisionGroup([
      member('chief', 'decision_maker', 'loyalty'),
      member('pharma', 'financial_evaluator', 'contact', null),
      member('prof', 'specification_author', 'acquaintance'),
      member('resident', 'specification_author', null),
      member('nurse', 'user', 'near_friendly'),
    ]);
    expect(result.roles.map((r) => r.role)).toEqual([
      'decision_maker',
      'specification_author',
      'financial_evaluator',
      'technical_evaluator',
      'user',
    ]);
    const byRole = new Map(result.roles.map((r) => [r.role, r]));
    expect(byRole.get('decision_maker')).toMatchObject({ covered: true, bestStage: 'loyalty' });
    expect(byRole.get('specification_author')).toMatchObject({ covered: true, bestStage: 'acquaintance' });
    expect(byRole.get('specification_author')?.members.map((m) => m.personId)).toEqual(['prof', 'resident']);
    expect(byRole.get('financial_evaluator')).toMatchObject({ covered: false, bestStage: 'contact' });
    expect(adviceText(byRole.get('financial_evaluator')!, 'en')).toMatch(/only at stage contact: assign an owner/);
    // The missing core role is listed with nobody in it.
    expect(byRole.get('technical_evaluator')).toMatchObject({ covered: false, bestStage: null, members: [] });
    expect(adviceText(byRole.get('technical_evaluator')!, 'en')).toMatch(/Nobody is known as technical evaluator/);
    expect(weighWords(byRole.get('technical_evaluator')!.weighs, 'en')).toEqual(['numbers', 'detail']);
    expect(adviceText(byRole.get('technical_evaluator')!, 'en')).toBe(
      'Nobody is known as technical evaluator: find who holds this role (ask the champion or the gatekeeper); the proposal should speak to numbers, detail.',
    );
    expect(adviceText(byRole.get('financial_evaluator')!, 'en')).toBe(
      'Financial evaluator only at stage contact: assign an owner and plan a warm introduction; the proposal should speak to numbers, detail.',
    );
    expect(adviceText(byRole.get('specification_author')!, 'pt-BR')).toBe(
      'Alcançado na fase conhecimento: a proposta deve falar de detalhe técnico, referências, relações.',
    );
    expect(adviceText(byRole.get('financial_evaluator')!, 'pt-PT')).toBe(
      'Avaliador financeiro só na fase contacto: atribua um responsável e planeie uma apresentação calorosa; a proposta deve falar de números, pormenor.',
    );
    expect(result.coverage).toBeCloseTo(3 / 5, 12);
    expect(result.missingRoles).toEqual(['financial_evaluator', 'technical_evaluator']);
  });

  it('moves the covering threshold with coveredFrom', () => {
    const members = [member('a', 'decision_maker', 'acquaintance'), member('b', 'technical_evaluator', 'contact')];
    expect(evaluateDecisionGroup(members).missingRoles).toEqual([
      'specification_author',
      'financial_evaluator',
      'technical_evaluator',
    ]);
    expect(evaluateDecisionGroup(members, { coveredFrom: 'loyalty' }).roles.every((r) => !r.covered)).toBe(true);
    expect(evaluateDecisionGroup(members, { coveredFrom: 'contact' }).missingRoles).toEqual([
      'specification_author',
      'financial_evaluator',
    ]);
    expect(() => evaluateDecisionGroup(members, { coveredFrom: 'friend' as RelationshipStage })).toThrow(RangeError);
  });

  it('lists the core roles even for an empty group', () => {
    const result = evaluateDecisionGroup([]);
    expect(result.roles.map((r) => r.role)).toEqual([...CORE_DECISION_ROLES]);
    expect(result.coverage).toBe(0);
  });

  it('advises on a blocker by the objections to neutralise', () => {
    const result = evaluateDecisionGroup([member('sceptic', 'blocker', 'acquaintance')]);
    const blocker = result.roles.find((r) => r.role === 'blocker');
    expect(weighWords(blocker!.weighs, 'en')).toEqual(['objections to neutralise']);
    expect(adviceText(blocker!, 'en')).toMatch(/objections/);
  });
});
