import type { FormattedExecutionResult } from 'graphql';
import { existsSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { makeExecutableSchema, type IExecutableSchemaDefinition } from '@graphql-tools/schema';
import { ViewerSource } from './kernel/auth/viewer-source.js';
import type { Viewer } from './kernel/auth/viewer.js';
import { authMessages, checkBearer } from './kernel/auth/sign-in.js';
import type { OidcVerifier } from './kernel/auth/oidc.js';
import { AnalyticsCache } from './kernel/cache/analytics-cache.js';
import { ResponseCache } from './kernel/cache/response-cache.js';
import { responseCachePlugin } from './kernel/graphql/response-cache-plugin.js';
import { localeDirectivePlugin } from './kernel/graphql/locale-directive.js';
import { errorWordsPlugin, wordedMessage } from './kernel/graphql/error-words.js';
import { DEFAULT_LOCALE, type Locale } from './kernel/i18n/catalogue.js';
import { localeOf, negotiateLocale, requestedLocale } from './kernel/i18n/locale.js';
import { MeasuresMemo } from './modules/power/measures-memo.js';
import { ProjectionMemo } from './modules/power/projection-memo.js';
import { PowerWorkers } from './modules/power/power-workers.js';
import { createWholeGraphPower, type ScopePower } from './modules/power/questions.js';
import type { WholeGraphPower } from './modules/power/whole-graph.js';
import { compiledExecutionGateway } from './kernel/graphql/compiled-executor.js';
import { PROJECT_ROOT } from './kernel/config.js';
import { createContext, type GraphContext } from './context.js';
import { readGraphVersion } from './kernel/database/entities.js';
import { WARM_UP_VIEWER, warmUp, type WarmUpAsk, type WarmUpReport } from './warm-up.js';
import type { CountryPack } from './modules/country/pack.js';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { createErrorFormatter, httpErrorAnswer, isDatabaseUnavailable, RateLimitedError, ServiceUnavailableError, UnauthenticatedError } from './kernel/errors.js';
import type { DbClient } from './kernel/database/db-client.js';
import { systemClock, type Clock } from './kernel/clock.js';
import type { Logger } from './kernel/logger.js';
import { resolvers } from './modules/index.js';
import { ChangeHub } from './modules/changes/live.js';
import { FactsMemo } from './modules/changes/facts-memo.js';
import { RankingBoard } from './modules/changes/rankings.js';
import { ChangeRepository } from './modules/changes/repository.js';
import type { ChangeServices } from './modules/changes/services.js';
import { WebhookDispatcher, type DispatcherOptions } from './modules/changes/webhooks.js';
import { DbClient as BackgroundDb } from './kernel/database/db-client.js';
import { loadTypeDefs } from './kernel/graphql/load-schema.js';
import { evidenceUploadRouter } from './modules/evidence/upload-route.js';

export interface ServerDeps {
  db: DbClient;
  logger: Logger;
  /** Signs and checks bearer tokens (AUTH_SECRET). */
  authSecret: string;
  /** Sign-in with the company's identity provider (OIDC_ISSUER); CLI tokens work either way. */
  oidc?: OidcVerifier;
  /** Built web app to serve at `/`; skipped when the folder does not exist. */
  webDist?: string;
  introspection?: boolean;
  /**
   * Heavy analytics kept per graph version. Omitted: a cache with default limits on
   * `db`; null: none (every question computes).
   */
  analyticsCache?: AnalyticsCache | null;
  /** What day it is for "as of" defaults, due dates and flags. Default: the system clock. */
  clock?: Clock;
  /**
   * Whole answers to queries per graph version and viewer. Omitted: one with default
   * limits; null: none (every query runs its resolvers).
   */
  responseCache?: ResponseCache | null;
  /**
   * Who asks and the graph version, per request (kernel/auth/viewer-source.ts). Omitted:
   * read from Neo4j with every request, as tests and embedders that write around the
   * server need; main.ts passes one that remembers between writes (GRAPH_VERSION_CHECK_MS).
   */
  viewers?: ViewerSource;
  /** Worker threads for large scopes' power measures. Omitted: a default pool; null: all in-process. */
  powerWorkers?: PowerWorkers | null;
  /**
   * The whole graph's balance of power, kept up to date in the background once asked.
   * Omitted: one for this server when it has an analytics cache; null: none (the whole
   * graph is computed like any scope).
   */
  wholeGraph?: WholeGraphPower<ScopePower> | null;
  /** Admins' evidence uploads (POST /evidence/upload). Default: the repository's area table, 50 MB. */
  evidence?: { areasFile: string; maxUploadBytes: number };
  /** Live changes and webhooks (CHANGES_POLL_MS, WEBHOOK_*); defaults below. */
  changes?: Partial<ChangeOptions>;
  /** Requests each user may send per window (RATE_LIMIT_PER_MINUTE); omitted or null: no limit. */
  rateLimit?: { points: number; durationSeconds: number } | null;
  /** The country pack (COUNTRY_PACK); omitted: the generic pack, which accepts every word of the original lists. */
  countryPack?: CountryPack;
}

export const DEFAULT_EVIDENCE_UPLOAD = { areasFile: path.join(PROJECT_ROOT, 'data', 'therapeutic-area-terms.csv'), maxUploadBytes: 50 * 1024 * 1024 };

export interface ChangeOptions extends DispatcherOptions {
  /** Deliver webhooks from this server (false: another process does it). */
  webhooks: boolean;
}

export const DEFAULT_CHANGE_OPTIONS: Readonly<ChangeOptions> = Object.freeze({
  pollMs: 500,
  timeoutMs: 5_000,
  maxAttempts: 6,
  retryBaseMs: 2_000,
  webhooks: true,
});

export interface KamgraphServer {
  app: express.Express;
  httpServer: http.Server;
  apollo: ApolloServer<GraphContext>;
  /** Listens; resolves with the bound port (0 picks a free one). */
  listen(port: number, host: string): Promise<number>;
  /** Asks what the app's first screen asks, once, so that its first user does not wait for a cold start (warm-up.ts). */
  warmUp(): Promise<WarmUpReport>;
  stop(): Promise<void>;
}

/** Big enough for real multi-hop questions and GraphiQL's introspection, small enough to stop abuse. */
export const MAX_TOKENS = 5_000;
const LIMITS = (development: boolean) => ({
  maxDepth: { n: 12, ignoreIntrospection: true },
  maxAliases: { n: 15 },
  maxDirectives: { n: 20 },
  costLimit: { maxCost: 50_000, objectCost: 2, scalarCost: 1, depthCostFactor: 1.5, ignoreIntrospection: true },
  // Token limits are Apollo's parseOptions.maxTokens (graphql-armor's turns syntax errors into 500s).
  maxTokens: { enabled: false },
  // Field suggestions help developers; production does not reveal the schema through them.
  blockFieldSuggestion: { enabled: !development },
});

/** The request body limit, as express and the error answers spell it. */
const BODY_LIMIT = '1mb';

/** Per-user request counts in memory (one process); null when no limit is set. */
function userRateLimiter(limit: ServerDeps['rateLimit']): RateLimiterMemory | null {
  if (!limit || limit.points <= 0) return null;
  return new RateLimiterMemory({ points: limit.points, duration: limit.durationSeconds });
}

/** What every request's context shares within one server (caches, worker threads, live changes). */
interface SharedServices {
  analyticsCache: AnalyticsCache | null;
  powerWorkers: PowerWorkers | null;
  wholeGraph: WholeGraphPower<ScopePower> | null;
  projectionMemo: ProjectionMemo | null;
  measuresMemo: MeasuresMemo | null;
  changeServices: ChangeServices | null;
}

/** One question's context: who asks, at which graph version and day, with the server's shared services. */
function contextOf(deps: ServerDeps, shared: SharedServices, viewer: Viewer, graphVersion: number | null, today: string, locale?: Locale): GraphContext {
  return createContext(deps.db, viewer, { ...shared, graphVersion, today, ...(locale ? { locale } : {}), ...(deps.countryPack ? { countryPack: deps.countryPack } : {}) });
}

async function authenticate(
  deps: ServerDeps,
  viewers: ViewerSource,
  shared: SharedServices,
  limiter: RateLimiterMemory | null,
  header: string | undefined,
  requested: Locale | null = null,
): Promise<GraphContext> {
  // Until the user is known, the request's language (or English); then, when the request
  // names none of ours, the language the user chose in the app.
  let locale = requested ?? DEFAULT_LOCALE;
  const today = (deps.clock ?? systemClock).today();
  const match = /^Bearer\s+(\S+)$/i.exec(header ?? '');
  // Refusals here come before the operation is read: worded in the request's language now.
  if (!match) throw new UnauthenticatedError(authMessages.noBearer, locale);
  try {
    const check = await checkBearer(deps.db, deps.authSecret, deps.oidc, match[1]!);
    if (!check.ok) throw new UnauthenticatedError(check.reason, locale);
    const { viewer, graphVersion } = await viewers.viewerAndVersion(check.userId, today);
    if (limiter) {
      try {
        await limiter.consume(check.userId);
      } catch (refusal) {
        if (refusal instanceof RateLimiterRes) throw new RateLimitedError(Math.max(1, Math.ceil(refusal.msBeforeNext / 1000)), locale);
        throw refusal;
      }
    }
    if (!viewer) throw new UnauthenticatedError(check.who ? authMessages.noRole(check.who) : authMessages.unknownUser(check.userId), locale);
    locale = requested ?? viewer.preferredLocale ?? DEFAULT_LOCALE;
    // A newer version than any seen means a write: the whole graph recomputes in the background.
    shared.wholeGraph?.notice(graphVersion);
    return contextOf(deps, shared, viewer, graphVersion, today, locale);
  } catch (error) {
    if (isDatabaseUnavailable(error)) throw new ServiceUnavailableError(locale);
    throw error;
  }
}

/** Writes the request's audit entries before the response leaves. */
function auditFlushPlugin(logger: Logger): ApolloServerPlugin<GraphContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue }) {
          try {
            await contextValue.audit?.flush();
          } catch (error) {
            logger.error({ err: error }, 'Could not write audit entries');
          }
        },
      };
    },
  };
}

/**
 * A mutation's own writes move the graph version after the request began: the version
 * read with the viewer must not key what the mutation's answer computes. Once the
 * mutation has written, the whole graph's balance of power starts its recomputation.
 */
function versionForQueriesOnlyPlugin(wholeGraph: WholeGraphPower<ScopePower> | null): ApolloServerPlugin<GraphContext> {
  return {
    async requestDidStart() {
      let mutation = false;
      return {
        async didResolveOperation({ operation, contextValue }) {
          if (operation?.operation !== 'query') contextValue.graphVersion = null;
          mutation = operation?.operation === 'mutation';
        },
        async willSendResponse() {
          if (mutation) wholeGraph?.written();
        },
      };
    },
  };
}

export const DEFAULT_WEB_DIST = path.join(PROJECT_ROOT, 'web', 'dist');

/** Builds the HTTP app; no side effects until `listen`, so tests can import it. */
export async function createServer(deps: ServerDeps): Promise<KamgraphServer> {
  const app = express();
  app.disable('x-powered-by');
  const httpServer = http.createServer(app);
  const introspection = deps.introspection ?? true;
  const analyticsCache = deps.analyticsCache === undefined ? AnalyticsCache.forDatabase(deps.db) : deps.analyticsCache;
  const responseCache = deps.responseCache === undefined ? new ResponseCache() : deps.responseCache;
  const viewers = deps.viewers ?? ViewerSource.readEveryRequest(deps.db);
  const powerWorkers = deps.powerWorkers === undefined ? new PowerWorkers() : deps.powerWorkers;
  // Remembered like cached answers: a server without the analytics cache keeps neither.
  const measuresMemo = analyticsCache ? new MeasuresMemo() : null;
  const projectionMemo = analyticsCache ? new ProjectionMemo() : null;
  const wholeGraph =
    deps.wholeGraph !== undefined ? deps.wholeGraph : analyticsCache ? createWholeGraphPower(deps.db, powerWorkers, deps.clock ?? systemClock, deps.logger) : null;
  const armor = new ApolloArmor(LIMITS(introspection)).protect();
  const limiter = userRateLimiter(deps.rateLimit);
  const schema = makeExecutableSchema({ typeDefs: loadTypeDefs(), resolvers: resolvers as IExecutableSchemaDefinition<GraphContext>['resolvers'] });
  const apollo = new ApolloServer<GraphContext>({
    // Apollo's way to take another executor: queries run compiled (compiled-executor.ts).
    gateway: compiledExecutionGateway(schema),
    introspection,
    // Stack traces and driver text stay in the server log, never in responses.
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: false,
    // main.ts owns SIGINT/SIGTERM: it stops HTTP, then the driver, then Neo4j, in that order.
    stopOnTerminationSignals: false,
    csrfPrevention: true,
    // Apollo counts tokens while parsing: a token flood is rejected as a 400, not a 500.
    parseOptions: { maxTokens: MAX_TOKENS },
    validationRules: armor.validationRules,
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer }),
      // The API sets no cache hints; the default plugin wraps every field resolver to
      // compute them anyway: 1.3x raw time on a 10,000-person answer (README, Performance).
      ApolloServerPluginCacheControlDisabled(),
      // graphql-armor's types come from Apollo's CJS build; the objects are the same.
      ...(armor.plugins as unknown as ApolloServerPlugin<GraphContext>[]),
      versionForQueriesOnlyPlugin(wholeGraph),
      // Before the response cache: the operation's @locale is part of what the answer depends on.
      localeDirectivePlugin<GraphContext>(),
      ...(responseCache ? [responseCachePlugin<GraphContext>(responseCache)] : []),
      // Errors in the request's language, once @locale was read.
      errorWordsPlugin<GraphContext>(),
      auditFlushPlugin(deps.logger)],
    formatError: createErrorFormatter(deps.logger),
    // Apollo's own text, except that a stored answer's is made once (response-cache.ts).
    ...(responseCache ? { stringifyResult: (result: FormattedExecutionResult) => responseCache.stringify(result) } : {}),
  });
  await apollo.start();

  // Live changes and webhooks read the change log on their own database client, so their
  // polling never counts in a request's round trips.
  const changeOptions: ChangeOptions = { ...DEFAULT_CHANGE_OPTIONS, ...deps.changes };
  const background = new BackgroundDb(deps.db.driver, deps.db.database);
  const ports: number[] = [];
  const changeServices: ChangeServices = {
    hub: new ChangeHub(new ChangeRepository(background), deps.logger, changeOptions.pollMs),
    // Rankings kept across writes, as the analytics cache keeps them within one graph version.
    rankings: analyticsCache ? new RankingBoard() : null,
    facts: analyticsCache ? new FactsMemo() : null,
    self: { ports: () => ports },
    logger: deps.logger,
  };
  const shared: SharedServices = { analyticsCache, powerWorkers, wholeGraph, projectionMemo, measuresMemo, changeServices };
  const dispatcher = changeOptions.webhooks
    ? new WebhookDispatcher(background, deps.logger, deps.clock ?? systemClock, analyticsCache, changeOptions, changeServices)
    : null;
  // GraphQL over WebSocket (graphql-ws) on the same port and path: subscriptions. The
  // bearer token comes as the connection parameter `authorization`; without a valid one
  // the socket is closed (4403) before any operation runs. The language: the connection
  // parameter `locale` (browsers cannot set a WebSocket's headers), else the upgrade
  // request's Accept-Language.
  const wsServer = new WebSocketServer({ server: httpServer, path: '/graphql' });
  const socketAuth = (params: Record<string, unknown> | undefined, request: http.IncomingMessage) =>
    authenticate(
      deps,
      viewers,
      shared,
      null,
      typeof params?.authorization === 'string' ? params.authorization : undefined,
      localeOf(params?.locale) ?? requestedLocale(request.headers['accept-language']),
    );
  const wsCleanup = useServer<Record<string, unknown> | undefined>(
    {
      schema,
      onConnect: async (ctx) => {
        try {
          await socketAuth(ctx.connectionParams, ctx.extra.request);
          return true;
        } catch {
          return false;
        }
      },
      context: (ctx) => socketAuth(ctx.connectionParams, ctx.extra.request),
      // Subscriptions do not pass through Apollo's plugins: their errors are worded here.
      onNext: (_ctx, _id, _payload, args, result) => {
        const locale = (args.contextValue as GraphContext | undefined)?.locale;
        if (!locale || !result.errors) return;
        return { ...result, errors: result.errors.map((error) => ({ ...error.toJSON(), message: wordedMessage(error, locale) ?? error.message })) };
      },
    },
    wsServer,
  );

  app.get('/health', async (_req, res) => {
    try {
      await deps.db.driver.verifyConnectivity({ database: deps.db.database });
      res.json({ status: 'ok', database: 'up' });
    } catch {
      res.status(503).json({ status: 'degraded', database: 'down' });
    }
  });
  // What the web app needs to start a company sign-in (public, like the provider's own metadata).
  app.get('/auth/config', (_req, res) => {
    res.json(deps.oidc ? { enabled: true, ...deps.oidc.publicConfig() } : { enabled: false });
  });
  app.use(
    '/graphql',
    express.json({ limit: BODY_LIMIT }),
    expressMiddleware(apollo, {
      context: async ({ req }) =>
        authenticate(deps, viewers, shared, limiter, req.headers.authorization, requestedLocale(req.headers['accept-language'])),
    }),
  );

  const evidence = deps.evidence ?? DEFAULT_EVIDENCE_UPLOAD;
  app.use(
    evidenceUploadRouter({
      db: deps.db,
      logger: deps.logger,
      viewerOf: async (header, locale) => (await authenticate(deps, viewers, { analyticsCache: null, powerWorkers: null, wholeGraph: null, projectionMemo: null, measuresMemo: null, changeServices: null }, limiter, header, locale)).viewer,
      today: () => (deps.clock ?? systemClock).today(),
      areasFile: evidence.areasFile,
      maxBytes: evidence.maxUploadBytes,
    }),
  );

  const webDist = deps.webDist ?? DEFAULT_WEB_DIST;
  if (existsSync(webDist)) {
    app.use(express.static(webDist, { index: false, maxAge: '1h' }));
    // Client-side routes (/, /console, /territory/...) all load the app shell.
    app.get(/^\/(?!graphql|health|evidence\/upload).*/, (_req, res) => res.sendFile(path.join(webDist, 'index.html')));
  }
  // Whatever fails outside GraphQL execution answers JSON, never express's HTML page with
  // a stack trace and the server's paths (which it shows whenever NODE_ENV is not production).
  app.use((req: express.Request, res: express.Response) => {
    const { status, body } = httpErrorAnswer({ status: 404 }, BODY_LIMIT, negotiateLocale(req.headers['accept-language']));
    res.status(status).json(body);
  });
  app.use((error: unknown, req: express.Request, res: express.Response, next: express.NextFunction) => {
    if (res.headersSent) return next(error);
    const { status, body } = httpErrorAnswer(error, BODY_LIMIT, negotiateLocale(req.headers['accept-language']));
    if (status >= 500) deps.logger.error({ err: error }, 'Unexpected error outside GraphQL');
    res.status(status).json(body);
  });

  // The warm-up's questions go through Apollo as a request's would (the same plugins and
  // caches), with a context of their own: no bearer token, no user, no rate limit.
  const askAsWarmUp: WarmUpAsk = async (document, variables) => {
    const contextValue = contextOf(deps, shared, WARM_UP_VIEWER, await readGraphVersion(deps.db), (deps.clock ?? systemClock).today());
    const response = await apollo.executeOperation({ query: document, variables }, { contextValue });
    if (response.body.kind !== 'single') return { data: null, errors: ['an incremental answer'] };
    const { data, errors } = response.body.singleResult;
    return { data: (data ?? null) as never, errors: (errors ?? []).map((error) => error.message) };
  };

  return {
    app,
    httpServer,
    apollo,
    warmUp: () => warmUp(askAsWarmUp, (deps.clock ?? systemClock).today()),
    listen: (port, host) =>
      new Promise((resolve, reject) => {
        httpServer.once('error', reject);
        httpServer.listen(port, host, () => {
          const address = httpServer.address();
          const bound = typeof address === 'object' && address ? address.port : port;
          ports.push(bound);
          dispatcher?.start();
          resolve(bound);
        });
      }),
    stop: async () => {
      changeServices.hub.stop();
      await dispatcher?.stop();
      await wsCleanup.dispose();
      wsServer.close();
      await apollo.stop();
      // Only what this server made: what was passed in belongs to the caller.
      if (deps.wholeGraph === undefined) wholeGraph?.stop();
      if (deps.powerWorkers === undefined) await powerWorkers?.close();
      if (deps.viewers === undefined) viewers.close();
      if (httpServer.listening) await new Promise<void>((resolve) => httpServer.close(() => resolve()));
    },
  };
}
