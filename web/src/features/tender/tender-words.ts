// Words the tender API sends as plain text (what a decision role weighs, how a drafter drafts,
// what to do about a role), said in the current locale; a word the web does not know is shown
// as the API wrote it.
import { DecisionRole, type RelationshipStage } from '../../gql/vocabulary.js';
import { humanize } from '@shared/format.js';
import { tr, type MessageValues } from '@shared/i18n/intl.js';
import type { MessageId } from '@shared/i18n/catalogues.js';
import { DECISION_ROLE_LABELS, RELATIONSHIP_STAGE_LABELS } from '@shared/vocabulary/labels.js';

/** DecisionRoleCoverage.weighs as the server writes it (server/src/modules/tenders/rules/decision-group.ts). */
const WEIGHS: Readonly<Record<string, MessageId>> = {
  exclusivity: 'tender.weighs.exclusivity',
  'understanding of their situation': 'tender.weighs.understanding',
  'technical detail': 'tender.weighs.technicalDetail',
  references: 'tender.weighs.references',
  relationships: 'tender.weighs.relationships',
  numbers: 'tender.weighs.numbers',
  detail: 'tender.weighs.detail',
  'objections to neutralise': 'tender.weighs.objections',
};

/** What a role weighs, in words of the locale: "numbers, detail". */
export function weighsList(weighs: readonly string[]): string {
  return weighs.map((w) => (WEIGHS[w] ? tr(WEIGHS[w]) : w)).join(', ');
}

/** SpecShaper.drafterRole (`author`, `specification_author`, `committee chair` ...): "Committee chair". */
export function drafterRoleLabel(role: string): string {
  const values: MessageValues = { role: role.replace(/^committee /, ''), fallback: humanize(role) };
  return tr('tender.drafterRole', values);
}

export interface RoleCoverage {
  role: DecisionRole;
  covered: boolean;
  bestStage: RelationshipStage | null;
  weighs: readonly string[];
  members: readonly { owners: readonly unknown[] }[];
}

/**
 * What to do about a decision-group role, in the locale: the API's `advice` says the same in
 * English (server/src/modules/tenders/rules/decision-group.ts); the web says it from the
 * role's coverage so that every language has it.
 */
export function roleAdvice(r: RoleCoverage): string {
  const weighs = weighsList(r.weighs);
  const stage = r.bestStage ? RELATIONSHIP_STAGE_LABELS[r.bestStage].toLowerCase() : '';
  if (r.role === DecisionRole.BLOCKER) {
    if (r.members.length === 0) return tr('tender.advice.blockerUnknown');
    return r.covered ? tr('tender.advice.blockerReached', { stage }) : tr('tender.advice.blockerNotReached');
  }
  if (r.members.length === 0) return tr('tender.advice.nobody', { role: DECISION_ROLE_LABELS[r.role].toLowerCase(), weighs });
  if (r.covered) return tr('tender.advice.reached', { stage, weighs });
  const unowned = r.members.every((m) => m.owners.length === 0);
  return tr('tender.advice.notReached', { role: DECISION_ROLE_LABELS[r.role], reached: r.bestStage !== null, stage, unowned, weighs });
}
