/** One reason an import folder is rejected: where exactly, and why. */
export interface ImportIssue {
  file: string;
  /** Line number in the file (the header is line 1); null for a problem with the whole file. */
  row: number | null;
  column?: string;
  reason: string;
}

export function formatIssue(issue: ImportIssue): string {
  const where = issue.row === null ? issue.file : `${issue.file}:${issue.row}`;
  return `${where}${issue.column ? ` [${issue.column}]` : ''}: ${issue.reason}`;
}

export class ImportRejected extends Error {
  constructor(readonly issues: ImportIssue[]) {
    super(
      `Import rejected, nothing was written. ${issues.length} problem${issues.length === 1 ? '' : 's'}:\n` +
        issues
          .slice(0, MAX_SHOWN)
          .map((i) => `  ${formatIssue(i)}`)
          .join('\n') +
        (issues.length > MAX_SHOWN ? `\n  ... and ${issues.length - MAX_SHOWN} more` : ''),
    );
  }
}

const MAX_SHOWN = 50;
