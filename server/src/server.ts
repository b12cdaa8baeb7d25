import { existsSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { PROJECT_ROOT } from './config.js';
import { createContext, type GraphContext } from './context.js';
import type { DbClient } from './db/db-client.js';
import type { Logger } from './logger.js';
import { resolvers } from './resolvers/index.js';
import { loadTypeDefs } from './schema/load-schema.js';

export interface ServerDeps {
  db: DbClient;
  logger: Logger;
  /** Built web app to serve at `/`; skipped when the folder does not exist. */
  webDist?: string;
  introspection?: boolean;
}

export interface KamgraphServer {
  app: express.Express;
  httpServer: http.Server;
  apollo: ApolloServer<GraphContext>;
  /** Listens; resolves with the bound port (0 picks a free one). */
  listen(port: number, host: string): Promise<number>;
  stop(): Promise<void>;
}

export const DEFAULT_WEB_DIST = path.join(PROJECT_ROOT, 'web', 'dist');

/** Builds the HTTP app; no side effects until `listen`, so tests can import it. */
export async function createServer(deps: ServerDeps): Promise<KamgraphServer> {
  const app = express();
  app.disable('x-powered-by');
  const httpServer = http.createServer(app);
  const apollo = new ApolloServer<GraphContext>({
    typeDefs: loadTypeDefs(),
    resolvers,
    introspection: deps.introspection ?? true,
    // Stack traces and driver text stay in the server log, never in responses.
    includeStacktraceInErrorResponses: false,
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer })],
    formatError: (formatted, error) => {
      deps.logger.error({ err: error }, 'GraphQL error');
      return formatted;
    },
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
    expressMiddleware(apollo, { context: async () => createContext(deps.db) }),
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
      if (httpServer.listening) await new Promise<void>((resolve) => httpServer.close(() => resolve()));
    },
  };
}
