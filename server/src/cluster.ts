/**
 * WORKERS=n: n server processes on one port (node:cluster). The primary opens the
 * database (starting the embedded Neo4j if there is one to start), applies the schema and
 * seeds the demo once, then forks the workers; each worker is the ordinary server
 * (main.ts) connected to the same Neo4j, and the operating system spreads connections
 * over them. Nothing is shared in memory: every cache is keyed by the graph version, which
 * lives in Neo4j. Each process remembers it between writes, and a process that writes
 * tells the others through this primary (cluster-relay.ts) before its answer leaves, so a
 * write through one process is seen by the next request to any other.
 */
import cluster, { type Worker } from 'node:cluster';
import { fileURLToPath } from 'node:url';
import { CONFIG_VARIABLES, type Config } from './kernel/config.js';
import { openDatabase, type Database } from './kernel/database/connect.js';
import type { Logger } from './kernel/logger.js';
import { relayWritesBetweenWorkers } from './cluster-relay.js';
import { prepareDatabase, type MainOptions } from './main.js';

export interface ClusterRunning {
  url: string;
  port: number;
  database: Database;
  /** Process ids of the workers serving now. */
  workerPids(): number[];
  /** Stops the workers (each closes HTTP and its driver), then the database. */
  shutdown(): Promise<void>;
}

const WORKER_ENTRY = fileURLToPath(new URL('./cli/cluster-worker.ts', import.meta.url));

/**
 * The environment a worker loads its config from: every setting of this config (also
 * when it was given to runCluster rather than read from the environment), one process,
 * no preparing.
 */
function workerEnv(config: Config, database: Database): Record<string, string> {
  const env: Record<string, string> = {};
  for (const name of CONFIG_VARIABLES) {
    const value = config[name];
    if (value !== undefined) env[name] = String(value);
  }
  Object.assign(env, {
    AUTH_SECRET: config.authSecret,
    INTROSPECTION: String(config.introspection),
    RATE_LIMIT_PER_MINUTE: String(config.rateLimitPerMinute),
    SEED_ON_EMPTY: 'false',
    WORKERS: '1',
  });
  if (config.NEO4J_URI) {
    env.NEO4J_URI = config.NEO4J_URI;
    if (config.NEO4J_PASSWORD !== undefined) env.NEO4J_PASSWORD = config.NEO4J_PASSWORD;
  } else {
    // The embedded Neo4j this primary started (or found): workers find it listening there.
    env.NEO4J_BOLT_PORT = new URL(database.uri.replace(/^bolt/, 'http')).port;
  }
  return env;
}

export async function runCluster(config: Config, logger: Logger, options: Pick<MainOptions, 'onDatabaseGaveUp'> = {}): Promise<ClusterRunning> {
  if (!cluster.isPrimary) throw new Error('runCluster runs in the primary process only.');
  // The primary started the embedded Neo4j, so the primary supervises it (README, Operations).
  const database = await openDatabase(config, (line) => logger.info(line), {
    events: {
      info: (message) => logger.warn(message),
      error: (message) => logger.error(message),
      gaveUp: (message) => options.onDatabaseGaveUp?.(message),
    },
  });
  await prepareDatabase(config, logger, database);
  // Workers run TypeScript as the primary does (through tsx).
  cluster.setupPrimary({ exec: WORKER_ENTRY, execArgv: ['--import', 'tsx'], silent: false });
  const env = workerEnv(config, database);
  const stopRelay = relayWritesBetweenWorkers();
  let stopping = false;
  let port = 0;

  const fork = (): Promise<Worker> =>
    new Promise((resolve, reject) => {
      const worker = cluster.fork(env);
      const onExit = (code: number | null) => reject(new Error(`A server worker exited with code ${code} before listening.`));
      worker.once('exit', onExit);
      worker.once('listening', (address) => {
        worker.off('exit', onExit);
        port = address.port;
        worker.once('exit', (code, signal) => {
          if (stopping) return;
          // A worker that dies is replaced; the others keep serving meanwhile.
          logger.error({ pid: worker.process.pid, code, signal }, 'A server worker died; starting another');
          fork().catch((error: unknown) => logger.error({ err: error }, 'Could not replace a server worker'));
        });
        resolve(worker);
      });
    });

  try {
    const workers = await Promise.all(Array.from({ length: config.WORKERS }, () => fork()));
    logger.info({ workers: workers.map((w) => w.process.pid), port }, `${workers.length} server processes share port ${port}`);
  } catch (error) {
    stopping = true;
    for (const worker of Object.values(cluster.workers ?? {})) worker?.kill('SIGTERM');
    stopRelay();
    await database.close();
    throw error;
  }
  const url = `http://${config.HOST === '0.0.0.0' ? 'localhost' : config.HOST}:${port}`;
  return {
    url,
    port,
    database,
    workerPids: () => Object.values(cluster.workers ?? {}).flatMap((w) => (w?.process.pid ? [w.process.pid] : [])),
    shutdown: async () => {
      stopping = true;
      const workers = Object.values(cluster.workers ?? {}).filter((w): w is Worker => w !== undefined);
      await Promise.all(
        workers.map(
          (worker) =>
            new Promise<void>((resolve) => {
              if (worker.isDead()) return resolve();
              worker.once('exit', () => resolve());
              worker.kill('SIGTERM');
            }),
        ),
      );
      stopRelay();
      await database.close();
    },
  };
}
