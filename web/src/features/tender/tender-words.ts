// Words the tender API sends as plain text (what a decision role weighs, how a drafter drafts),
// said in the current locale; a word the web does not know is shown as the API wrote it.
import { humanize } from '../../shared/format.js';
import { tr, type MessageValues } from '../../shared/i18n/intl.js';
import type { MessageId } from '../../shared/i18n/catalogues.js';

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
