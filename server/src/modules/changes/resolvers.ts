import type { Resolvers } from '../../__generated__/resolvers-types.js';
import type { ChangeKind } from '../../__generated__/vocabulary.js';
import { Locale } from '../../__generated__/vocabulary.js';
import { intInRange, ServiceUnavailableError } from '../../kernel/errors.js';
import { renderStoredMessage } from '../../kernel/i18n/catalogue.js';
import { enumOfLocale } from '../../kernel/i18n/locale.js';
import { loadAll } from '../../kernel/graphql/load.js';
import { isEntityLabel, keepVisible, loadEntity } from '../graph/questions.js';
import { assertMaySeeScope } from '../power/questions.js';
import { markInboxRead, unwatch, watch } from './commands.js';
import { subscribeToChanges } from './live.js';
import type { ChangeModel } from './models.js';
import { changes, inbox, inboxChanges, inboxCountsByWatch, watches } from './questions.js';
import { messageParams, nameLoader, renderEvidence, renderMessage } from './render.js';
import { createWebhook, deleteWebhook, listWebhooks } from './webhooks.js';
import { WebhookRepository } from './webhook-repository.js';

const kindsOf = (kinds: readonly ChangeKind[] | null | undefined) => (kinds && kinds.length > 0 ? new Set(kinds) : null);

export const resolvers: Resolvers = {
  Query: {
    changes: (_p, args, ctx) => changes(ctx, args),
    webhooks: (_p, _a, ctx) => listWebhooks(ctx, null),
    webhook: async (_p, { id }, ctx) => (await listWebhooks(ctx, [id]))[0] ?? null,
  },
  Mutation: {
    watch: (_p, { id }, ctx) => watch(ctx, id),
    unwatch: (_p, { id }, ctx) => unwatch(ctx, id),
    markInboxRead: (_p, _a, ctx) => markInboxRead(ctx),
    createWebhook: (_p, { input }, ctx) => createWebhook(ctx, input, ctx.changeServices?.self ?? null),
    deleteWebhook: (_p, { id }, ctx) => deleteWebhook(ctx, id),
  },
  Subscription: {
    changed: {
      subscribe: async (_p, args, ctx) => {
        await assertMaySeeScope(ctx, args.scope);
        const services = ctx.changeServices;
        if (!services) throw new ServiceUnavailableError();
        return subscribeToChanges(ctx, services.hub, args.scope, kindsOf(args.kinds), services.logger) as unknown as AsyncIterable<unknown>;
      },
      resolve: (change: ChangeModel) => change,
    },
  },
  Viewer: {
    watches: (_v, _a, ctx) => watches(ctx),
    inbox: (_v, _a, ctx) => inbox(ctx),
  },
  Change: {
    summary: (c, _a, ctx) => renderMessage(ctx, c.message),
    message: (c) => c.message,
    people: (c, _a, ctx) => loadAll(ctx.loaders.person, c.personIds),
    subject: async (c, _a, ctx) => {
      if (c.subjectId === null) return null;
      const named = await nameLoader(ctx).load(c.subjectId);
      return named && isEntityLabel(named.label) ? loadEntity(ctx, named.label, c.subjectId) : null;
    },
    // Evidence naming anyone the viewer may not see is left out (a tie from another territory).
    evidence: async (c, _a, ctx) => {
      const seen = new Set(await keepVisible(ctx, [...new Set(c.evidence.flatMap((e) => e.ids))]));
      return Promise.all(c.evidence.filter((e) => e.ids.every((id) => seen.has(id))).map((e) => renderEvidence(ctx, e)));
    },
    recordedOn: (c) => c.recorded?.on ?? null,
    recordedBy: (c, _a, ctx) => (c.recorded?.by ? ctx.loaders.user.load(c.recorded.by) : null),
  },
  RankMove: {
    person: (m, _a, ctx) => ctx.loaders.person.load(m.personId),
  },
  ChangeMessage: {
    id: (m) => m.id,
    params: async (m, _a, ctx) => {
      const rendered = await messageParams(ctx, m);
      return Object.entries(rendered).map(([name, value]) => ({ name, value: value === null ? null : String(value), entityId: m.refs[name] ?? null }));
    },
  },
  Inbox: {
    unreadCount: (i) => i.changes.length,
    countsByKind: (i) => {
      const counts = new Map<ChangeKind, number>();
      for (const c of i.changes) counts.set(c.kind, (counts.get(c.kind) ?? 0) + 1);
      return [...counts].map(([kind, count]) => ({ kind, count }));
    },
    countsByWatch: (i) => inboxCountsByWatch(i),
    changes: (i, args, ctx) => inboxChanges(ctx, i, args),
  },
  Watch: {
    entity: async (w, _a, ctx) => (isEntityLabel(w.label) ? loadEntity(ctx, w.label, w.entityId) : null) as never,
  },
  WatchCount: {
    entity: async (w, _a, ctx) => (isEntityLabel(w.label) ? loadEntity(ctx, w.label, w.entityId) : null) as never,
  },
  Webhook: {
    secretHint: (w) => `${w.secret.slice(0, 4)}…`,
    createdBy: (w, _a, ctx) => (w.createdBy ? ctx.loaders.user.load(w.createdBy) : null),
    locale: (w) => Locale[enumOfLocale(w.locale)],
    deliveries: (w, args, ctx) => new WebhookRepository(ctx.db).deliveries(w.id, args.status ?? null, intInRange('first', args.first, 50, 1, 500)),
  },
  WebhookDelivery: {
    lastError: (d, _a, ctx) => renderStoredMessage(d.lastError, ctx.locale),
  },
};
