/**
 * Webhooks: registering receivers (admins), and the dispatcher that queues each change of
 * the log for the webhooks whose scope and kinds it matches and POSTs it, signed, with
 * retries. The queue lives in Neo4j (webhook-repository.ts): a restart loses nothing, and
 * a user's write only adds a ChangeEvent; delivering never runs inside it.
 */
import { createHmac, randomBytes, randomUUID } from 'node:crypto';
import { ChangeKind } from '../../__generated__/vocabulary.js';
import { createContext, type GraphContext } from '../../context.js';
import { loadViewer } from '../../kernel/auth/access.js';
import { assertAdmin } from '../../kernel/auth/viewer.js';
import type { AnalyticsCache } from '../../kernel/cache/analytics-cache.js';
import type { Clock } from '../../kernel/clock.js';
import type { DbClient } from '../../kernel/database/db-client.js';
import { failed, fieldError, type FieldError } from '../../kernel/errors.js';
import { formatMessage, message, type Locale, type Message } from '../../kernel/i18n/catalogue.js';
import { localeOfEnum } from '../../kernel/i18n/locale.js';
import type { Logger } from '../../kernel/logger.js';
import { assertMaySeeScope, resolveScope, type ScopeArgs } from '../power/questions.js';
import { scopeEventChanges } from './live.js';
import type { ChangeModel, WebhookModel } from './models.js';
import type { ChangeServices } from './services.js';
import { ChangeRepository } from './repository.js';
import { renderMessage } from './render.js';
import { WebhookRepository, type QueuedDelivery } from './webhook-repository.js';

/** The header carrying the signature: `sha256=` and the hex HMAC-SHA256 of the raw body under the webhook's secret. */
export const SIGNATURE_HEADER = 'X-KAMgraph-Signature';
export const MIN_SECRET = 16;
const PUSHED_KINDS = Object.values(ChangeKind).filter((k) => k !== ChangeKind.RANK_MOVED);

/** `sha256=<hex>`: what a receiver recomputes over the raw body and compares (in constant time). */
export function signature(secret: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
}

export interface WebhookInputArgs {
  url: string;
  scope: ScopeArgs;
  kinds?: readonly ChangeKind[] | null;
  secret?: string | null;
  /** The GraphQL enum's value (`pt_br`); default: the registering request's language. */
  locale?: string | null;
}

/** Where this server answers, so a webhook cannot point back at it (a loop of its own changes). */
export interface SelfAddress {
  ports(): readonly number[];
}

const LOOPBACK = new Set(['localhost', '127.0.0.1', '::1', '[::1]', '0.0.0.0']);

export function checkWebhookUrl(url: string, self: SelfAddress | null): FieldError | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return fieldError('input.url', 'error.webhookUrl', { url });
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return fieldError('input.url', 'error.webhookUrl', { url });
  const port = Number(parsed.port || (parsed.protocol === 'https:' ? 443 : 80));
  if (self && LOOPBACK.has(parsed.hostname) && self.ports().includes(port)) return fieldError('input.url', 'error.webhookSelf', { url });
  return null;
}

export async function createWebhook(ctx: GraphContext, input: WebhookInputArgs, self: SelfAddress | null) {
  assertAdmin(ctx.viewer, 'createWebhook');
  const scope = await assertMaySeeScope(ctx, input.scope);
  const errors: FieldError[] = [];
  const urlError = checkWebhookUrl(input.url, self);
  if (urlError) errors.push(urlError);
  if (input.secret !== undefined && input.secret !== null && input.secret.length < MIN_SECRET) {
    errors.push(fieldError('input.secret', 'error.webhookSecret', { min: MIN_SECRET }));
  }
  if (input.kinds?.includes(ChangeKind.RANK_MOVED)) errors.push(fieldError('input.kinds', 'error.webhookKinds'));
  if (errors.length > 0) return failed(errors, { webhook: null, secret: null });
  if (scope.kind !== 'everywhere') {
    const found = await ctx.repositories.power.scope(scope.id);
    if (!found) return failed([fieldError(`input.scope.${scope.kind}Id`, 'error.noSuchNode', { id: scope.id })], { webhook: null, secret: null });
  }
  const secret = input.secret ?? randomBytes(24).toString('base64url');
  const webhook = await new WebhookRepository(ctx.db).create({
    id: `webhook-${randomBytes(6).toString('hex')}`,
    url: input.url,
    scopeKind: scope.kind,
    scopeId: scope.id,
    kinds: input.kinds && input.kinds.length > 0 ? [...new Set(input.kinds)] : PUSHED_KINDS,
    secret,
    // What a receiver reads is worded once, when queued: in the language chosen now.
    locale: (input.locale ? localeOfEnum(input.locale) : null) ?? ctx.locale,
    createdOn: ctx.today,
    createdBy: ctx.viewer.userId,
  });
  return { ok: true, errors: [], webhook, secret };
}

export async function deleteWebhook(ctx: GraphContext, id: string) {
  assertAdmin(ctx.viewer, 'deleteWebhook');
  const repo = new WebhookRepository(ctx.db);
  const [webhook] = await repo.list([id]);
  if (!webhook || !(await repo.delete(id))) return failed([fieldError('id', 'error.noSuchWebhook', { id })], { webhook: null, secret: null });
  return { ok: true, errors: [], webhook, secret: null };
}

export async function listWebhooks(ctx: GraphContext, ids: string[] | null): Promise<WebhookModel[]> {
  assertAdmin(ctx.viewer, 'readWebhooks');
  return new WebhookRepository(ctx.db).list(ids);
}

export function scopeArgsOf(webhook: Pick<WebhookModel, 'scopeKind' | 'scopeId'>): ScopeArgs {
  return webhook.scopeKind === 'everywhere' ? { everywhere: true } : { [`${webhook.scopeKind}Id`]: webhook.scopeId };
}

export interface DispatcherOptions {
  /** How often the log and the queue are read. */
  pollMs: number;
  /** How long a receiver has to answer. */
  timeoutMs: number;
  /** Attempts before a delivery is marked failed. */
  maxAttempts: number;
  /** The first retry waits this long; each next one twice as long. */
  retryBaseMs: number;
}

/**
 * What a receiver gets: the change, its sentence in the webhook's language (the context's
 * locale) and everything a client needs to show it, or to word it itself (`message`).
 */
export async function deliveryBody(ctx: GraphContext, webhookId: string, change: ChangeModel): Promise<string> {
  return JSON.stringify({
    webhookId,
    locale: ctx.locale,
    change: {
      id: change.id,
      kind: change.kind.toUpperCase(),
      on: change.on,
      summary: await renderMessage(ctx, change.message),
      message: { id: change.message.id, params: change.message.params, refs: change.message.refs },
      personIds: change.personIds,
      entityIds: change.entityIds,
      subjectId: change.subjectId,
      tieKeys: change.tieKeys,
      weight: change.weight,
      recordedOn: change.recorded?.on ?? null,
      recordedBy: change.recorded?.by ?? null,
      retracted: change.retracted,
    },
  });
}

/**
 * Queues and delivers. One per server; several servers on one database share the work
 * (the cursor moves once per batch, and a delivery is leased while it is being sent).
 */
export class WebhookDispatcher {
  private timer: NodeJS.Timeout | null = null;
  private running = false;
  private readonly repo: WebhookRepository;
  private readonly changes: ChangeRepository;
  private readonly inFlight = new Set<Promise<void>>();

  constructor(
    private readonly db: DbClient,
    private readonly logger: Logger,
    private readonly clock: Clock,
    private readonly analyticsCache: AnalyticsCache | null,
    private readonly options: DispatcherOptions,
    /** The server's rankings kept across writes (a delivery is not held back by a ranking being computed). */
    private readonly services: ChangeServices | null = null,
  ) {
    this.repo = new WebhookRepository(db);
    this.changes = new ChangeRepository(db);
  }

  start(): void {
    this.timer ??= setInterval(() => void this.tick(), this.options.pollMs);
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await Promise.allSettled([...this.inFlight]);
  }

  /** One round: queue what the log holds since the cursor, then send what is due. Exposed for tests. */
  async tick(): Promise<void> {
    if (this.running) return;
    this.running = true;
    try {
      if ((await this.repo.count()) === 0) return;
      await this.enqueue();
      await this.deliver();
    } catch (error) {
      this.logger.warn({ err: error }, 'Webhook dispatch failed this round; trying again');
    } finally {
      this.running = false;
    }
  }

  private async enqueue(): Promise<void> {
    const from = await this.repo.cursor();
    const events = await this.changes.logAfter(from);
    if (events.length === 0) return;
    const to = events[events.length - 1]!.version;
    const queued: QueuedDelivery[] = [];
    const today = this.clock.today();
    for (const webhook of await this.repo.list()) {
      if (!webhook.createdBy) continue;
      const viewer = await loadViewer(this.db, webhook.createdBy, today);
      if (!viewer) continue;
      // The webhook sees what the admin who made it sees, and reads the language chosen for it.
      const ctx = createContext(this.db, viewer, { today, analyticsCache: this.analyticsCache, locale: webhook.locale, changeServices: this.services });
      const kinds = new Set(webhook.kinds);
      const own = events.filter((e) => e.version > webhook.fromVersion);
      for (const change of await scopeEventChanges(ctx, scopeArgsOf(webhook), own, kinds)) {
        queued.push({ id: `${webhook.id}|${change.id}`, webhookId: webhook.id, changeId: change.id, kind: change.kind, body: await deliveryBody(ctx, webhook.id, change) });
      }
    }
    await this.repo.enqueue(from, to, queued);
  }

  private async deliver(): Promise<void> {
    const token = randomUUID();
    const due = await this.repo.claim(50, this.options.timeoutMs * 2 + 1_000, token);
    await Promise.all(due.map((d) => this.track(this.send(d, token))));
  }

  private track(work: Promise<void>): Promise<void> {
    this.inFlight.add(work);
    return work.finally(() => this.inFlight.delete(work));
  }

  private async send(delivery: { id: string; body: string; attempts: number; kind: string; url: string; secret: string; locale: Locale }, token: string): Promise<void> {
    let httpStatus: number | null = null;
    let error: Message | null = null;
    try {
      const response = await fetch(delivery.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          [SIGNATURE_HEADER]: signature(delivery.secret, delivery.body),
          'X-KAMgraph-Delivery': delivery.id,
          'X-KAMgraph-Event': delivery.kind.toUpperCase(),
          'Content-Language': delivery.locale,
        },
        body: delivery.body,
        redirect: 'manual',
        signal: AbortSignal.timeout(this.options.timeoutMs),
      });
      httpStatus = response.status;
      await response.body?.cancel();
      if (response.ok) {
        if (!(await this.repo.recordAttempt(delivery.id, token, { status: 'delivered', httpStatus, error: null, retryInMs: null }))) this.lostLease(delivery.id);
        return;
      }
      error = message('webhook.httpStatus', { status: httpStatus });
    } catch (err) {
      const cause = err instanceof Error ? ((err.cause as Error | undefined)?.message ?? err.message) : String(err);
      error = err instanceof Error && err.name === 'TimeoutError' ? message('webhook.timeout', { ms: this.options.timeoutMs }) : message('webhook.unreachable', { cause });
    }
    const attempts = delivery.attempts + 1;
    const last = attempts >= this.options.maxAttempts;
    this.logger.info({ delivery: delivery.id, attempts, error: formatMessage(error.id, error.params) }, last ? 'Webhook delivery failed for good' : 'Webhook delivery failed; will retry');
    const recorded = await this.repo.recordAttempt(delivery.id, token, {
      status: last ? 'failed' : 'pending',
      httpStatus,
      error,
      retryInMs: last ? null : this.options.retryBaseMs * 2 ** (attempts - 1),
    });
    if (!recorded) this.lostLease(delivery.id);
  }

  /** The send outlived its lease and another sender took the delivery over: its outcome stands. */
  private lostLease(id: string): void {
    this.logger.warn({ delivery: id }, 'Webhook attempt not recorded: its lease ran out and another attempt owns the delivery');
  }
}

export function scopeKey(scope: ScopeArgs): string {
  const { kind, id } = resolveScope(scope);
  return `${kind}:${id}`;
}
