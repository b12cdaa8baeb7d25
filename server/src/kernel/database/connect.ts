import neo4j, { type Driver } from 'neo4j-driver';
import type { Config } from '../config.js';
import { isPortOpen, startEmbeddedNeo4j, type EmbeddedNeo4j } from './embedded-neo4j.js';
import { superviseEmbedded, type EmbeddedSupervisor, type SupervisorEvents, type SupervisorPolicy } from './supervisor.js';

export interface Database {
  readonly driver: Driver;
  readonly database: string;
  readonly uri: string;
  /** The embedded server this process started, if any (the current one after a restart). */
  readonly embedded?: EmbeddedNeo4j;
  /** Restarts the embedded server when it dies (only when this process started it). */
  readonly supervisor?: EmbeddedSupervisor;
  /** Closes the driver and stops the embedded server this process started. */
  close(): Promise<void>;
}

export function createDriver(uri: string, username?: string, password?: string): Driver {
  return neo4j.driver(uri, password === undefined ? undefined : neo4j.auth.basic(username ?? 'neo4j', password), {
    // Integers fit in JS numbers for everything we store (counts, years, amounts).
    disableLosslessIntegers: true,
    // Fail fast when the database is gone (SERVICE_UNAVAILABLE in a few seconds, not 30):
    // one retry after a second still rides out a brief blip or a cluster leader switch.
    connectionAcquisitionTimeout: 5_000,
    connectionTimeout: 3_000,
    maxTransactionRetryTime: 1_000,
    maxConnectionPoolSize: 100,
    userAgent: 'kamgraph/0.1',
  });
}

/**
 * NEO4J_URI set: use that server (single instance, cluster or Aura).
 * Otherwise: reuse an embedded Neo4j already listening on NEO4J_BOLT_PORT (for example
 * `npm start` running while `npm run import` works), or start one for this process.
 */
export interface Supervision {
  events: SupervisorEvents;
  policy?: Partial<SupervisorPolicy>;
}

export async function openDatabase(config: Config, log?: (line: string) => void, supervision?: Supervision): Promise<Database> {
  if (config.NEO4J_URI) {
    const driver = createDriver(config.NEO4J_URI, config.NEO4J_USERNAME, config.NEO4J_PASSWORD);
    await verify(driver, config.NEO4J_URI, config.NEO4J_DATABASE);
    return { driver, database: config.NEO4J_DATABASE, uri: config.NEO4J_URI, close: () => driver.close() };
  }
  const port = config.NEO4J_BOLT_PORT;
  const localUri = `bolt://127.0.0.1:${port}`;
  if (await isPortOpen(port)) {
    const driver = createDriver(localUri);
    await verify(driver, localUri, config.NEO4J_DATABASE);
    return { driver, database: config.NEO4J_DATABASE, uri: localUri, close: () => driver.close() };
  }
  const start = () =>
    startEmbeddedNeo4j({
      dataDir: config.neo4jDataDir,
      port,
      heap: config.NEO4J_HEAP,
      pageCache: config.NEO4J_PAGECACHE,
      ...(log ? { log } : {}),
    });
  const embedded = await start();
  const driver = createDriver(embedded.uri);
  try {
    await verify(driver, embedded.uri, config.NEO4J_DATABASE);
  } catch (error) {
    await driver.close();
    await embedded.stop();
    throw error;
  }
  // The same data folder and port on every restart: the driver keeps its address and reconnects.
  const supervisor = supervision
    ? superviseEmbedded(embedded, start, supervision.events, {
        dataDir: config.neo4jDataDir,
        policy: { maxRestarts: config.NEO4J_MAX_RESTARTS, ...supervision.policy },
      })
    : undefined;
  return {
    driver,
    database: config.NEO4J_DATABASE,
    uri: embedded.uri,
    get embedded() {
      return supervisor?.current ?? embedded;
    },
    ...(supervisor ? { supervisor } : {}),
    close: async () => {
      await driver.close();
      if (supervisor) await supervisor.stop();
      else await embedded.stop();
    },
  };
}

async function verify(driver: Driver, uri: string, database: string): Promise<void> {
  try {
    await driver.verifyConnectivity({ database });
  } catch (error) {
    await driver.close();
    throw new Error(`Cannot reach Neo4j at ${uri} (database "${database}"): ${(error as Error).message}`);
  }
}
