import { describe, it, expect } from 'vitest';
import {
  CORE_DECISION_ROLES,
  DECISION_ROLE_WEIGHS,
  evaluateDecisionGroup,
} from '../../server/src/modules/tenders/rules/decision-group.js';
import { DECISION_ROLES } from '../../server/src/modules/graph/model.js';
import type { DecisionGroupMember } from '../../server/src/modules/tenders/rules/types.js';

function member(personId: string, role: string, bestStage: string | null, ownerId: string | null = 'kam1'): DecisionGroupMember {
  return { personId, role, bestStage, ownerId };
}

describe('evaluateDecisionGroup', () => {
  it('has a "weighs" entry for every decision role', () => {
    for (const role of DECISION_ROLES) expect(DECISION_ROLE_WEIGHS[role]?.length).toBeGreaterThan(0);
    expect(DECISION_ROLE_WEIGHS.decision_maker).toEqual(['exclusivity', 'understanding of their situation']);
    expect(DECISION_ROLE_WEIGHS.financial_evaluator).toEqual(['numbers', 'detail']);
    expect(DECISION_ROLE_WEIGHS.champion).toEqual(['references', 'relationships']);
  });

  it('reports covered, uncovered and missing roles in DECISION_ROLES order', () => {
    const result = evaluateDecisionGroup([
      member('chief', 'decision_maker', 'loyal'),
      member('pharma', 'financial_evaluator', 'introduced', null),
      member('prof', 'specification_author', 'acquainted'),
      member('resident', 'specification_author', 'unknown'),
      member('nurse', 'user', 'advocate'),
    ]);
    expect(result.roles.map((r) => r.role)).toEqual([
      'decision_maker',
      'specification_author',
      'financial_evaluator',
      'technical_evaluator',
      'user',
    ]);
    const byRole = new Map(result.roles.map((r) => [r.role, r]));
    expect(byRole.get('decision_maker')).toMatchObject({ covered: true, bestStage: 'loyal' });
    expect(byRole.get('specification_author')).toMatchObject({ covered: true, bestStage: 'acquainted' });
    expect(byRole.get('specification_author')?.members.map((m) => m.personId)).toEqual(['prof', 'resident']);
    expect(byRole.get('financial_evaluator')).toMatchObject({ covered: false, bestStage: 'introduced' });
    expect(byRole.get('financial_evaluator')?.advice).toMatch(/only at stage introduced: assign an owner/);
    // The missing core role is listed with nobody in it.
    expect(byRole.get('technical_evaluator')).toMatchObject({ covered: false, bestStage: null, members: [] });
    expect(byRole.get('technical_evaluator')?.advice).toMatch(/Nobody is known as technical evaluator/);
    expect(byRole.get('technical_evaluator')?.weighs).toEqual(['numbers', 'detail']);
    expect(result.coverage).toBeCloseTo(3 / 5, 12);
    expect(result.missingRoles).toEqual(['financial_evaluator', 'technical_evaluator']);
  });

  it('moves the covering threshold with coveredFrom', () => {
    const members = [member('a', 'decision_maker', 'acquainted'), member('b', 'technical_evaluator', 'introduced')];
    expect(evaluateDecisionGroup(members).missingRoles).toEqual([
      'specification_author',
      'financial_evaluator',
      'technical_evaluator',
    ]);
    expect(evaluateDecisionGroup(members, { coveredFrom: 'loyal' }).roles.every((r) => !r.covered)).toBe(true);
    expect(evaluateDecisionGroup(members, { coveredFrom: 'introduced' }).missingRoles).toEqual([
      'specification_author',
      'financial_evaluator',
    ]);
    expect(() => evaluateDecisionGroup(members, { coveredFrom: 'friend' })).toThrow(RangeError);
  });

  it('lists the core roles even for an empty group', () => {
    const result = evaluateDecisionGroup([]);
    expect(result.roles.map((r) => r.role)).toEqual([...CORE_DECISION_ROLES]);
    expect(result.coverage).toBe(0);
  });

  it('advises on a blocker by the objections to neutralise', () => {
    const result = evaluateDecisionGroup([member('sceptic', 'blocker', 'acquainted')]);
    const blocker = result.roles.find((r) => r.role === 'blocker');
    expect(blocker?.weighs).toEqual(['objections to neutralise']);
    expect(blocker?.advice).toMatch(/objections/);
  });
});
