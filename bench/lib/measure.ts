import http from 'node:http';
import { stableJson } from '../../server/src/kernel/cache/cache-key.js';
import { answerError, closedLoop, post, summarise, type LoadResult, type PostTarget } from './load-client.js';
import { QUESTIONS, SET_TIE, type QuestionName } from './questions.js';
import type { ServerChild } from './server-child.js';
import type { RequestRecord } from './server-process.js';

export type Route = 'graphql' | 'raw';

/** Requests to the bench server: GraphQL or raw, with or without the analytics cache. */
export class BenchApi {
  constructor(
    readonly port: number,
    private readonly token: string,
  ) {}

  target(route: Route, question: QuestionName, variables: Record<string, unknown>, cache = true): PostTarget {
    const prefix = cache ? '' : '/nocache';
    const headers = { authorization: `Bearer ${this.token}`, 'x-bench-question': question };
    if (route === 'graphql') {
      return { port: this.port, path: `${prefix}/graphql`, headers, body: JSON.stringify({ query: QUESTIONS[question].document, variables }) };
    }
    return { port: this.port, path: `${prefix}/raw/${question}`, headers, body: JSON.stringify({ variables }) };
  }

  async once(target: PostTarget): Promise<{ ms: number; json: { data?: unknown; errors?: unknown; error?: unknown } }> {
    const agent = new http.Agent({ keepAlive: false });
    try {
      const answer = await post(agent, target);
      const error = answerError(answer);
      if (error) throw new Error(`${target.path} failed: ${error}`);
      return { ms: answer.ms, json: JSON.parse(answer.body) };
    } finally {
      agent.destroy();
    }
  }

  async data<T = unknown>(route: Route, question: QuestionName, variables: Record<string, unknown>, cache = true): Promise<T> {
    return (await this.once(this.target(route, question, variables, cache))).json.data as T;
  }

  /** An INFLUENCES tie through the setTie mutation: a real write that bumps the graph version. */
  async setTie(from: string, to: string, strength: number, since: string): Promise<number> {
    const body = JSON.stringify({
      query: SET_TIE,
      variables: { input: { from, to, type: 'INFLUENCES', strength, basis: 'SCIENCE', since, source: 'bench', confidence: 0.5 } },
    });
    const result = await this.once({ port: this.port, path: '/graphql', headers: { authorization: `Bearer ${this.token}` }, body });
    const payload = (result.json.data as { setTie: { ok: boolean; errors: unknown[] } }).setTie;
    if (!payload.ok) throw new Error(`setTie failed: ${JSON.stringify(payload.errors)}`);
    return result.ms;
  }
}

/** GraphQL and raw must answer the same JSON before their times are compared. */
export async function assertSameAnswer(api: BenchApi, question: QuestionName, variables: Record<string, unknown>): Promise<number> {
  const [viaGraphql, viaRaw] = await Promise.all([api.data('graphql', question, variables), api.data('raw', question, variables)]);
  const a = stableJson(viaGraphql);
  const b = stableJson(viaRaw);
  if (a !== b) {
    let i = 0;
    while (i < a.length && a[i] === b[i]) i += 1;
    throw new Error(`${question}: GraphQL and raw answers differ at character ${i}:\n  graphql: ${a.slice(Math.max(0, i - 120), i + 120)}\n  raw:     ${b.slice(Math.max(0, i - 120), i + 120)}`);
  }
  return a.length;
}

export interface LatencyFigures {
  requests: number;
  errors: number;
  p50_ms: number;
  p95_ms: number;
  p99_ms: number;
  mean_ms: number;
  max_ms: number;
  throughput_rps: number;
}

export function figures(result: LoadResult): LatencyFigures {
  if (result.errors > 0) process.stderr.write(`    ! ${result.errors} errors, first: ${result.firstError}\n`);
  return {
    requests: result.requests,
    errors: result.errors,
    p50_ms: round(result.p50),
    p95_ms: round(result.p95),
    p99_ms: round(result.p99),
    mean_ms: round(result.mean),
    max_ms: round(result.max),
    throughput_rps: round(result.throughputRps, 1),
  };
}

export interface ServerSide {
  /** Medians over the series' requests, as the server saw them. */
  server_ms: number;
  db_ms: number;
  driver_ms: number;
  roundTrips: number;
  roundTripsMax: number;
}

export function serverSide(records: RequestRecord[], route: Route): ServerSide {
  const mine = records.filter((r) => (route === 'graphql' ? r.path.endsWith('/graphql') : r.path.includes('/raw/')));
  const med = (f: (r: RequestRecord) => number) => round(summarise(mine.map(f)).p50);
  return {
    server_ms: med((r) => r.serverMs),
    db_ms: med((r) => r.dbMs),
    driver_ms: med((r) => r.driverMs),
    roundTrips: med((r) => r.roundTrips),
    roundTripsMax: Math.max(0, ...mine.map((r) => r.roundTrips)),
  };
}

export interface QuestionPlan {
  /** Requests per route at concurrency 1 (GraphQL and raw interleaved in four blocks). */
  c1: number;
  /** Requests at concurrency 16 and 64 (GraphQL), each bounded by maxSeconds. */
  c16: number;
  c64: number;
  maxSeconds: number;
  cache?: boolean;
}

export interface QuestionResult {
  variables: Record<string, unknown>;
  answerBytes: number;
  graphql: { c1: LatencyFigures; c16?: LatencyFigures; c64?: LatencyFigures; server: ServerSide };
  raw: { c1: LatencyFigures; server: ServerSide };
  /** p50(GraphQL) / p50(raw), concurrency 1. */
  ratio: number;
  /** The same ratio on the server-side times (no HTTP client in the way). */
  ratioServerSide: number;
}

/** Asks every question through GraphQL and raw in turn for `seconds`; returns how many requests it sent. */
export async function warmServer(api: BenchApi, questions: Array<[QuestionName, Record<string, unknown>]>, seconds: number): Promise<number> {
  const targets = questions.flatMap(([name, variables]) => [api.target('graphql', name, variables), api.target('raw', name, variables)]);
  let next = 0;
  const warmed = await closedLoop(() => targets[next++ % targets.length]!, { concurrency: 1, requests: Number.MAX_SAFE_INTEGER, minRequests: 0, maxSeconds: seconds });
  if (warmed.errors) throw new Error(`warm-up: ${warmed.errors} requests failed, first: ${warmed.firstError}`);
  return warmed.requests;
}

/** Latency of one question through GraphQL and raw (concurrency 1), then GraphQL under load. */
export async function measureQuestion(
  api: BenchApi,
  server: ServerChild,
  question: QuestionName,
  variables: Record<string, unknown>,
  plan: QuestionPlan,
): Promise<QuestionResult> {
  const cache = plan.cache ?? true;
  const answerBytes = await assertSameAnswer(api, question, variables);
  const gql = api.target('graphql', question, variables, cache);
  const raw = api.target('raw', question, variables, cache);
  const warm = Math.max(2, Math.min(10, Math.round(plan.c1 / 8)));
  await closedLoop(gql, { concurrency: 1, requests: warm });
  await closedLoop(raw, { concurrency: 1, requests: warm });
  await server.requests();

  // Interleaved blocks, so drift (JIT, GC, page cache) hits both routes alike.
  const block = Math.max(1, Math.round(plan.c1 / 4));
  const lat: Record<Route, number[]> = { graphql: [], raw: [] };
  const wall: Record<Route, number> = { graphql: 0, raw: 0 };
  for (let b = 0; b < 4; b += 1) {
    for (const [route, target] of (b % 2 === 0 ? [['graphql', gql], ['raw', raw]] : [['raw', raw], ['graphql', gql]]) as Array<[Route, PostTarget]>) {
      const result = await closedLoop(target, { concurrency: 1, requests: block });
      if (result.errors) throw new Error(`${question} via ${route}: ${result.firstError}`);
      lat[route].push(...result.latencies);
      wall[route] += result.wallMs;
    }
  }
  const records = await server.requests();
  const c1 = (route: Route): LatencyFigures => {
    const s = summarise(lat[route]);
    return {
      requests: lat[route].length,
      errors: 0,
      p50_ms: round(s.p50),
      p95_ms: round(s.p95),
      p99_ms: round(s.p99),
      mean_ms: round(s.mean),
      max_ms: round(s.max),
      throughput_rps: round((lat[route].length / wall[route]) * 1000, 1),
    };
  };
  const graphqlC1 = c1('graphql');
  const rawC1 = c1('raw');
  const graphqlServer = serverSide(records, 'graphql');
  const rawServer = serverSide(records, 'raw');

  const result: QuestionResult = {
    variables,
    answerBytes,
    graphql: { c1: graphqlC1, server: graphqlServer },
    raw: { c1: rawC1, server: rawServer },
    ratio: round(graphqlC1.p50_ms / rawC1.p50_ms, 3),
    ratioServerSide: round(graphqlServer.server_ms / rawServer.server_ms, 3),
  };
  for (const [key, concurrency, requests] of [['c16', 16, plan.c16], ['c64', 64, plan.c64]] as const) {
    if (requests <= 0) continue;
    // Every worker sends at least one request; after maxSeconds no new ones start. Each
    // first sends one not counted: its connection opened, as a steady load has them.
    const load = await closedLoop(gql, { concurrency, requests, minRequests: concurrency, maxSeconds: plan.maxSeconds, warmup: 1 });
    result.graphql[key] = figures(load);
  }
  await server.requests();
  return result;
}

export interface ColdResult {
  /** Time of the first balanceOfPower after each write (the cache missed: a new graph version). */
  cold: { samples: number[]; p50_ms: number; max_ms: number };
  /** The setTie mutations' own times. */
  write_ms_p50: number;
  serverColdMs: number;
  dbColdMs: number;
  roundTripsCold: number;
}

/**
 * "Cold" = the first question after a write: setTie bumps the graph version (as any edit
 * does), so the next balanceOfPower misses the cache and recomputes.
 */
export async function measureCold(
  api: BenchApi,
  server: ServerChild,
  variables: Record<string, unknown>,
  tie: { from: string; to: string; since: string },
  samples: number,
  question: QuestionName = 'balanceOfPower',
): Promise<ColdResult> {
  const times: number[] = [];
  const writes: number[] = [];
  const records: RequestRecord[] = [];
  for (let i = 0; i < samples; i += 1) {
    writes.push(await api.setTie(tie.from, tie.to, 0.3 + 0.1 * (i % 6), tie.since));
    await server.requests();
    const { ms } = await api.once(api.target('graphql', question, variables));
    times.push(ms);
    records.push(...(await server.requests()));
  }
  const s = summarise(times);
  const side = serverSide(records, 'graphql');
  return {
    cold: { samples: times.map((t) => round(t)), p50_ms: round(s.p50), max_ms: round(s.max) },
    write_ms_p50: round(summarise(writes).p50),
    serverColdMs: side.server_ms,
    dbColdMs: side.db_ms,
    roundTripsCold: side.roundTrips,
  };
}

/** GraphQL / raw with the cache off: the full computation on both sides, interleaved. */
export async function measureUncachedRatio(api: BenchApi, server: ServerChild, question: QuestionName, variables: Record<string, unknown>, samples: number) {
  const gql = api.target('graphql', question, variables, false);
  const raw = api.target('raw', question, variables, false);
  await api.once(gql);
  await api.once(raw);
  await server.requests();
  const lat: Record<Route, number[]> = { graphql: [], raw: [] };
  for (let i = 0; i < samples; i += 1) {
    for (const [route, target] of (i % 2 === 0 ? [['graphql', gql], ['raw', raw]] : [['raw', raw], ['graphql', gql]]) as Array<[Route, PostTarget]>) {
      lat[route].push((await api.once(target)).ms);
    }
  }
  const records = await server.requests();
  const g = summarise(lat.graphql);
  const r = summarise(lat.raw);
  const side = { graphql: serverSide(records, 'graphql'), raw: serverSide(records, 'raw') };
  return {
    samples,
    graphql_p50_ms: round(g.p50),
    raw_p50_ms: round(r.p50),
    ratio: round(g.p50 / r.p50, 3),
    db_ms: side.graphql.db_ms,
    roundTrips: side.graphql.roundTrips,
    server_graphql_ms: side.graphql.server_ms,
    server_raw_ms: side.raw.server_ms,
  };
}

export function round(value: number, digits = 2): number {
  if (!Number.isFinite(value)) return value;
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

export interface EverywhereResult {
  peopleInScope: number;
  /** The very first question: nothing kept yet, so the asker waits for the whole computation. */
  first_ms: number;
  /**
   * After each write (a setTie): how long the next question took (it is answered from the
   * latest ranking while the new one is computed in the background), whether that answer
   * said it was up to date, and the time from the write's answer until a question gets
   * the up-to-date ranking (the background computation).
   */
  afterWrite: { answer_ms: number[]; answer_p50_ms: number; provisional: number; upToDate_ms: number[]; upToDate_p50_ms: number; upToDate_max_ms: number };
  /** Asked again while nothing changes (up to date, no response cache). */
  warm: QuestionResult;
}

/**
 * A strategist ranking the whole graph: the first question, then after each write both
 * the answer's own time and how long until the ranking is up to date again, then warm.
 */
export async function measureEverywhere(
  api: BenchApi,
  server: ServerChild,
  tie: { from: string; to: string; since: string },
  samples: number,
  plan: QuestionPlan,
  log: (line: string) => void,
): Promise<EverywhereResult> {
  const vars = { everywhere: true, first: 20 };
  const target = api.target('graphql', 'balanceOfPowerEverywhere', vars);
  type Answer = { balanceOfPower: { peopleInScope: number; upToDate: boolean; computedAt: string } };
  const first = await api.once(target);
  const firstAnswer = (first.json.data as Answer).balanceOfPower;
  log(`  balanceOfPower everywhere (${firstAnswer.peopleInScope} people): first question ${round(first.ms)} ms (nothing kept yet)`);
  const answers: number[] = [];
  const ready: number[] = [];
  let provisional = 0;
  for (let i = 0; i < samples; i += 1) {
    await api.setTie(tie.from, tie.to, 0.3 + 0.1 * (i % 6), tie.since);
    const written = performance.now();
    const asked = await api.once(target);
    answers.push(asked.ms);
    let answer = (asked.json.data as Answer).balanceOfPower;
    if (!answer.upToDate) provisional += 1;
    while (!answer.upToDate) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      answer = ((await api.once(target)).json.data as Answer).balanceOfPower;
    }
    ready.push(performance.now() - written);
    log(`    after write ${i + 1}: answered in ${round(asked.ms)} ms (${provisional > i ? 'the latest ranking, not up to date' : 'up to date'}), up to date after ${round(ready[i]!)} ms`);
  }
  await server.requests();
  const warm = await measureQuestion(api, server, 'balanceOfPowerEverywhere', vars, plan);
  const a = summarise(answers);
  const r = summarise(ready);
  return {
    peopleInScope: firstAnswer.peopleInScope,
    first_ms: round(first.ms),
    afterWrite: { answer_ms: answers.map((v) => round(v)), answer_p50_ms: round(a.p50), provisional, upToDate_ms: ready.map((v) => round(v)), upToDate_p50_ms: round(r.p50), upToDate_max_ms: round(r.max) },
    warm,
  };
}
