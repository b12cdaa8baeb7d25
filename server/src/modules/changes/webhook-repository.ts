/**
 * Webhooks and their delivery queue, kept in Neo4j so that deliveries survive a restart.
 * The only code that runs the webhooks' Cypher.
 */
import { z } from 'zod';
import type { ChangeKind } from '../../__generated__/vocabulary.js';
import { LOCALES, type Locale, type Message } from '../../kernel/i18n/catalogue.js';
import { cypher } from '../../kernel/database/cypher.js';
import type { DbClient } from '../../kernel/database/db-client.js';
import { toNeo4jDate, toNeo4jInteger } from '../../kernel/database/plain.js';
import { count, isoDate, optionalText, text, textList } from '../../kernel/database/rows.js';
import type { DeliveryStatusWord, WebhookDeliveryModel, WebhookModel } from './models.js';

const webhookRow = z.object({
  id: text,
  url: text,
  scopeKind: text,
  scopeId: text,
  kinds: textList.transform((k) => k as ChangeKind[]),
  secret: text,
  locale: z.enum(LOCALES),
  createdOn: isoDate,
  createdBy: optionalText,
  fromVersion: count,
});
const createWebhook = cypher<{ webhook: Record<string, unknown> }, WebhookModel>(import.meta.url, 'create-webhook.cypher', webhookRow);
const webhooks = cypher<{ ids: string[] | null }, WebhookModel>(import.meta.url, 'webhooks.cypher', webhookRow);
const deleteWebhook = cypher<{ id: string }, { deleted: number }>(import.meta.url, 'delete-webhook.cypher', z.object({ deleted: count }));
const statusWord = z.enum(['pending', 'delivered', 'failed']);
const deliveries = cypher<{ webhookId: string; status: string | null; limit: unknown }, WebhookDeliveryModel>(
  import.meta.url,
  'deliveries.cypher',
  z.object({
    id: text,
    webhookId: text,
    changeId: text,
    kind: text.transform((k) => k as ChangeKind),
    status: statusWord,
    attempts: count,
    lastStatus: count.nullable(),
    lastError: optionalText,
    createdAt: text,
    lastAttemptAt: optionalText,
    deliveredAt: optionalText,
    nextAttemptAt: optionalText,
  }),
);
const cursor = cypher<Record<string, never>, { version: number }>(import.meta.url, 'webhook-cursor.cypher', z.object({ version: count }));
export interface QueuedDelivery {
  id: string;
  webhookId: string;
  changeId: string;
  kind: string;
  body: string;
}
const enqueue = cypher<{ from: unknown; to: unknown; deliveries: QueuedDelivery[] }, { queued: boolean }>(
  import.meta.url,
  'enqueue-deliveries.cypher',
  z.object({ queued: z.boolean() }),
);
export interface ClaimedDelivery {
  id: string;
  webhookId: string;
  body: string;
  attempts: number;
  kind: string;
  url: string;
  secret: string;
  locale: Locale;
}
const claim = cypher<{ limit: unknown; leaseMs: unknown; token: string }, ClaimedDelivery>(
  import.meta.url,
  'claim-deliveries.cypher',
  z.object({ id: text, webhookId: text, body: text, attempts: count, kind: text, url: text, secret: text, locale: z.enum(LOCALES) }),
);
const recordAttempt = cypher<{ id: string; token: string; status: string; httpStatus: unknown; error: string | null; retryInMs: unknown }, { status: string }>(
  import.meta.url,
  'record-attempt.cypher',
  z.object({ status: text }),
);
const webhookCount = cypher<Record<string, never>, { count: number }>(import.meta.url, 'webhook-count.cypher', z.object({ count }));

export class WebhookRepository {
  constructor(private readonly db: DbClient) {}

  async create(webhook: Omit<WebhookModel, 'fromVersion'>): Promise<WebhookModel> {
    const [row] = await this.db.write(createWebhook, { webhook: { ...webhook, createdOn: toNeo4jDate(webhook.createdOn) } });
    return row!;
  }

  list(ids: string[] | null = null): Promise<WebhookModel[]> {
    return this.db.read(webhooks, { ids });
  }

  async delete(id: string): Promise<boolean> {
    const [row] = await this.db.write(deleteWebhook, { id });
    return (row?.deleted ?? 0) > 0;
  }

  deliveries(webhookId: string, status: DeliveryStatusWord | null, limit: number): Promise<WebhookDeliveryModel[]> {
    return this.db.read(deliveries, { webhookId, status, limit: toNeo4jInteger(limit) });
  }

  async count(): Promise<number> {
    return (await this.db.read(webhookCount, {}))[0]?.count ?? 0;
  }

  async cursor(): Promise<number> {
    return (await this.db.write(cursor, {}))[0]?.version ?? 0;
  }

  /** Queues deliveries if the cursor still stands at `from` (another server did not do it first). */
  async enqueue(from: number, to: number, queued: QueuedDelivery[]): Promise<boolean> {
    const [row] = await this.db.write(enqueue, { from: toNeo4jInteger(from), to: toNeo4jInteger(to), deliveries: queued });
    return row?.queued ?? false;
  }

  /** Leases up to `limit` due deliveries under `token`, the only key that may record their attempts. */
  claim(limit: number, leaseMs: number, token: string): Promise<ClaimedDelivery[]> {
    return this.db.write(claim, { limit: toNeo4jInteger(limit), leaseMs: toNeo4jInteger(leaseMs), token });
  }

  /** Records an attempt under the lease's token; false when the lease was lost (another sender owns it now). */
  async recordAttempt(
    id: string,
    token: string,
    outcome: { status: DeliveryStatusWord; httpStatus: number | null; error: Message | null; retryInMs: number | null },
  ): Promise<boolean> {
    const rows = await this.db.write(recordAttempt, {
      id,
      token,
      status: outcome.status,
      httpStatus: outcome.httpStatus === null ? null : toNeo4jInteger(outcome.httpStatus),
      // Kept as the message, so the log reads in each admin's language.
      error: outcome.error === null ? null : JSON.stringify(outcome.error),
      retryInMs: outcome.retryInMs === null ? null : toNeo4jInteger(Math.round(outcome.retryInMs)),
    });
    return rows.length > 0;
  }
}
