import { existsSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { makeExecutableSchema, type IExecutableSchemaDefinition } from '@graphql-tools/schema';
import { loadViewerAndVersion } from './kernel/auth/access.js';
import { verifyToken } from './kernel/auth/tokens.js';
import { AnalyticsCache } from './kernel/cache/analytics-cache.js';
import { ResponseCache } from './kernel/cache/response-cache.js';
import { responseCachePlugin } from './kernel/graphql/response-cache-plugin.js';
import { PowerWorkers } from './modules/power/power-workers.js';
import { compiledExecutionGateway } from './kernel/graphql/compiled-executor.js';
import { PROJECT_ROOT } from './kernel/config.js';
import { createContext, type GraphContext } from './context.js';
import { createErrorFormatter, isDatabaseUnavailable, ServiceUnavailableError, UnauthenticatedError } from './kernel/errors.js';
import type { DbClient } from './kernel/database/db-client.js';
import { systemClock, type Clock } from './kernel/clock.js';
import type { Logger } from './kernel/logger.js';
import { resolvers } from './modules/index.js';
import { loadTypeDefs } from './kernel/graphql/load-schema.js';

export interface ServerDeps {
  db: DbClient;
  logger: Logger;
  /** Signs and checks bearer tokens (AUTH_SECRET). */
  authSecret: string;
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
  /** Worker threads for large scopes' power measures. Omitted: a default pool; null: all in-process. */
  powerWorkers?: PowerWorkers | null;
}

export interface KamgraphServer {
  app: express.Express;
  httpServer: http.Server;
  apollo: ApolloServer<GraphContext>;
  /** Listens; resolves with the bound port (0 picks a free one). */
  listen(port: number, host: string): Promise<number>;
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

async function authenticate(deps: ServerDeps, shared: { analyticsCache: AnalyticsCache | null; powerWorkers: PowerWorkers | null }, header: string | undefined): Promise<GraphContext> {
  const today = (deps.clock ?? systemClock).today();
  const match = /^Bearer\s+(\S+)$/i.exec(header ?? '');
  if (!match) throw new UnauthenticatedError('send "Authorization: Bearer <token>" (npm run token -- <userId> prints one).');
  const check = await verifyToken(deps.authSecret, match[1]!);
  if (!check.ok) throw new UnauthenticatedError(check.reason);
  try {
    const { viewer, graphVersion } = await loadViewerAndVersion(deps.db, check.userId, today);
    if (!viewer) throw new UnauthenticatedError(`the token names user "${check.userId}", who does not exist (any more).`);
    return createContext(deps.db, viewer, { ...shared, graphVersion, today });
  } catch (error) {
    if (isDatabaseUnavailable(error)) throw new ServiceUnavailableError();
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
 * read with the viewer must not key what the mutation's answer computes.
 */
function versionForQueriesOnlyPlugin(): ApolloServerPlugin<GraphContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, contextValue }) {
          if (operation?.operation !== 'query') contextValue.graphVersion = null;
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
  const powerWorkers = deps.powerWorkers === undefined ? new PowerWorkers() : deps.powerWorkers;
  const armor = new ApolloArmor(LIMITS(introspection)).protect();
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
      versionForQueriesOnlyPlugin(),
      ...(responseCache ? [responseCachePlugin<GraphContext>(responseCache)] : []),
      auditFlushPlugin(deps.logger)],
    formatError: createErrorFormatter(deps.logger),
  });
  await apollo.start();

  app.get('/health', async (_req, res) => {
    try {
      await deps.db.driver.verifyConnectivity({ database: deps.db.database });
      res.json({ status: 'ok', database: 'up' });
    } catch {
      res.status(503).json({ status: 'degraded', database: 'down' });
    }
  });
  app.use(
    '/graphql',
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, { context: async ({ req }) => authenticate(deps, { analyticsCache, powerWorkers }, req.headers.authorization) }),
  );

  const webDist = deps.webDist ?? DEFAULT_WEB_DIST;
  if (existsSync(webDist)) {
    app.use(express.static(webDist, { index: false, maxAge: '1h' }));
    // Client-side routes (/, /console, /territory/...) all load the app shell.
    app.get(/^\/(?!graphql|health).*/, (_req, res) => res.sendFile(path.join(webDist, 'index.html')));
  }

  return {
    app,
    httpServer,
    apollo,
    listen: (port, host) =>
      new Promise((resolve, reject) => {
        httpServer.once('error', reject);
        httpServer.listen(port, host, () => {
          const address = httpServer.address();
          resolve(typeof address === 'object' && address ? address.port : port);
        });
      }),
    stop: async () => {
      await apollo.stop();
      // Only the pool this server made: one passed in belongs to the caller.
      if (deps.powerWorkers === undefined) await powerWorkers?.close();
      if (httpServer.listening) await new Promise<void>((resolve) => httpServer.close(() => resolve()));
    },
  };
}
