/**
 * Decision-group coverage: for a deal or tender, which roles we reach, which we do not,
 * and what each role weighs in a proposal.
 */
import { formatMessage, message, type Locale, type Message } from '../../../kernel/i18n/catalogue.js';
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
export const DECISION_ROLE_WEIGHS: Readonly<Record<string, readonly Weigh[]>> = {
  decision_maker: ['exclusivity', 'understanding'],
  gatekeeper: ['exclusivity', 'understanding'],
  specification_author: ['technical_detail', 'references', 'relationships'],
  influencer: ['references', 'relationships'],
  champion: ['references', 'relationships'],
  user: ['references', 'relationships'],
  financial_evaluator: ['numbers', 'detail'],
  technical_evaluator: ['numbers', 'detail'],
  blocker: ['objections'],
};

/** What a role may weigh: words of the catalogue's `advice.weigh` ("understanding of their situation"...). */
export type Weigh = 'exclusivity' | 'understanding' | 'technical_detail' | 'references' | 'relationships' | 'numbers' | 'detail' | 'objections';

/** A role's weighs in a language's words. */
export function weighWords(weighs: readonly Weigh[], locale: Locale): string[] {
  return weighs.map((weigh) => formatMessage('advice.weigh', { weigh }, locale));
}

/** A role's advice in a language: its weighs are worded in the same language. */
export function adviceText(role: { advice: Message; weighs: readonly Weigh[] }, locale: Locale): string {
  return formatMessage(role.advice.id, { ...role.advice.params, weighs: weighWords(role.weighs, locale).join(', ') }, locale);
}

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
    roles.push({ role, members: holders, covered, bestStage, weighs, advice: adviceFor(role, holders, covered, bestStage) });
  }

  const coveredCount = roles.filter((r) => r.covered).length;
  return {
    roles,
    coverage: roles.length > 0 ? coveredCount / roles.length : 0,
    missingRoles: roles.filter((r) => !r.covered).map((r) => r.role),
  };
}

/** The advice as a message; `weighs` is filled in when it is rendered (adviceText). */
function adviceFor(role: string, holders: DecisionGroupMember[], covered: boolean, bestStage: string | null): Message {
  if (role === 'blocker') {
    if (holders.length === 0) return message('advice.blocker.unknown');
    return covered ? message('advice.blocker.reached', { stage: bestStage }) : message('advice.blocker.unreached');
  }
  // Stored words join with underscores; `roleWords` words a role the catalogue does not know.
  const roleWords = role.replace(/_/g, ' ');
  if (holders.length === 0) return message('advice.role.unknown', { role, roleWords });
  if (covered) return message('advice.role.reached', { stage: bestStage });
  const unowned = holders.every((m) => m.ownerId === null);
  return message('advice.role.unreached', { role, roleWords: roleWords[0]!.toUpperCase() + roleWords.slice(1), stage: bestStage, unowned: unowned ? 'yes' : 'no' });
}
