/**
 * Rows for what the speed work added: the response cache's repeat, a person's detail while
 * a large scope is computed cold, next best relationships (one batched path search),
 * WORKERS=n processes on one port, and a person's detail beside the database's own limit
 * (the same data read by one hand-written statement over Bolt).
 */
import http from 'node:http';
import type { Driver } from 'neo4j-driver';
import { runCluster } from '../../server/src/cluster.js';
import { toNeo4jDate } from '../../server/src/kernel/database/plain.js';
import { loadConfig } from '../../server/src/kernel/config.js';
import { findFreePort } from '../../server/src/kernel/database/embedded-neo4j.js';
import { createLogger } from '../../server/src/kernel/logger.js';
import { benchCypher } from './bench-cypher.js';
import { answerError, closedLoop, post, summarise, type PostTarget } from './load-client.js';
import { round, type BenchApi } from './measure.js';
import { QUESTIONS } from './questions.js';

const NEXT_BEST = /* GraphQL */ `
  query BenchNextBest($t: ID!) { nextBestRelationships(scope: { territoryId: $t }, first: 5) { person { id } score introducer { id } pathStrength } }`;

export interface SpeedResult {
  /** A repeated question on an unchanged graph, answered whole by the response cache (concurrency 1). */
  repeat: { personDetail_ms_p50: number; balanceOfPower_ms_p50: number };
  /** Person detail at concurrency 1 while balance of power of `scope` is computed cold (after a write). */
  detailDuringCold: { scope: string; requests: number; p50_ms: number; p99_ms: number; coldMs: number };
  nextBest: { territoryId: string; p50_ms: number; samples: number };
  /** Person detail throughput at concurrency 64 against WORKERS=1 and WORKERS=2 (the real start-up path). */
  workers?: Array<{ workers: number; rps: number; p50_ms: number; p99_ms: number }>;
  /**
   * Person detail through GraphQL (analytics cache only, no response cache; on a kept-alive
   * connection) and the same data read by one hand-written statement over Bolt from the
   * bench process (auto-commit, a pooled connection), asked in turn, concurrency 1: how far
   * the app is from the database's own limit.
   */
  bolt?: { graphql_p50_ms: number; bolt_p50_ms: number; ratio: number; samples: number };
}

const PERSON_DETAIL_BOLT = benchCypher('person-detail-bolt.cypher');

function graphqlTarget(api: BenchApi, token: string, path: string, query: string, variables: Record<string, unknown>, port = api.port): PostTarget {
  return { port, path, headers: { authorization: `Bearer ${token}` }, body: JSON.stringify({ query, variables }) };
}

export async function measureSpeed(options: {
  api: BenchApi;
  token: string;
  neo4jUri: string;
  authSecret: string;
  personId: string;
  coldScope: string;
  tie: { from: string; to: string; since: string };
  requests: number;
  workers: boolean;
  /** The bench's own connection to the database, for the Bolt baseline. */
  bolt: { driver: Driver; database: string; today: string };
  log: (line: string) => void;
}): Promise<SpeedResult> {
  const { api, token, personId, coldScope, requests, log } = options;
  // 1. The response cache: `/whole` runs both caches; the first ask fills, the rest repeat.
  const repeatOf = async (query: string, variables: Record<string, unknown>) => {
    const target = graphqlTarget(api, token, '/whole/graphql', query, variables);
    return round((await closedLoop(target, { concurrency: 1, requests, warmup: 2 })).p50);
  };
  const repeat = {
    personDetail_ms_p50: await repeatOf(QUESTIONS.personDetail.document, { id: personId }),
    balanceOfPower_ms_p50: await repeatOf(QUESTIONS.balanceOfPower.document, { territoryId: 'territory-north', first: 20 }),
  };
  log(`  response cache repeat: person detail p50 ${repeat.personDetail_ms_p50} ms, balance of power p50 ${repeat.balanceOfPower_ms_p50} ms`);

  // 2. Person detail while the scope is computed cold in the same server.
  const detailDuringCold = await measureDetailDuringCold({ api, token, personId, coldScope, tie: options.tie, log });

  // 3. Next best relationships, analytics cached (the path search is what is timed).
  const nextTarget = graphqlTarget(api, token, '/graphql', NEXT_BEST, { t: 'territory-north' });
  const next = await closedLoop(nextTarget, { concurrency: 1, requests: Math.max(5, Math.round(requests / 4)), warmup: 1 });
  if (next.errors) throw new Error(`nextBestRelationships failed: ${next.firstError}`);
  const nextBest = { territoryId: 'territory-north', p50_ms: round(next.p50), samples: next.requests };
  log(`  next best relationships (territory-north): p50 ${nextBest.p50_ms} ms`);

  // 4. WORKERS=n: the real start-up path (cluster.ts) on this Neo4j, person detail at concurrency 64.
  let workers: SpeedResult['workers'];
  if (options.workers) {
    workers = [];
    for (const n of [1, 2]) {
      const config = loadConfig({
        NODE_ENV: 'production',
        PORT: String(await findFreePort()),
        NEO4J_BOLT_PORT: new URL(options.neo4jUri.replace(/^bolt/, 'http')).port,
        AUTH_SECRET: options.authSecret,
        SEED_ON_EMPTY: 'false',
        LOG_LEVEL: 'error',
        WORKERS: String(n),
        // One bench user sends every request: production's per-user limit would refuse most.
        RATE_LIMIT_PER_MINUTE: '0',
      });
      const running = await runCluster(config, createLogger('error'));
      try {
        const target = graphqlTarget(api, token, '/graphql', QUESTIONS.personDetail.document, { id: personId }, running.port);
        const load = await closedLoop(target, { concurrency: 64, requests: requests * 4, minRequests: 64, maxSeconds: 6, warmup: 1 });
        if (load.errors) throw new Error(`WORKERS=${n}: ${load.errors} requests failed, first: ${load.firstError}`);
        workers.push({ workers: n, rps: round(load.throughputRps, 1), p50_ms: round(load.p50), p99_ms: round(load.p99) });
        log(`  WORKERS=${n}: person detail c64 ${round(load.throughputRps, 1)} req/s, p50 ${round(load.p50)} ms, p99 ${round(load.p99)} ms`);
      } finally {
        await running.shutdown();
      }
    }
  }
  // 5. The database's own limit: the GraphQL question and one hand-written statement, in turn.
  const detailTarget = graphqlTarget(api, token, '/graphql', QUESTIONS.personDetail.document, { id: personId });
  const boltParams = { id: personId, asOf: toNeo4jDate(options.bolt.today) };
  // Each side at its fastest: the statement auto-commit on a pooled connection (one
  // exchange), the question on a kept-alive HTTP connection, as a browser asks.
  const askBolt = async () => {
    const started = performance.now();
    const session = options.bolt.driver.session({ database: options.bolt.database, defaultAccessMode: 'READ' });
    try {
      const { records } = await session.run(PERSON_DETAIL_BOLT.text, boltParams);
      if (records.length !== 1) throw new Error(`the Bolt baseline found ${records.length} rows for ${personId}`);
    } finally {
      await session.close();
    }
    return performance.now() - started;
  };
  const keptAlive = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const askGraphql = async () => {
    const answer = await post(keptAlive, detailTarget);
    const error = answerError(answer);
    if (error) throw new Error(`person detail failed: ${error}`);
    return answer.ms;
  };
  const graphqlTimes: number[] = [];
  const boltTimes: number[] = [];
  for (let i = 0; i < requests + 3; i += 1) {
    const g = await askGraphql();
    const b = await askBolt();
    // The first rounds warm both (plans, code): not counted.
    if (i < 3) continue;
    graphqlTimes.push(g);
    boltTimes.push(b);
  }
  keptAlive.destroy();
  const graphqlP50 = summarise(graphqlTimes).p50;
  const boltP50 = summarise(boltTimes).p50;
  const bolt = { graphql_p50_ms: round(graphqlP50), bolt_p50_ms: round(boltP50), ratio: round(graphqlP50 / boltP50, 2), samples: boltTimes.length };
  log(`  person detail against one Cypher statement over Bolt: GraphQL p50 ${bolt.graphql_p50_ms} ms, Bolt p50 ${bolt.bolt_p50_ms} ms, ×${bolt.ratio}`);
  return { repeat, detailDuringCold, nextBest, ...(workers ? { workers } : {}), bolt };
}

/**
 * A person's detail asked again and again (concurrency 1) while balance of power of
 * `coldScope` is computed cold in the same server, after a write in it.
 */
export async function measureDetailDuringCold(options: {
  api: BenchApi;
  token: string;
  personId: string;
  coldScope: string;
  tie: { from: string; to: string; since: string };
  log: (line: string) => void;
}): Promise<SpeedResult['detailDuringCold']> {
  const { api, token, personId, coldScope, log } = options;
  const detail = graphqlTarget(api, token, '/graphql', QUESTIONS.personDetail.document, { id: personId });
  // Asked once before: what is measured is the wait behind a cold computation, not a
  // server's first person detail (its statements planned, its code compiled).
  await api.once(detail);
  // A strength above any the bench sets elsewhere, new each run: the pair's merged weight
  // changes, so the scope's measures are computed again rather than remembered.
  await api.setTie(options.tie.from, options.tie.to, 0.9 + Math.random() * 0.09, options.tie.since);
  const coldStarted = performance.now();
  let coldDone = false;
  const cold = api.once(graphqlTarget(api, token, '/graphql', QUESTIONS.balanceOfPower.document, { territoryId: coldScope, first: 20 })).finally(() => (coldDone = true));
  const latencies: number[] = [];
  while (!coldDone) latencies.push((await api.once(detail)).ms);
  await cold;
  const coldMs = performance.now() - coldStarted;
  const during = summarise(latencies);
  const result = { scope: coldScope, requests: latencies.length, p50_ms: round(during.p50), p99_ms: round(during.p99), coldMs: round(coldMs) };
  log(`  person detail during a cold ${coldScope} (${round(coldMs)} ms): ${latencies.length} requests, p50 ${result.p50_ms} ms, p99 ${result.p99_ms} ms`);
  return result;
}

/** The Markdown rows of a size's speed figures. */
export function speedLines(label: string, speed: SpeedResult): string[] {
  const lines = [
    `**Speed** (${label} graph, ms): response-cache repeat p50: person detail ${speed.repeat.personDetail_ms_p50}, balance of power ${speed.repeat.balanceOfPower_ms_p50}; ` +
      `person detail while ${speed.detailDuringCold.scope} is computed cold (${speed.detailDuringCold.coldMs} ms, ${speed.detailDuringCold.requests} requests): p50 ${speed.detailDuringCold.p50_ms}, p99 ${speed.detailDuringCold.p99_ms}; ` +
      `next best relationships (${speed.nextBest.territoryId}) p50 ${speed.nextBest.p50_ms}` +
      (speed.bolt
        ? `; person detail against one hand-written Cypher statement over Bolt: GraphQL p50 ${speed.bolt.graphql_p50_ms}, Bolt p50 ${speed.bolt.bolt_p50_ms} (×${speed.bolt.ratio})`
        : ''),
  ];
  if (speed.workers) lines.push(`**WORKERS** (${label} graph, person detail at concurrency 64): ${speed.workers.map((w) => `${w.workers} process${w.workers > 1 ? 'es' : ''} ${w.rps} req/s (p50 ${w.p50_ms}, p99 ${w.p99_ms} ms)`).join('; ')}`);
  return lines;
}
