import { createLogger } from '../logger.js';
import { main } from '../main.js';
import { ensureWebBuilt } from './build-web.js';
import { configOrExit, fail } from './cli-support.js';

const config = configOrExit();
const logger = createLogger(config.LOG_LEVEL);
try {
  ensureWebBuilt((line) => logger.info(line));
  const running = await main(config, logger);
  logger.info(`KAMgraph is up: app ${running.url}/  GraphQL ${running.url}/graphql  (Neo4j ${running.database.uri})`);
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
