import type { Config } from './kernel/config.js';
import { applySchema } from './modules/graph/apply-schema.js';
import { openDatabase, type Database } from './kernel/database/connect.js';
import { DbClient } from './kernel/database/db-client.js';
import { GraphRepository } from './modules/graph/repository.js';
import { countryPack } from './modules/country/pack.js';
import { seedDemo } from './modules/import-export/seed-demo.js';
import type { Logger } from './kernel/logger.js';
import type { SupervisorPolicy } from './kernel/database/supervisor.js';
import { OidcVerifier } from './kernel/auth/oidc.js';
import { workerRelay } from './cluster-relay.js';
import { ViewerSource } from './kernel/auth/viewer-source.js';
import { createServer, type KamgraphServer } from './server.js';
import { scheduleRetention } from './modules/privacy/retention.js';
import { systemClock } from './kernel/clock.js';

export interface Running {
  url: string;
  port: number;
  database: Database;
  server: KamgraphServer;
  /** Closes HTTP, then the driver, then the embedded database if this process started it. */
  shutdown(): Promise<void>;
}

/** OIDC_* settings -> the access-token verifier (none when OIDC_ISSUER is unset). */
function oidcOf(config: Config): { oidc?: OidcVerifier } {
  if (!config.OIDC_ISSUER || !config.OIDC_CLIENT_ID || !config.OIDC_AUDIENCE) return {};
  return {
    oidc: new OidcVerifier({
      issuer: config.OIDC_ISSUER,
      clientId: config.OIDC_CLIENT_ID,
      audience: config.OIDC_AUDIENCE,
      scopes: config.OIDC_SCOPES,
      ...(config.OIDC_ROLE_CLAIM ? { roleClaim: config.OIDC_ROLE_CLAIM } : {}),
    }),
  };
}

export interface MainOptions {
  /**
   * The embedded Neo4j could not be restarted (README, Operations): `npm start` exits
   * non-zero so that an outer supervisor takes over. Tests watch it instead.
   */
  onDatabaseGaveUp?: (message: string) => void;
  /** Restart backoff for the embedded Neo4j (tests shorten it). */
  restartPolicy?: Partial<SupervisorPolicy>;
  /** false skips the schema and the demo: a cluster's primary did both (cluster.ts). */
  prepare?: boolean;
}

/** Wiring only: config -> database (+ schema, + demo on an empty graph) -> server -> listen. */
export async function main(config: Config, logger: Logger, options: MainOptions = {}): Promise<Running> {
  const database = await openDatabase(config, (line) => logger.info(line), {
    events: {
      info: (message) => logger.warn(message),
      error: (message) => logger.error(message),
      gaveUp: (message) => options.onDatabaseGaveUp?.(message),
    },
    ...(options.restartPolicy ? { policy: options.restartPolicy } : {}),
  });
  let viewers: ViewerSource | undefined;
  try {
    // A broken pack stops the start with the file and the field, before anything is written.
    const pack = countryPack(config.COUNTRY_PACK);
    const db = new DbClient(database.driver, database.database);
    if (options.prepare !== false) await prepareDatabase(config, logger, database, db);
    viewers = new ViewerSource(db, { checkMs: config.GRAPH_VERSION_CHECK_MS, siblings: workerRelay, logger });
    const server = await createServer({
      db,
      viewers,
      logger,
      authSecret: config.authSecret,
      countryPack: pack,
      introspection: config.introspection,
      evidence: { areasFile: config.evidenceAreaTerms, maxUploadBytes: config.EVIDENCE_UPLOAD_MAX_MB * 1024 * 1024 },
      changes: {
        pollMs: config.CHANGES_POLL_MS,
        timeoutMs: config.WEBHOOK_TIMEOUT_MS,
        maxAttempts: config.WEBHOOK_MAX_ATTEMPTS,
        retryBaseMs: config.WEBHOOK_RETRY_BASE_MS,
        webhooks: config.WEBHOOKS,
      },
      rateLimit: config.rateLimitPerMinute > 0 ? { points: config.rateLimitPerMinute, durationSeconds: 60 } : null,
      ...oidcOf(config),
    });
    const port = await server.listen(config.PORT, config.HOST);
    // In the background: the server answers meanwhile (a question asked now waits as it would have).
    if (config.WARM_UP) {
      void server.warmUp().then(
        (report) => {
          const failed = report.steps.filter((step) => step.error !== null);
          if (failed.length) logger.warn({ failed }, 'Warm-up: some questions failed');
          logger.info({ ms: report.ms, questions: report.steps.length, territories: report.territoryIds.length }, `Warmed up in ${report.ms} ms`);
        },
        (error: unknown) => logger.warn({ err: error }, 'Warm-up failed'),
      );
    }
    const retention = config.RETENTION_JOB_HOURS > 0 ? scheduleRetention(db, logger, { everyHours: config.RETENTION_JOB_HOURS, today: systemClock.today }) : null;
    const url = `http://${config.HOST === '0.0.0.0' ? 'localhost' : config.HOST}:${port}`;
    return {
      url,
      port,
      database,
      server,
      shutdown: async () => {
        retention?.stop();
        await server.stop();
        viewers?.close();
        await database.close();
      },
    };
  } catch (error) {
    viewers?.close();
    await database.close();
    throw error;
  }
}

/** The schema (idempotent) and, on an empty graph, the demo. */
export async function prepareDatabase(config: Config, logger: Logger, database: Database, db = new DbClient(database.driver, database.database)): Promise<void> {
  await applySchema(database.driver, database.database);
  if (config.SEED_ON_EMPTY && (await new GraphRepository(db).countEntities()) === 0) {
    const country = countryPack(config.COUNTRY_PACK);
    logger.info({ people: config.DEMO_PEOPLE, country: country.code }, 'Empty database: seeding the demo country');
    const report = await seedDemo(db, { people: config.DEMO_PEOPLE, country });
    logger.info({ nodes: report.nodes.created, ties: report.ties.created }, 'Demo country seeded');
  }
}
