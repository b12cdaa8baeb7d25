import type { DbClient } from '../../kernel/database/db-client.js';
import { DEFAULT_LOCALE, formatMessage, type Locale, type MessageId, type MessageParams } from '../../kernel/i18n/catalogue.js';
import type { Logger } from '../../kernel/logger.js';
import { AuditTrail } from '../audit/audit-trail.js';
import { ERASURE_HOOKS } from '../erasure-hooks.js';
import { PRIVACY_TEXTS } from './messages.js';
import { PrivacyRepository } from './repository.js';
import { pastRetention, retainUntil } from './rules/retention.js';

/** Who the audit log names for what the retention job erases. */
export const RETENTION_USER = 'system:retention';

export interface RetentionItem {
  personId: string;
  /** The day retention ran out. */
  endedOn: string;
  lawfulBasis: string | null;
}

export interface RetentionReport {
  today: string;
  dryRun: boolean;
  items: RetentionItem[];
}

/**
 * Erases the dossier data (dossier, interaction notes and outcomes, older audit details)
 * of everyone past their retention period, each person in their own transaction through
 * the erasure hooks, and audits each erasure. A dry run only lists who would be erased.
 */
export async function runRetention(db: DbClient, options: { today: string; dryRun: boolean }): Promise<RetentionReport> {
  const privacy = new PrivacyRepository(db);
  const due = (await privacy.retentionCandidates()).filter((facts) => pastRetention(facts, options.today));
  const items = due.map((facts) => ({ personId: facts.personId, endedOn: retainUntil(facts)!, lawfulBasis: facts.lawfulBasis }));
  if (options.dryRun) return { today: options.today, dryRun: true, items };
  const audit = new AuditTrail(db, RETENTION_USER);
  for (const item of items) {
    const parts = await privacy.erase(item.personId, 'dossier', options.today, ERASURE_HOOKS);
    if (!parts) continue;
    const summary = parts.map((p) => `${p.module} ${p.items}`).join(', ');
    audit.record('retention.erase', item.personId, PRIVACY_TEXTS.retentionAudit(item.endedOn, summary));
    await audit.flush();
  }
  return { today: options.today, dryRun: false, items };
}

/** The job's report as lines for a terminal (in its locale) or the server log (English). */
export function retentionReportLines(report: RetentionReport, locale: Locale = DEFAULT_LOCALE): string[] {
  const say = (id: MessageId, params: MessageParams) => formatMessage(id, params, locale);
  if (report.items.length === 0) return [say('retention.nothing', { today: report.today })];
  return [
    say(report.dryRun ? 'retention.dryRun' : 'retention.erased', { today: report.today, count: report.items.length }),
    ...report.items.map((i) => say('retention.line', { personId: i.personId, endedOn: i.endedOn, basis: i.lawfulBasis ?? null })),
  ];
}

/**
 * Runs retention now and then every `everyHours`; stop() ends the schedule. Failures are
 * logged and the next run tries again.
 */
export function scheduleRetention(db: DbClient, logger: Logger, options: { everyHours: number; today: () => string }): { stop(): void } {
  let running: Promise<void> | null = null;
  const run = () => {
    if (running) return;
    running = runRetention(db, { today: options.today(), dryRun: false })
      .then((report) => {
        for (const line of retentionReportLines(report)) logger.info(line);
      })
      .catch((error: unknown) => logger.error({ err: error }, PRIVACY_TEXTS.retentionFailed(error instanceof Error ? error.message : String(error))))
      .finally(() => {
        running = null;
      });
  };
  const timer = setInterval(run, options.everyHours * 3_600_000);
  timer.unref();
  run();
  return {
    stop: () => clearInterval(timer),
  };
}
