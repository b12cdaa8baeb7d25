import { randomUUID } from 'node:crypto';
import neo4j from 'neo4j-driver';
import { cypherFile } from '../../kernel/database/cypher.js';
import type { DbClient } from '../../kernel/database/db-client.js';

const recordEntries = cypherFile<{ entries: AuditEntryInput[] }, { written: number }>('queries/audit/record-entries.cypher');
const listEntries = cypherFile<
  { targetId: string | null; userId: string | null; action: string | null; limit: unknown },
  AuditEntry
>('queries/audit/list-entries.cypher');

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

  constructor(
    private readonly db: DbClient,
    private readonly userId: string,
  ) {}

  record(action: string, targetId: string | null, detail: string): void {
    this.pending.push({ id: randomUUID(), userId: this.userId, action, targetId, detail });
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
    limit: neo4j.int(filter.limit),
  });
}
