import type { MessageId } from '../../../kernel/i18n/catalogue.js';
import { addDays } from '../../../kernel/dates.js';

export type FollowUpStatus = 'none' | 'due' | 'overdue' | 'done' | 'confirmed';

/**
 * docs/domain.md#follow-up-discipline: a proposal without confirmation calls for a follow-up call the day after it
 * was sent. Confirmed or followed-up proposals need nothing more.
 */
export function followUpState(
  proposal: { kind: string | null; date: string | null; confirmedOn: string | null; followedUp: boolean },
  today: string,
): { status: FollowUpStatus; due: string | null } {
  if (proposal.kind !== 'proposal' || proposal.date === null) return { status: 'none', due: null };
  const due = addDays(proposal.date, 1);
  if (proposal.confirmedOn !== null) return { status: 'confirmed', due };
  if (proposal.followedUp) return { status: 'done', due };
  return { status: due < today ? 'overdue' : 'due', due };
}

/** What to do about a proposal awaiting its follow-up: a message of the catalogue, worded in the request's language. */
export const FOLLOW_UP_ADVICE = 'advice.followUp' satisfies MessageId;
