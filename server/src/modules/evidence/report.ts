import path from 'node:path';
import { DEFAULT_LOCALE, formatMessage, type Locale } from '../../kernel/i18n/catalogue.js';
import type { EvidenceImportReport } from './import-evidence.js';

/** What an evidence import did, in lines a person reads (the CLI and the upload's answer), in their language. */
export function formatReport(report: EvidenceImportReport, locale: Locale = DEFAULT_LOCALE): string {
  const lines: string[] = [];
  for (const f of report.files) {
    const name = path.basename(f.file);
    if (f.error) {
      lines.push(formatMessage('evidenceReport.rejected', { name, error: f.error.wordedIn(locale) }, locale));
      continue;
    }
    const unchanged = (c: { created: number; updated: number; written: number }) => c.written - c.created - c.updated;
    lines.push(
      formatMessage(
        'evidenceReport.file',
        {
          name,
          format: f.format,
          works: f.works,
          nodesCreated: f.written.nodes.created,
          nodesUpdated: f.written.nodes.updated,
          nodesUnchanged: unchanged(f.written.nodes),
          tiesCreated: f.written.ties.created,
          tiesUpdated: f.written.ties.updated,
          tiesUnchanged: unchanged(f.written.ties),
          matched: f.matched,
          unmatched: f.unmatched,
          newNames: f.newNames,
        },
        locale,
      ),
    );
  }
  lines.push(formatMessage('evidenceReport.suggestions', { created: report.suggestions.created, updated: report.suggestions.updated, people: report.peopleTouched }, locale));
  return `${lines.join('\n')}\n`;
}
