import { spawn } from 'node:child_process';
import path from 'node:path';
import { PROJECT_ROOT } from '../kernel/config.js';
import { createLogger } from '../kernel/logger.js';
import { main } from '../main.js';
import { configOrExit, fail } from './cli-support.js';

// Development: the API on PORT and Vite's dev server (hot reload) on 5173, proxying /graphql.
const config = configOrExit();
const logger = createLogger(config.LOG_LEVEL);
try {
  const running = await main(config, logger);
  const vite = spawn('npx', ['vite', '--config', path.join(PROJECT_ROOT, 'web', 'vite.config.ts')], {
    cwd: PROJECT_ROOT,
    stdio: 'inherit',
    env: { ...process.env, PORT: String(running.port) },
  });
  logger.info(`API ${running.url}/graphql; web with hot reload on http://localhost:5173/`);
  const stop = () => {
    vite.kill('SIGTERM');
    void running.shutdown().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
} catch (error) {
  fail(error);
}
