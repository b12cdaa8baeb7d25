/**
 * Decision-group coverage: for a deal or tender, which roles we reach, which we do not,
 * and what each role weighs in a proposal.
 */
import { DECISION_ROLES, RELATIONSHIP_STAGES, stageRank } from '../../graph/model.js';
import type { DecisionGroupCoverage, DecisionGroupMember, DecisionRoleCoverage } from './types.js';

/** Without these four a tender's outcome is not in view, so they are listed even when nobody is known. */
export const CORE_DECISION_ROLES: readonly string[] = [
  'decision_maker',
  'specification_author',
  'financial_evaluator',
  'technical_evaluator',
];

/**
 * What each role weighs in a proposal (docs/domain.md#what-each-role-weighs-in-a-proposal): power
 * holders weigh exclusivity and being understood; people-minded roles weigh references
 * and relationships; finance and technical experts weigh numbers and detail.
 * Specification authors are clinicians who write technical requirements: they read the
 * detail and lean on peers' references, so they get both.
 */
export const DECISION_ROLE_WEIGHS: Readonly<Record<string, readonly string[]>> = {
  decision_maker: ['exclusivity', 'understanding of their situation'],
  gatekeeper: ['exclusivity', 'understanding of their situation'],
  specification_author: ['technical detail', 'references', 'relationships'],
  influencer: ['references', 'relationships'],
  champion: ['references', 'relationships'],
  user: ['references', 'relationships'],
  financial_evaluator: ['numbers', 'detail'],
  technical_evaluator: ['numbers', 'detail'],
  blocker: ['objections to neutralise'],
};

export interface DecisionGroupOptions {
  /** The stage from which a member counts as reached; default acquaintance. */
  coveredFrom?: string;
}

const DEFAULT_COVERED_FROM = 'acquaintance';

const stageIndex = stageRank;

export function evaluateDecisionGroup(
  members: DecisionGroupMember[],
  options: DecisionGroupOptions = {},
): DecisionGroupCoverage {
  const coveredFrom = options.coveredFrom ?? DEFAULT_COVERED_FROM;
  const threshold = stageIndex(coveredFrom);
  if (!(RELATIONSHIP_STAGES as readonly string[]).includes(coveredFrom)) {
    throw new RangeError(`coveredFrom '${coveredFrom}' is not a relationship stage (${RELATIONSHIP_STAGES.join(', ')}).`);
  }

  const byRole = new Map<string, DecisionGroupMember[]>();
  for (const member of members) {
    const list = byRole.get(member.role);
    if (list) list.push(member);
    else byRole.set(member.role, [member]);
  }

  const roles: DecisionRoleCoverage[] = [];
  for (const role of DECISION_ROLES) {
    const holders = [...(byRole.get(role) ?? [])].sort(
      (a, b) => stageIndex(b.bestStage) - stageIndex(a.bestStage) || (a.personId < b.personId ? -1 : 1),
    );
    if (holders.length === 0 && !CORE_DECISION_ROLES.includes(role)) continue;
    const top = holders[0];
    const bestStage = top?.bestStage ?? null;
    const covered = holders.some((m) => stageIndex(m.bestStage) >= threshold);
    const weighs = [...(DECISION_ROLE_WEIGHS[role] ?? [])];
    roles.push({ role, members: holders, covered, bestStage, weighs, advice: adviceFor(role, holders, covered, bestStage, weighs) });
  }

  const coveredCount = roles.filter((r) => r.covered).length;
  return {
    roles,
    coverage: roles.length > 0 ? coveredCount / roles.length : 0,
    missingRoles: roles.filter((r) => !r.covered).map((r) => r.role),
  };
}

function adviceFor(
  role: string,
  holders: DecisionGroupMember[],
  covered: boolean,
  bestStage: string | null,
  weighs: string[],
): string {
  const label = role.replace(/_/g, ' ');
  const prepare = `the proposal should speak to ${weighs.join(', ')}`;
  if (role === 'blocker') {
    return holders.length === 0
      ? 'No blocker known: ask the champion who could object.'
      : covered
        ? `Blocker reached (${bestStage}): hear the objections first and answer each in the proposal.`
        : 'Blocker not reached: learn the objections through a warm introduction before the proposal goes out.';
  }
  if (holders.length === 0) {
    return `Nobody is known as ${label}: find who holds this role (ask the champion or the gatekeeper); ${prepare}.`;
  }
  if (covered) return `Reached at stage ${bestStage}: ${prepare}.`;
  const unowned = holders.every((m) => m.ownerId === null);
  const reach = bestStage !== null ? `only at stage ${bestStage}` : 'not reached';
  const owner = unowned ? 'assign an owner and ' : '';
  return `${label[0]?.toUpperCase() ?? ''}${label.slice(1)} ${reach}: ${owner}plan a warm introduction; ${prepare}.`;
}
