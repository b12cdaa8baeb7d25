// An interaction's outcome is free text; the form suggests a few values, stored as written
// here (`no_confirmation`), and the demo data uses a few more. Those the web knows it shows in
// the user's language; any other text as it was typed.
import type { MessageId } from '@shared/i18n/catalogues.js';
import { tr } from '@shared/i18n/intl.js';

/** The suggestions the log form offers (values, not words). */
export const OUTCOMES = ['positive', 'neutral', 'negative', 'sent', 'no_confirmation', 'next_meeting_agreed'] as const;

const KNOWN: Record<string, MessageId> = {
  positive: 'agenda.outcome.positive',
  neutral: 'agenda.outcome.neutral',
  negative: 'agenda.outcome.negative',
  sent: 'agenda.outcome.sent',
  no_confirmation: 'agenda.outcome.no_confirmation',
  next_meeting_agreed: 'agenda.outcome.next_meeting_agreed',
  confirmed: 'agenda.outcome.confirmed',
  under_review: 'agenda.outcome.under_review',
  declined: 'agenda.outcome.declined',
};

/** An outcome as the user reads it: a known value in the locale's words, other text with its underscores as spaces. */
export function outcomeWords(outcome: string): string {
  const id = Object.hasOwn(KNOWN, outcome) ? KNOWN[outcome] : undefined;
  return id ? tr(id) : outcome.replace(/_/g, ' ');
}
