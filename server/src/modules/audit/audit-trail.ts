import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { cypher } from '../../kernel/database/cypher.js';
import type { DbClient } from '../../kernel/database/db-client.js';
import { toNeo4jInteger } from '../../kernel/database/plain.js';
import { count, optionalText, text } from '../../kernel/database/rows.js';
import type { ErasureHook } from '../privacy/erasure-hook.js';

const recordEntries = cypher<{ entries: AuditEntryInput[] }, { written: number }>(import.meta.url, 'record-entries.cypher', z.object({ written: count }));
const listEntries = cypher<{ targetId: string | null; userId: string | null; action: string | null; limit: unknown }, AuditEntry>(
  import.meta.url,
  'list-entries.cypher',
  z.object({ id: text, at: text, userId: text, action: text, targetId: optionalText, detail: text }),
);

export interface AuditEntryInput {
  id: string;
  userId: string;
  /** e.g. `dossier.read`, `mutation.setTie` */
  action: string;
  targetId: string | null;
  /** What happened, without personal data (field names, ok/errors, non-personal values). */
  detail: string;
}

export interface AuditEntry extends AuditEntryInput {
  at: string;
}

/**
 * Collects a request's audit entries and writes them in one statement when the response
 * is sent; a dossier read or a mutation never goes unrecorded.
 */
export class AuditTrail {
  private pending: AuditEntryInput[] = [];
  /** Entries recorded by this request so far (written or not): the response cache never keeps an audited answer. */
  recorded = 0;

  constructor(
    private readonly db: DbClient,
    private readonly userId: string,
  ) {}

  record(action: string, targetId: string | null, detail: string): void {
    this.pending.push({ id: randomUUID(), userId: this.userId, action, targetId, detail });
    this.recorded += 1;
  }

  async flush(): Promise<void> {
    if (this.pending.length === 0) return;
    const entries = this.pending;
    this.pending = [];
    await this.db.write(recordEntries, { entries });
  }
}

export function listAuditEntries(
  db: DbClient,
  filter: { targetId?: string | null; userId?: string | null; action?: string | null; limit: number },
): Promise<AuditEntry[]> {
  return db.read(listEntries, {
    targetId: filter.targetId ?? null,
    userId: filter.userId ?? null,
    action: filter.action ?? null,
    limit: toNeo4jInteger(filter.limit),
  });
}

const eraseDetails = cypher<{ personId: string; formerName: string | null; erasedDetail: string }, { changed: number }>(
  import.meta.url,
  'erase-details.cypher',
  z.object({ changed: count }),
);

/** The audit log's words, in one place. */
export const AUDIT_TEXTS = {
  erasedDetail: (today: string) => `detail removed on ${today} with the person's personal data`,
} as const;

/** Details of older audit entries that may quote what was written about the person. */
export const auditErasure: ErasureHook = {
  module: 'audit',
  holds: 'details of audit entries written before the log kept field names only',
  async erase(tx, subject) {
    const formerName = subject.scope === 'person' && subject.formerName.trim() !== '' ? subject.formerName : null;
    const [row] = await tx.run(eraseDetails, { personId: subject.personId, formerName, erasedDetail: AUDIT_TEXTS.erasedDetail(subject.today) });
    return row?.changed ?? 0;
  },
};
