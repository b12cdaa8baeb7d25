/**
 * `npm run bench -- --changes [--size 10k] [--sockets 100]`: issue 13's speed promises.
 *
 *  - the feed `changes(scope: {territoryId}, since: today - 90 days)` for the size's big
 *    territory, asked by a strategist: the first ask after a write (an admin's setTie
 *    between two of its people), and repeats on an unchanged graph;
 *  - live notifications: N graphql-ws sockets subscribed to `changed(scope)`; after each
 *    write through the API, per socket, the time until the matching change arrives.
 *
 * The server is the real one in its own process (server-child.ts), as the other modes
 * run it. Writes bench/results/changes.json and changes.md.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { issueToken } from '../../server/src/kernel/auth/tokens.js';
import { PROJECT_ROOT } from '../../server/src/kernel/config.js';
import { ensureLauncherBuilt } from '../../server/src/kernel/database/embedded-neo4j.js';
import { addDays } from '../../server/src/kernel/dates.js';
import { systemClock } from '../../server/src/kernel/clock.js';
import { PowerRepository } from '../../server/src/modules/power/repository.js';
import { BENCH_TERRITORY, ensureBenchTerritory, openBenchDatabase, type SizeSpec } from './databases.js';
import { answerError, post, summarise, type PostTarget } from './load-client.js';
import { machineInfo } from './machine.js';
import { BenchApi, round } from './measure.js';
import { startServerChild, type ServerChild } from './server-child.js';

/** Issue 13's promises, in milliseconds. */
export const TARGETS = { afterWriteMs: 1_000, unchangedMs: 50, liveMs: 2_000 } as const;
const WINDOW_DAYS = 90;
/** While an answer says rankingPending, the feed is asked again this often (as the web does, less eagerly). */
const SETTLE_POLL_MS = 500;

const FEED = /* GraphQL */ `
  query BenchChanges($scope: ScopeInput!, $since: Date!) {
    changes(scope: $scope, since: $since) {
      totalCount
      rankingPending
      countsByKind { kind count }
      pageInfo { hasNextPage endCursor }
      nodes { id kind on summary weight personIds tieKeys rankBefore rankAfter recordedOn }
    }
  }`;

const CHANGED = /* GraphQL */ `
  subscription BenchChanged($scope: ScopeInput!) {
    changed(scope: $scope) { id kind on summary personIds tieKeys weight }
  }`;

interface Stats {
  samples: number;
  p50_ms: number;
  p95_ms: number;
  max_ms: number;
}

const stats = (values: number[]): Stats => {
  const s = summarise(values);
  return { samples: values.length, p50_ms: round(s.p50), p95_ms: round(s.p95), max_ms: round(s.max) };
};

interface LiveRound {
  write_ms: number;
  received: number;
  /** From the write's acknowledgement (the mutation's answer) to the change's arrival. */
  fromAck: Stats;
  /** From just before the mutation was sent. */
  fromRequest: Stats;
}

export interface ChangesBenchResult {
  generatedAt: string;
  machine: ReturnType<typeof machineInfo>;
  load: { start: number[]; end: number[]; max1m: number };
  size: string;
  people: number;
  territory: string;
  peopleInScope: number;
  window: { since: string; until: string };
  feed: {
    totalCount: number;
    answerBytes: number;
    afterWrite: Stats & { write_ms_p50: number };
    /** The first write and ask of the server's life, not among the samples: it plans the statements a patch runs and compiles its code. */
    firstAfterWriteMs: number;
    /** First asks after a write that answered with the newest ranking ready (rankingPending) rather than the write's. */
    afterWritePending: number;
    /** From the write's acknowledgement to the first answer ranked with the write (rankingPending false), asking every `settlePollMs`. */
    settled: Stats;
    settlePollMs: number;
    /** Production's configuration: the response cache answers a repeat whole. */
    unchanged: Stats;
    /** The analytics cache alone (no response cache): the feed is derived again from cached power. */
    unchangedNoResponseCache: Stats;
  };
  live: { sockets: number; connectMs: number; pollMs: number; rounds: LiveRound[]; fromAck: Stats; fromRequest: Stats; receivedMin: number };
  verdict: { afterWrite: boolean; unchanged: boolean; live: boolean };
}

export async function changesBench(options: { size: SizeSpec; sockets: number; log: (line: string) => void }): Promise<void> {
  const { size, sockets, log } = options;
  const machine = machineInfo();
  const load = { start: os.loadavg(), end: [] as number[], max1m: os.loadavg()[0]! };
  const loadTimer = setInterval(() => (load.max1m = Math.max(load.max1m, os.loadavg()[0]!)), 5_000);
  loadTimer.unref();
  if (load.start[0]! > machine.cpus * 0.5) log(`note: the machine is busy (load average ${load.start.map((v) => v.toFixed(1)).join(' ')}); figures will be slower than on an idle machine`);
  ensureLauncherBuilt(log);
  const authSecret = randomBytes(32).toString('hex');
  // A strategist reads (read-only, sees every territory); an admin writes.
  const reader = await issueToken(authSecret, 'user-strategist', '2h');
  const writer = await issueToken(authSecret, 'user-admin', '2h');
  const today = systemClock.today();
  const since = addDays(today, -WINDOW_DAYS);

  log(`== changes: ${size.people.toLocaleString('en-US')} people, ${sockets} sockets ==`);
  const bench = await openBenchDatabase(size, log);
  let server: ServerChild | undefined;
  const clients: Client[] = [];
  const interrupted = () => {
    log('interrupted: closing the sockets, the server and Neo4j...');
    void Promise.allSettled(clients.map((c) => c.dispose()))
      .then(() => server?.stop())
      .then(() => bench.stop())
      .finally(() => process.exit(130));
  };
  process.once('SIGINT', interrupted);
  process.once('SIGTERM', interrupted);
  try {
    const territory = size.people >= 10_000 ? BENCH_TERRITORY : 'territory-north';
    if (size.people >= 10_000) await ensureBenchTerritory(bench, today, log);
    const people = await new PowerRepository(bench.db).peopleInScope('territory', territory, today);
    log(`  ${territory}: ${people.length.toLocaleString('en-US')} people; window ${since} .. ${today}`);
    server = await startServerChild({ neo4jUri: bench.uri, authSecret });
    const api = new BenchApi(server.port, writer);
    // Each write a new INFLUENCES tie (a pair not used before in this run), so each is a
    // new TIE_STARTED change in the territory.
    let pairIndex = Math.floor(Math.random() * people.length);
    const nextPair = (): { from: string; to: string } => {
      pairIndex += 1;
      const from = people[pairIndex % people.length]!;
      const to = people[(pairIndex * 7919 + 1) % people.length]!;
      return from === to ? nextPair() : { from, to };
    };
    const write = async () => {
      const pair = nextPair();
      const ms = await api.setTie(pair.from, pair.to, 0.6, today);
      return { ...pair, ms, ackedAt: performance.now() };
    };

    const feed = await measureFeed({ port: server.port, token: reader, territory, since, write, log, samples: size.people >= 10_000 ? 6 : 8, repeats: 60 });
    const live = await measureLive({ port: server.port, token: reader, territory, api, today, nextPair, sockets, rounds: 5, clients, log });

    load.end = os.loadavg();
    const result: ChangesBenchResult = {
      generatedAt: new Date().toISOString(),
      machine,
      load,
      size: size.label,
      people: size.people,
      territory,
      peopleInScope: people.length,
      window: { since, until: today },
      feed,
      live,
      verdict: {
        afterWrite: feed.afterWrite.p95_ms < TARGETS.afterWriteMs,
        unchanged: feed.unchanged.p95_ms < TARGETS.unchangedMs,
        live: live.fromAck.max_ms < TARGETS.liveMs && live.receivedMin === sockets,
      },
    };
    writeResults(result, log);
  } finally {
    process.off('SIGINT', interrupted);
    process.off('SIGTERM', interrupted);
    clearInterval(loadTimer);
    await Promise.allSettled(clients.map((c) => c.dispose()));
    await server?.stop();
    await bench.stop();
  }
}

async function measureFeed(o: {
  port: number;
  token: string;
  territory: string;
  since: string;
  write: () => Promise<{ ms: number; ackedAt: number }>;
  samples: number;
  repeats: number;
  log: (line: string) => void;
}): Promise<ChangesBenchResult['feed']> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const body = JSON.stringify({ query: FEED, variables: { scope: { territoryId: o.territory }, since: o.since } });
  const target = (prefix: string): PostTarget => ({ port: o.port, path: `${prefix}/graphql`, headers: { authorization: `Bearer ${o.token}`, 'x-bench-question': 'changes' }, body });
  // `/whole` is the app as production runs it (analytics and response caches), `/` the analytics cache alone.
  const production = target('/whole');
  const analyticsOnly = target('');
  const ask = async (t: PostTarget) => {
    const answer = await post(agent, t);
    const error = answerError(answer);
    if (error) throw new Error(`changes failed: ${error}`);
    return answer;
  };
  try {
    const first = await ask(production);
    const totalCount = (JSON.parse(first.body) as { data: { changes: { totalCount: number } } }).data.changes.totalCount;
    o.log(`  feed: ${totalCount.toLocaleString('en-US')} changes in the window (${Math.round(first.body.length / 1024)} KB for the first 50); first ask ${fmt(first.ms)} ms`);

    const afterWrite: number[] = [];
    const writes: number[] = [];
    const settled: number[] = [];
    let pending = 0;
    let firstAfterWriteMs = 0;
    const pendingOf = (answer: { body: string }) => (JSON.parse(answer.body) as { data: { changes: { rankingPending: boolean } } }).data.changes.rankingPending;
    // Round 0 is the server's first write and ask, reported on its own: a running server pays it once.
    for (let i = 0; i <= o.samples; i += 1) {
      const written = await o.write();
      const answer = await ask(production);
      // Then asked again until the answer is ranked with the write (what the web does while it says pending).
      let last = answer;
      while (pendingOf(last)) {
        await new Promise((resolve) => setTimeout(resolve, SETTLE_POLL_MS));
        last = await ask(production);
      }
      if (i === 0) {
        firstAfterWriteMs = answer.ms;
        continue;
      }
      writes.push(written.ms);
      afterWrite.push(answer.ms);
      if (pendingOf(answer)) pending += 1;
      settled.push(performance.now() - written.ackedAt);
    }
    o.log(`  feed after the server's first write (not a sample): ${fmt(firstAfterWriteMs)} ms`);
    const after = stats(afterWrite);
    const settledStats = stats(settled);
    o.log(
      `  feed after a write: p50 ${fmt(after.p50_ms)} ms, p95 ${fmt(after.p95_ms)}, max ${fmt(after.max_ms)} (samples ${afterWrite.map(fmt).join(', ')}; ${pending} said rankingPending; setTie p50 ${fmt(summarise(writes).p50)} ms)`,
    );
    o.log(`  feed ranked with the write: p50 ${fmt(settledStats.p50_ms)} ms, p95 ${fmt(settledStats.p95_ms)}, max ${fmt(settledStats.max_ms)} after the write's acknowledgement`);

    const repeat = async (t: PostTarget) => {
      await ask(t);
      const times: number[] = [];
      for (let i = 0; i < o.repeats; i += 1) times.push((await ask(t)).ms);
      return stats(times);
    };
    const unchanged = await repeat(production);
    const unchangedNoResponseCache = await repeat(analyticsOnly);
    o.log(`  feed unchanged: p50 ${fmt(unchanged.p50_ms)} ms, p95 ${fmt(unchanged.p95_ms)}, max ${fmt(unchanged.max_ms)} (${o.repeats} samples); without the response cache p50 ${fmt(unchangedNoResponseCache.p50_ms)}, p95 ${fmt(unchangedNoResponseCache.p95_ms)}`);
    return {
      totalCount,
      answerBytes: first.body.length,
      afterWrite: { ...after, write_ms_p50: round(summarise(writes).p50) },
      firstAfterWriteMs: round(firstAfterWriteMs),
      afterWritePending: pending,
      settled: settledStats,
      settlePollMs: SETTLE_POLL_MS,
      unchanged,
      unchangedNoResponseCache,
    };
  } finally {
    agent.destroy();
  }
}

interface Arrival {
  tieKey: string;
  at: number;
}

async function measureLive(o: {
  port: number;
  token: string;
  territory: string;
  api: BenchApi;
  today: string;
  nextPair: () => { from: string; to: string };
  sockets: number;
  rounds: number;
  clients: Client[];
  log: (line: string) => void;
}): Promise<ChangesBenchResult['live']> {
  // Per socket, the arrival time of each tie started (by its key), as this process saw it.
  const arrivals: Arrival[][] = Array.from({ length: o.sockets }, () => []);
  const waiters = new Set<() => void>();
  const failures: string[] = [];
  const connectStarted = performance.now();
  let connected = 0;
  await Promise.all(
    Array.from({ length: o.sockets }, (_, i) => {
      return new Promise<void>((resolve, reject) => {
        const client = createClient({
          url: `ws://127.0.0.1:${o.port}/graphql`,
          webSocketImpl: WebSocket,
          connectionParams: { authorization: `Bearer ${o.token}` },
          lazy: false,
          retryAttempts: 0,
          on: {
            connected: () => {
              connected += 1;
              resolve();
            },
            closed: (event) => {
              const code = (event as { code?: number }).code;
              if (code !== 1000) reject(new Error(`socket ${i} closed (${code})`));
            },
            error: (error) => reject(error instanceof Error ? error : new Error(String((error as { message?: string }).message ?? error))),
          },
        });
        o.clients.push(client);
        client.subscribe<{ changed: { kind: string; tieKeys: string[] } }>(
          { query: CHANGED, variables: { scope: { territoryId: o.territory } } },
          {
            next: ({ data, errors }) => {
              const at = performance.now();
              if (errors) failures.push(JSON.stringify(errors).slice(0, 300));
              if (data?.changed.kind !== 'TIE_STARTED') return;
              for (const tieKey of data.changed.tieKeys) arrivals[i]!.push({ tieKey, at });
              for (const wake of waiters) wake();
            },
            error: (error) => failures.push(String((error as Error).message ?? JSON.stringify(error)).slice(0, 300)),
            complete: () => undefined,
          },
        );
      });
    }),
  );
  const connectMs = performance.now() - connectStarted;
  o.log(`  live: ${connected} sockets connected in ${fmt(connectMs)} ms`);

  /** Waits until every socket has the tie (or the deadline passes); returns how many do. */
  const awaitTie = (tieKey: string, deadlineMs: number) =>
    new Promise<number>((resolve) => {
      const count = () => arrivals.filter((a) => a.some((x) => x.tieKey === tieKey)).length;
      const check = () => {
        if (count() === o.sockets) finish();
      };
      const finish = () => {
        waiters.delete(check);
        clearTimeout(timer);
        resolve(count());
      };
      const timer = setTimeout(finish, deadlineMs);
      waiters.add(check);
      check();
    });
  const tieKeyOf = (from: string, to: string) => `INFLUENCES|${from}|${to}|${o.today}`;

  // A first write proves every subscription is live (graphql-ws does not acknowledge a
  // subscribe): not measured. A socket the server has not yet subscribed would miss it.
  {
    const ready = new Set<number>();
    for (let attempt = 1; ready.size < o.sockets; attempt += 1) {
      if (attempt > 5) throw new Error(`only ${ready.size} of ${o.sockets} sockets heard any of 5 warm-up writes`);
      const pair = o.nextPair();
      const tieKey = tieKeyOf(pair.from, pair.to);
      await o.api.setTie(pair.from, pair.to, 0.6, o.today);
      await awaitTie(tieKey, 10_000);
      arrivals.forEach((a, i) => a.some((x) => x.tieKey === tieKey) && ready.add(i));
      if (failures.length > 0) throw new Error(`subscriptions failed: ${failures[0]}`);
    }
    o.log(`  live: all ${ready.size} subscriptions heard a warm-up write`);
  }

  const rounds: LiveRound[] = [];
  // Pooled over every write and socket.
  const fromAck: number[] = [];
  const fromRequest: number[] = [];
  for (let r = 0; r < o.rounds; r += 1) {
    // Writes land at a random point of the server's poll interval.
    await new Promise((resolve) => setTimeout(resolve, 300 + Math.random() * 700));
    const pair = o.nextPair();
    const tieKey = tieKeyOf(pair.from, pair.to);
    const sent = performance.now();
    await o.api.setTie(pair.from, pair.to, 0.6, o.today);
    const acked = performance.now();
    const received = await awaitTie(tieKey, 15_000);
    const times = arrivals.map((a) => a.find((x) => x.tieKey === tieKey)?.at).filter((t): t is number => t !== undefined);
    const round_: LiveRound = { write_ms: round(acked - sent), received, fromAck: stats(times.map((t) => t - acked)), fromRequest: stats(times.map((t) => t - sent)) };
    rounds.push(round_);
    fromAck.push(...times.map((t) => t - acked));
    fromRequest.push(...times.map((t) => t - sent));
    o.log(`  live write ${r + 1}: ${received}/${o.sockets} sockets; from the acknowledgement p50 ${fmt(round_.fromAck.p50_ms)} ms, p95 ${fmt(round_.fromAck.p95_ms)}, max ${fmt(round_.fromAck.max_ms)} (setTie ${fmt(round_.write_ms)} ms)`);
  }
  if (failures.length > 0) throw new Error(`subscriptions failed: ${failures[0]}`);
  return {
    sockets: o.sockets,
    connectMs: round(connectMs),
    pollMs: 500,
    rounds,
    fromAck: stats(fromAck),
    fromRequest: stats(fromRequest),
    receivedMin: Math.min(...rounds.map((r) => r.received)),
  };
}

function writeResults(result: ChangesBenchResult, log: (line: string) => void): void {
  const dir = path.join(PROJECT_ROOT, 'bench', 'results');
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'changes.json'), `${JSON.stringify(result, null, 2)}\n`);
  const md = changesMarkdown(result);
  writeFileSync(path.join(dir, 'changes.md'), md);
  log('  wrote bench/results/changes.json and changes.md');
  process.stdout.write(`\n${md}`);
}

const met = (ok: boolean) => (ok ? 'met' : '**missed**');

export function changesMarkdown(r: ChangesBenchResult): string {
  const m = r.machine;
  const la = (v: number[]) => v.map((x) => x.toFixed(1)).join(' ');
  const row = (what: string, s: Stats, target: string, ok: boolean) => `| ${what} | ${s.samples} | ${fmt(s.p50_ms)} ms | ${fmt(s.p95_ms)} ms | ${fmt(s.max_ms)} ms | ${target} | ${met(ok)} |`;
  return [
    '# Change feed and live notifications (issue 13)',
    '',
    `\`npm run bench -- --changes --size ${r.size} --sockets ${r.live.sockets}\` on ${m.cpus} cores (${m.cpuModel}), ${m.memoryGiB} GiB, Node ${m.node}, Neo4j ${m.neo4j}, ${r.generatedAt.slice(0, 10)}.`,
    `Load average at the start ${la(r.load.start)}, at the end ${la(r.load.end)}, highest 1-minute ${r.load.max1m.toFixed(1)}.`,
    '',
    `Feed: \`changes(scope: {territoryId: "${r.territory}"}, since: "${r.window.since}")\` (${WINDOW_DAYS} days, ${r.peopleInScope.toLocaleString('en-US')} people in scope, ${r.feed.totalCount.toLocaleString('en-US')} changes, the first 50 returned with totalCount and countsByKind), asked by a strategist.`,
    `"After a write": an admin's setTie (a new INFLUENCES tie between two of the territory's people) then the feed, timed alone (setTie itself p50 ${fmt(r.feed.afterWrite.write_ms_p50)} ms); ${r.feed.afterWritePending} of ${r.feed.afterWrite.samples} first answers said \`rankingPending\` (rank moves and weights from the newest ranking ready), and the feed was then asked every ${r.feed.settlePollMs} ms until it was ranked with the write. The server's first write and ask came before the samples and took ${fmt(r.feed.firstAfterWriteMs)} ms (it plans the statements a patch runs and compiles its code; a running server pays that once).`,
    `Live: ${r.live.sockets} graphql-ws sockets subscribed to \`changed(scope: {territoryId: "${r.territory}"})\` (connected in ${fmt(r.live.connectMs)} ms); ${r.live.rounds.length} writes, each change's arrival timed per socket, pooled (the server polls the change log every ${r.live.pollMs} ms).`,
    '',
    '| measure | samples | p50 | p95 | max | target | |',
    '|---|---|---|---|---|---|---|',
    row('feed, first ask after a write', r.feed.afterWrite, `< ${TARGETS.afterWriteMs} ms`, r.verdict.afterWrite),
    row('feed, from the write acknowledged until ranked with it (rankingPending false)', r.feed.settled, '', true).replace(/\| met \|$/, '| |'),
    row('feed, unchanged graph (as production runs: response cache)', r.feed.unchanged, `< ${TARGETS.unchangedMs} ms`, r.verdict.unchanged),
    row('feed, unchanged graph, analytics cache only', r.feed.unchangedNoResponseCache, '', true).replace(/\| met \|$/, '| |'),
    row(`live, write acknowledged → change on the socket (${r.live.receivedMin === r.live.sockets ? `all ${r.live.sockets} sockets` : `at least ${r.live.receivedMin} of ${r.live.sockets} sockets`} each time)`, r.live.fromAck, `< ${TARGETS.liveMs} ms`, r.verdict.live),
    row('live, write sent → change on the socket', r.live.fromRequest, '', true).replace(/\| met \|$/, '| |'),
    '',
    'Per write: ' + r.live.rounds.map((w, i) => `${i + 1}: ${w.received}/${r.live.sockets}, p50 ${fmt(w.fromAck.p50_ms)} max ${fmt(w.fromAck.max_ms)} ms`).join('; ') + '.',
    'p95 is checked against the feed targets, the worst socket of every write against the live one.',
    '',
  ].join('\n');
}

const fmt = (v: number) => (!Number.isFinite(v) ? '-' : v < 10 ? v.toFixed(2) : v < 100 ? v.toFixed(1) : v.toFixed(0));
