import type { WordedError } from '../../kernel/errors.js';
import { DEFAULT_LOCALE, formatMessage, message, renderMessage, type Locale, type Message, type MessageId, type MessageParams } from '../../kernel/i18n/catalogue.js';

/** One reason an import folder is rejected: where exactly, and why (a catalogue message, worded for the reader). */
export interface ImportIssue {
  file: string;
  /** Line number in the file (the header is line 1); null for a problem with the whole file. */
  row: number | null;
  column?: string;
  reason: Message;
}

/** An issue with its reason from the catalogue. */
export function importIssue(where: { file: string; row: number | null; column?: string }, id: MessageId, params: MessageParams = {}): ImportIssue {
  return { ...where, reason: message(id, params) };
}

/** `nodes.csv:3 [kind]: "x" is not one of ...`: the file, line and column as the file names them, the reason in `locale`. */
export function formatIssue(issue: ImportIssue, locale: Locale = DEFAULT_LOCALE): string {
  const where = issue.row === null ? issue.file : `${issue.file}:${issue.row}`;
  return `${where}${issue.column ? ` [${issue.column}]` : ''}: ${renderMessage(issue.reason, locale)}`;
}

/** A rejected import: nothing was written. Reads in English; `wordedIn` in the reader's language (the CLI's locale). */
export class ImportRejected extends Error implements WordedError {
  constructor(readonly issues: ImportIssue[]) {
    super(describeIssues(issues, DEFAULT_LOCALE));
  }

  wordedIn(locale: Locale): string {
    return describeIssues(this.issues, locale);
  }
}

const MAX_SHOWN = 50;

function describeIssues(issues: readonly ImportIssue[], locale: Locale): string {
  const lines = [formatMessage('import.rejected', { count: issues.length }, locale), ...issues.slice(0, MAX_SHOWN).map((i) => `  ${formatIssue(i, locale)}`)];
  if (issues.length > MAX_SHOWN) lines.push(`  ${formatMessage('import.more', { count: issues.length - MAX_SHOWN }, locale)}`);
  return lines.join('\n');
}
