import path from 'node:path';
import type { EvidenceImportReport } from './import-evidence.js';

/** What an evidence import did, in lines a person reads (the CLI and the upload's answer). */
export function formatReport(report: EvidenceImportReport): string {
  const lines: string[] = [];
  for (const f of report.files) {
    const name = path.basename(f.file);
    if (f.error) {
      lines.push(`${name}: rejected, nothing written from it. ${f.error.message}`);
      continue;
    }
    const unchanged = (c: { created: number; updated: number; written: number }) => c.written - c.created - c.updated;
    lines.push(
      `${name} (${f.format}): ${f.works} works; nodes ${f.written.nodes.created} created, ${f.written.nodes.updated} updated, ${unchanged(f.written.nodes)} unchanged; ` +
        `ties ${f.written.ties.created} created, ${f.written.ties.updated} updated, ${unchanged(f.written.ties)} unchanged; ` +
        `names ${f.matched} matched, ${f.unmatched} for review (${f.newNames} new)`,
    );
  }
  lines.push(`tie suggestions: ${report.suggestions.created} new, ${report.suggestions.updated} updated (${report.peopleTouched} people's evidence read)`);
  return `${lines.join('\n')}\n`;
}
