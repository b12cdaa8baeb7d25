// One server process of a cluster (WORKERS=n; see ../cluster.ts): the ordinary server on
// the shared port, without preparing the database (the primary did). Answers name the
// process that served them (x-kamgraph-process), which tells the processes apart.
import { createLogger } from '../kernel/logger.js';
import { main } from '../main.js';
import { configOrExit, fail } from './cli-support.js';

const config = configOrExit();
const logger = createLogger(config.LOG_LEVEL);
try {
  const running = await main(config, logger, { prepare: false });
  running.server.httpServer.prependListener('request', (_req, res) => res.setHeader('x-kamgraph-process', String(process.pid)));
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    running.shutdown().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, 'Worker shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', stop);
  // Ctrl-C reaches the whole process group: the primary decides when workers stop.
  process.on('SIGINT', () => {});
} catch (error) {
  fail(error);
}
