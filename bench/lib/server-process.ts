/**
 * The server under test, in its own process so the load client does not share its event
 * loop: the real createServer() app, with and without the analytics cache, plus the raw
 * routes and a few bench endpoints. Prints `BENCH_SERVER_READY {"port": N}` when listening.
 *
 *   /graphql, /nocache/graphql          GraphQL (cache on / off)
 *   /raw/<question>, /nocache/raw/...   the same answers without GraphQL
 *   /bench-map/                         the bench's map page, when BENCH_MAP_DIST is set
 *   /<anything else>                    the built web app, when BENCH_WEB_DIST is set
 *   ws://.../graphql                    subscriptions (graphql-ws), as the app with both caches serves them
 *   GET  /bench/requests                per-request costs since the last call (and clears them)
 *   GET  /bench/memory                  process memory and cache statistics
 *   POST /bench/cache/clear             empties the analytics cache
 */
import http from 'node:http';
import express from 'express';
import { AnalyticsCache } from '../../server/src/kernel/cache/analytics-cache.js';
import { ResponseCache } from '../../server/src/kernel/cache/response-cache.js';
import { ViewerSource } from '../../server/src/kernel/auth/viewer-source.js';
import { DEFAULT_GRAPH_VERSION_CHECK_MS } from '../../server/src/kernel/config.js';
import { createDriver } from '../../server/src/kernel/database/connect.js';
import { createLogger } from '../../server/src/kernel/logger.js';
import { systemClock } from '../../server/src/kernel/clock.js';
import { PowerWorkers } from '../../server/src/modules/power/power-workers.js';
import { createWholeGraphPower } from '../../server/src/modules/power/questions.js';
import { createServer } from '../../server/src/server.js';
import { rawRoutes } from './raw-routes.js';
import { requestCost, timedDbClient, type RequestCost } from './timed-db-client.js';

export interface RequestRecord extends RequestCost {
  path: string;
  question: string | null;
  status: number;
  /** Server-side time from the first byte of the request to the last byte of the answer. */
  serverMs: number;
}

const uri = process.env.BENCH_NEO4J_URI;
const authSecret = process.env.BENCH_AUTH_SECRET;
if (!uri || !authSecret) throw new Error('BENCH_NEO4J_URI and BENCH_AUTH_SECRET are required');

const driver = createDriver(uri);
const db = timedDbClient(driver, 'neo4j');
const cache = AnalyticsCache.forDatabase(db);
// One process's memory of who asks and the graph version, as main.ts gives a production
// server: every route below shares it (one process), and a write through any of them forgets.
const viewers = new ViewerSource(db, { checkMs: DEFAULT_GRAPH_VERSION_CHECK_MS });
const logger = createLogger('error');
const webDist = process.env.BENCH_WEB_DIST || '/nonexistent';
// The servers with the analytics cache share one worker pool and one whole-graph balance
// of power, as one production server has them.
const powerWorkers = new PowerWorkers();
const wholeGraph = createWholeGraphPower(db, powerWorkers, systemClock, logger);
// The analytics cache alone (what the "cached" figures compare with raw), both caches
// (`/whole`: a repeat answered whole by the response cache), and neither.
const cached = await createServer({ db, viewers, logger, authSecret, webDist, analyticsCache: cache, responseCache: null, powerWorkers, wholeGraph });
const responseCache = new ResponseCache();
const whole = await createServer({ db, viewers, logger, authSecret, webDist: '/nonexistent', analyticsCache: cache, responseCache, powerWorkers, wholeGraph });
const uncached = await createServer({ db, viewers, logger, authSecret, webDist: '/nonexistent', analyticsCache: null, responseCache: null });

let records: RequestRecord[] = [];
let peakRss = 0;
const sampleMemory = () => {
  peakRss = Math.max(peakRss, process.memoryUsage.rss());
};
setInterval(sampleMemory, 250).unref();

const app = express();
app.disable('x-powered-by');
app.use((req, res, next) => {
  if (req.path.startsWith('/bench/')) return next();
  const started = performance.now();
  const cost: RequestCost = { roundTrips: 0, dbMs: 0, driverMs: 0 };
  res.on('finish', () => {
    records.push({
      path: req.originalUrl,
      question: (req.headers['x-bench-question'] as string | undefined) ?? null,
      status: res.statusCode,
      serverMs: performance.now() - started,
      ...cost,
    });
  });
  requestCost.run(cost, next);
});
app.get('/bench/requests', (_req, res) => {
  const out = records;
  records = [];
  res.json(out);
});
app.get('/bench/memory', (_req, res) => {
  sampleMemory();
  res.json({ ...process.memoryUsage(), peakRss, cache: cache.stats(), responseCache: responseCache.stats(), wholeGraph: wholeGraph.stats() });
});
app.post('/bench/cache/clear', (_req, res) => {
  cache.clear();
  responseCache.clear();
  res.json({ ok: true });
});
if (process.env.BENCH_MAP_DIST) app.use('/bench-map', express.static(process.env.BENCH_MAP_DIST));
app.use('/raw', rawRoutes(db, viewers, authSecret, cache, wholeGraph));
app.use('/nocache/raw', rawRoutes(db, viewers, authSecret, null, null));
app.use('/nocache', uncached.app);
app.use('/whole', whole.app);
app.use(cached.app);

const httpServer = http.createServer(app);
httpServer.keepAliveTimeout = 60_000;
// createServer() attaches its WebSocket server (subscriptions) to its own HTTP server, which
// this process never listens on: hand it the upgrades. `whole` is what production runs
// (both caches).
httpServer.on('upgrade', (req, socket, head) => whole.httpServer.emit('upgrade', req, socket, head));
await new Promise<void>((resolve) => httpServer.listen(Number(process.env.BENCH_PORT ?? 0), '127.0.0.1', resolve));
const address = httpServer.address();
process.stdout.write(`BENCH_SERVER_READY ${JSON.stringify({ port: typeof address === 'object' && address ? address.port : 0 })}\n`);

const stop = async () => {
  httpServer.closeAllConnections();
  wholeGraph.stop();
  await Promise.allSettled([cached.stop(), whole.stop(), uncached.stop()]);
  await powerWorkers.close();
  await new Promise<void>((resolve) => httpServer.close(() => resolve()));
  await driver.close();
  process.exit(0);
};
process.once('SIGTERM', () => void stop());
process.once('SIGINT', () => void stop());
