import { createLogger } from '../kernel/logger.js';
import { main, type Running } from '../main.js';
import { runCluster } from '../cluster.js';
import { issueToken } from '../kernel/auth/tokens.js';
import type { Config } from '../kernel/config.js';
import { ensureWebBuilt } from './build-web.js';
import { configOrExit, fail } from './cli-support.js';

const config = configOrExit();
const logger = createLogger(config.LOG_LEVEL);
try {
  ensureWebBuilt((line) => logger.info(line));
  let started: { shutdown(): Promise<void> } | undefined;
  // The supervisor already logged why; stop serving and let systemd, Docker or Kubernetes restart us.
  const onDatabaseGaveUp = () => {
    void (started?.shutdown() ?? Promise.resolve()).finally(() => process.exit(1));
  };
  // WORKERS=n: n server processes on this port (cluster.ts); otherwise this process serves.
  const running = config.WORKERS > 1 ? await runCluster(config, logger, { onDatabaseGaveUp }) : await main(config, logger, { onDatabaseGaveUp });
  started = running;
  logger.info(`KAMgraph is up: app ${running.url}/  GraphQL ${running.url}/graphql  (Neo4j ${running.database.uri})`);
  if (config.NODE_ENV === 'development') {
    // Development convenience: a sign-in link for the demo KAM (npm run token -- <userId> for others).
    const link = await demoSignInLink(config, running);
    if (link) logger.info(`Sign in as the demo KAM: ${link}`);
  }
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info(`${signal}: shutting down`);
    running.shutdown().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, 'Shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
} catch (error) {
  fail(error);
}

async function demoSignInLink(config: Config, running: Pick<Running, 'url' | 'database'>): Promise<string | null> {
  const { driver, database } = running.database;
  const { records } = await driver.executeQuery("MATCH (u:User {id: 'user-kam'}) RETURN u.id AS id", {}, { database });
  if (records.length === 0) return null;
  return `${running.url}/#token=${await issueToken(config.authSecret, 'user-kam', '7d')}`;
}
