/**
 * Turns the measurements into bench/results/latest.json (one key per figure, e.g.
 * `balanceOfPower.territory10k.p50_ms`, `ratio.graphqlOverRaw.personDetail`), a Markdown
 * report, and the generated part of the README's Performance section.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../../server/src/kernel/config.js';
import type { MachineInfo } from './machine.js';
import { MAP_LIMITS, type MapResult } from './map-bench.js';
import { round, type LatencyFigures, type QuestionPlan, type QuestionResult } from './measure.js';
import { speedLines } from './speed.js';
import type { QuestionName } from './questions.js';
import type { SizeResult } from '../run.js';

export interface ReportInput {
  machine: MachineInfo;
  sizes: Record<string, SizeResult>;
  map: MapResult | null;
  durationS: number;
  plan: QuestionPlan;
  quick: boolean;
  generatedAt: string;
  load: { start: number[]; max1m: number };
}

export interface Target {
  id: string;
  description: string;
  limit: string;
  measured: string;
  met: boolean | null;
  /** The JSON key of the figure. */
  key: string;
}

const QUESTION_ORDER: QuestionName[] = ['personDetail', 'balanceOfPower', 'specShapers', 'introductionPaths', 'decisionGroup', 'graphView'];
const ANALYTICS: QuestionName[] = ['balanceOfPower', 'specShapers', 'introductionPaths', 'decisionGroup', 'graphView'];
const LABELS: Record<QuestionName, string> = {
  personDetail: 'person detail',
  balanceOfPower: 'balance of power (territory-north, cached)',
  balanceOfPowerRanking: 'balance of power, ranking and coalitions only (cached)',
  balanceOfPowerEverywhere: 'balance of power, whole graph (everywhere, cached)',
  specShapers: 'spec shapers (maxHops 4)',
  introductionPaths: 'introduction paths (maxHops 4)',
  decisionGroup: 'decision group',
  graphView: 'map data (graphView, 500 people)',
};

function latency(f: LatencyFigures | undefined) {
  return f ? { p50_ms: f.p50_ms, p95_ms: f.p95_ms, p99_ms: f.p99_ms, throughput_rps: f.throughput_rps, requests: f.requests, errors: f.errors } : null;
}

function questionFigures(q: QuestionResult) {
  return {
    p50_ms: q.graphql.c1.p50_ms,
    p95_ms: q.graphql.c1.p95_ms,
    p99_ms: q.graphql.c1.p99_ms,
    mean_ms: q.graphql.c1.mean_ms,
    requests: q.graphql.c1.requests,
    raw_p50_ms: q.raw.c1.p50_ms,
    raw_p95_ms: q.raw.c1.p95_ms,
    ratio_graphql_over_raw: q.ratio,
    ratio_server_side: q.ratioServerSide,
    db_ms: q.graphql.server.db_ms,
    server_ms: q.graphql.server.server_ms,
    roundTrips: q.graphql.server.roundTrips,
    answer_bytes: q.answerBytes,
    c16: latency(q.graphql.c16),
    c64: latency(q.graphql.c64),
  };
}

export function buildReport(input: ReportInput): { json: Record<string, unknown>; markdown: string; summary: string } {
  const labels = Object.keys(input.sizes);
  const largest = labels[labels.length - 1]!;
  const big = input.sizes[largest]!;
  const json: Record<string, unknown> = {
    generatedAt: input.generatedAt,
    durationS: input.durationS,
    machine: input.machine,
    settings: { plan: input.plan, quick: input.quick, sizes: labels, loadAverageAtStart: input.load.start, loadAverageMax1m: input.load.max1m },
  };

  // Per question: graph<size> -> figures.
  for (const name of QUESTION_ORDER) {
    const entry: Record<string, unknown> = {};
    for (const label of labels) {
      const q = input.sizes[label]!.questions[name];
      if (q) entry[`graph${label}`] = questionFigures(q);
    }
    json[name] = entry;
  }
  // graph<size> -> response-cache repeat, person detail during a cold computation, next best, WORKERS.
  json.speed = Object.fromEntries(labels.flatMap((l) => (input.sizes[l]!.speed ? [[`graph${l}`, input.sizes[l]!.speed]] : [])));
  const bop = json.balanceOfPower as Record<string, unknown>;
  for (const label of labels) {
    const s = input.sizes[label]!;
    Object.assign(bop[`graph${label}`] as object, {
      peopleInScope: s.balanceOfPowerCold.peopleInScope,
      cold_ms_p50: s.balanceOfPowerCold.cold.p50_ms,
      cold_ms_max: s.balanceOfPowerCold.cold.max_ms,
      cold_db_ms: s.balanceOfPowerCold.dbColdMs,
      uncached: s.balanceOfPowerUncached,
    });
  }
  const t10k = big.territory10k;
  if (t10k) {
    bop.territory10k = {
      graph: largest,
      peopleInScope: t10k.peopleInScope,
      cold_ms_p50: t10k.cold.cold.p50_ms,
      cold_ms_max: t10k.cold.cold.max_ms,
      cold_samples_ms: t10k.cold.cold.samples,
      cold_db_ms: t10k.cold.dbColdMs,
      cold_server_ms: t10k.cold.serverColdMs,
      ...questionFigures(t10k.warm),
      rankingOnly: questionFigures(t10k.ranking),
      uncached: t10k.uncached,
    };
  }
  for (const label of labels) {
    const e = input.sizes[label]!.everywhere;
    if (e) {
      bop[`everywhere_graph${label}`] = {
        peopleInScope: e.peopleInScope,
        first_ms: e.first_ms,
        afterWrite_answer_ms_p50: e.afterWrite.answer_p50_ms,
        afterWrite_provisional: e.afterWrite.provisional,
        afterWrite_upToDate_ms_p50: e.afterWrite.upToDate_p50_ms,
        afterWrite_upToDate_ms_max: e.afterWrite.upToDate_max_ms,
        ...questionFigures(e.warm),
      };
    }
  }
  for (const label of labels) {
    const t = input.sizes[label]!.territory10k;
    if (t && label !== largest) {
      bop[`territory10k_graph${label}`] = { peopleInScope: t.peopleInScope, cold_ms_p50: t.cold.cold.p50_ms, ...questionFigures(t.warm), uncached: t.uncached };
    }
  }

  const ratioAt = (label: string) =>
    Object.fromEntries(QUESTION_ORDER.filter((n) => input.sizes[label]!.questions[n]).map((n) => [n, input.sizes[label]!.questions[n]!.ratio]));
  json.ratio = {
    graphqlOverRaw: { graph: largest, ...ratioAt(largest), ...(t10k ? { balanceOfPowerTerritory10k: t10k.warm.ratio } : {}) },
    graphqlOverRawBySize: Object.fromEntries(labels.map((l) => [l, ratioAt(l)])),
    graphqlOverRawUncached: {
      balanceOfPower: Object.fromEntries(labels.map((l) => [`graph${l}`, input.sizes[l]!.balanceOfPowerUncached.ratio])),
      balanceOfPowerTerritory10k: Object.fromEntries(
        labels.filter((l) => input.sizes[l]!.territory10k).map((l) => [`graph${l}`, input.sizes[l]!.territory10k!.uncached.ratio]),
      ),
    },
  };
  json.scaling = Object.fromEntries(
    QUESTION_ORDER.map((n) => [n, Object.fromEntries(labels.map((l) => [`graph${l}_p50_ms`, input.sizes[l]!.questions[n]?.graphql.c1.p50_ms ?? null]))]),
  );
  (json.scaling as Record<string, unknown>).balanceOfPowerCold = Object.fromEntries(labels.map((l) => [`graph${l}_ms`, input.sizes[l]!.balanceOfPowerCold.cold.p50_ms]));
  json.graphqlOverhead = big.graphqlOverhead ?? null;
  json.seed = Object.fromEntries(labels.map((l) => [`graph${l}`, input.sizes[l]!.seed]));
  json.memory = Object.fromEntries(labels.map((l) => [`graph${l}`, input.sizes[l]!.memory]));
  json.map = input.map
    ? {
        source: input.map.source,
        reason: input.map.reason,
        territoryId: input.map.territoryId,
        ...Object.fromEntries(input.map.points.map((p) => [`nodes${p.targetNodes}`, { ...p, interactive_ms: p.interactive_ms }])),
      }
    : null;

  const targets = evaluateTargets(input, largest);
  json.targets = targets;
  const markdown = renderMarkdown(input, targets, largest);
  const summary = targets.map((t) => `${t.met === null ? '  ?' : t.met ? ' ok' : 'MISS'}  ${t.description}: ${t.measured} (target ${t.limit})`).join('\n');
  return { json, markdown, summary };
}

function evaluateTargets(input: ReportInput, largest: string): Target[] {
  const big = input.sizes[largest]!;
  const out: Target[] = [];
  const q = (n: QuestionName) => big.questions[n];
  const pd = q('personDetail');
  if (pd) out.push({ id: 'ratio.personDetail', description: `GraphQL / raw, person detail (${largest} graph)`, limit: '≤ 1.20', measured: pd.ratio.toFixed(3), met: pd.ratio <= 1.2, key: 'ratio.graphqlOverRaw.personDetail' });
  for (const n of ANALYTICS) {
    const r = q(n);
    if (r) out.push({ id: `ratio.${n}`, description: `GraphQL / raw, ${LABELS[n]} (${largest} graph)`, limit: '≤ 1.05', measured: r.ratio.toFixed(3), met: r.ratio <= 1.05, key: `ratio.graphqlOverRaw.${n}` });
  }
  const t = big.territory10k;
  if (t) {
    out.push({ id: 'ratio.balanceOfPowerTerritory10k', description: `GraphQL / raw, balance of power, ${t.peopleInScope.toLocaleString('en-US')}-person territory, cached (${largest} graph)`, limit: '≤ 1.05', measured: t.warm.ratio.toFixed(3), met: t.warm.ratio <= 1.05, key: 'ratio.graphqlOverRaw.balanceOfPowerTerritory10k' });
    out.push({ id: 'ratio.balanceOfPowerTerritory10kUncached', description: `GraphQL / raw, balance of power, ${t.peopleInScope.toLocaleString('en-US')}-person territory, cache off (${largest} graph)`, limit: '≤ 1.05', measured: t.uncached.ratio.toFixed(3), met: t.uncached.ratio <= 1.05, key: `ratio.graphqlOverRawUncached.balanceOfPowerTerritory10k.graph${largest}` });
    out.push({ id: 'bop.cold', description: `Balance of power, ${t.peopleInScope.toLocaleString('en-US')}-person territory, first question after a write (${largest} graph), p50 of ${t.cold.cold.samples.length}`, limit: '< 1,000 ms', measured: `${fmtMs(t.cold.cold.p50_ms)} (worst ${fmtMs(t.cold.cold.max_ms)})`, met: t.cold.cold.p50_ms < 1000, key: 'balanceOfPower.territory10k.cold_ms_p50' });
    out.push({ id: 'bop.warm', description: `Balance of power, ${t.peopleInScope.toLocaleString('en-US')}-person territory, unchanged graph, p50`, limit: '< 20 ms', measured: fmtMs(t.warm.graphql.c1.p50_ms), met: t.warm.graphql.c1.p50_ms < 20, key: 'balanceOfPower.territory10k.p50_ms' });
  }
  for (const n of ['specShapers', 'introductionPaths'] as const) {
    const r = q(n);
    if (r) out.push({ id: `${n}.p50`, description: `${LABELS[n]}, p50 (${largest} graph)`, limit: '< 150 ms', measured: fmtMs(r.graphql.c1.p50_ms), met: r.graphql.c1.p50_ms < 150, key: `${n}.graph${largest}.p50_ms` });
  }
  const bop = q('balanceOfPower');
  if (bop) {
    out.push({ id: 'cache.repeat', description: `Repeat balance of power from the cache, p50 (territory-north, ${largest} graph; cold ${fmtMs(big.balanceOfPowerCold.cold.p50_ms)})`, limit: 'a few ms', measured: fmtMs(bop.graphql.c1.p50_ms), met: bop.graphql.c1.p50_ms < 10, key: `balanceOfPower.graph${largest}.p50_ms` });
  }
  out.push({ id: 'n+1', description: 'Round trips per request do not grow with rows returned', limit: 'constant', measured: 'asserted by test/integration/round-trips.int.test.ts', met: null, key: '-' });
  // Issue 16's table, from the largest graph's person detail and speed rows.
  if (pd) {
    out.push({ id: 'detail.trips', description: `Person detail, round trips per request (${largest} graph)`, limit: '≤ 2', measured: String(pd.graphql.server.roundTrips), met: pd.graphql.server.roundTrips <= 2, key: `personDetail.graph${largest}.roundTrips` });
    out.push({ id: 'detail.p50', description: `Person detail p50, concurrency 1 (${largest} graph)`, limit: '≤ 10 ms', measured: fmtMs(pd.graphql.c1.p50_ms), met: pd.graphql.c1.p50_ms <= 10, key: `personDetail.graph${largest}.p50_ms` });
    const rps = pd.graphql.c64?.throughput_rps;
    if (rps !== undefined) out.push({ id: 'detail.c64', description: `Person detail throughput at concurrency 64 (${largest} graph; 3 × the 62 req/s the issue measured)`, limit: '≥ 186 req/s', measured: `${num(rps)} req/s`, met: rps >= 186, key: `personDetail.graph${largest}.c64.throughput_rps` });
  }
  const speed = big.speed;
  if (speed?.bolt) {
    out.push({ id: 'detail.bolt', description: `Person detail p50 against the same data read by one hand-written Cypher statement over Bolt (${largest} graph, ${fmtMs(speed.bolt.graphql_p50_ms)} vs ${fmtMs(speed.bolt.bolt_p50_ms)})`, limit: '≤ 2×', measured: `×${speed.bolt.ratio.toFixed(2)}`, met: speed.bolt.ratio <= 2, key: `speed.graph${largest}.bolt.ratio` });
  }
  if (speed) {
    const repeat = Math.max(speed.repeat.personDetail_ms_p50, speed.repeat.balanceOfPower_ms_p50);
    out.push({ id: 'repeat.response', description: `Repeat of a question on an unchanged graph, response cache, p50 (${largest} graph; person detail ${fmtMs(speed.repeat.personDetail_ms_p50)}, balance of power ${fmtMs(speed.repeat.balanceOfPower_ms_p50)})`, limit: '≤ 3 ms', measured: fmtMs(repeat), met: repeat <= 3, key: `speed.graph${largest}.repeat` });
    out.push({ id: 'detail.duringCold', description: `Person detail p99 while ${speed.detailDuringCold.scope} is computed cold (${largest} graph, ${speed.detailDuringCold.requests} requests)`, limit: '< 100 ms', measured: fmtMs(speed.detailDuringCold.p99_ms), met: speed.detailDuringCold.p99_ms < 100, key: `speed.graph${largest}.detailDuringCold.p99_ms` });
    out.push({ id: 'nextBest', description: `Next best relationships for ${speed.nextBest.territoryId}, p50 (${largest} graph)`, limit: '< 300 ms', measured: fmtMs(speed.nextBest.p50_ms), met: speed.nextBest.p50_ms < 300, key: `speed.graph${largest}.nextBest.p50_ms` });
  }
  // Issue 16: the map as a link to the scope opens it (the overview on a large scope).
  for (const p of input.map?.points ?? []) {
    const limit = MAP_LIMITS[p.targetNodes];
    if (!limit) continue;
    const opened = p.overview ?? { interactive_ms: p.interactive_ms, runs: p.runs };
    out.push({
      id: `map.${p.targetNodes}`,
      description: `Map of ${p.nodes.toLocaleString('en-US')} nodes interactive in headless Chromium (${input.map!.source}${p.overview ? ', as opened: the overview' : ''}), median of ${opened.runs.length}`,
      limit: `< ${limit.toLocaleString('en-US')} ms`,
      measured: fmtMs(opened.interactive_ms),
      met: opened.interactive_ms < limit,
      key: `map.nodes${p.targetNodes}.${p.overview ? 'overview.' : ''}interactive_ms`,
    });
  }
  return out;
}

const fmtMs = (v: number | null | undefined) => (v === null || v === undefined || !Number.isFinite(v) ? '-' : `${v < 10 ? v.toFixed(2) : v < 100 ? v.toFixed(1) : Math.round(v).toLocaleString('en-US')} ms`);
const num = (v: number | null | undefined, digits = 1) => (v === null || v === undefined || !Number.isFinite(v) ? '-' : v < 10 ? v.toFixed(2) : v < 100 ? v.toFixed(digits) : Math.round(v).toLocaleString('en-US'));
const triple = (f: LatencyFigures | undefined) => (f ? `${num(f.p50_ms)} / ${num(f.p95_ms)} / ${num(f.p99_ms)}` : '-');

function renderMarkdown(input: ReportInput, targets: Target[], largest: string): string {
  const m = input.machine;
  const labels = Object.keys(input.sizes);
  const lines: string[] = [];
  lines.push(
    `Measured by \`npm run bench\` on ${input.generatedAt.slice(0, 16).replace('T', ' ')} UTC in ${Math.round(input.durationS / 60)} min${input.quick ? ' (--quick: fewer requests per point)' : ''}: ` +
      `${m.cpus} cores (${m.cpuModel}), ${m.memoryGiB} GiB, ${m.os}; Node ${m.node}, Neo4j ${m.neo4j}, Java ${m.java}${m.chromium ? `, ${m.chromium.replace(/ built on.*/, '')}` : ''}. ` +
      `Neo4j, the server (its own process) and the load client share the machine; load average at start ${input.load.start.map((v) => v.toFixed(1)).join(' / ')}, highest 1-minute load during the run ${input.load.max1m.toFixed(1)}.`,
  );
  lines.push('');
  lines.push('**Targets**');
  lines.push('');
  lines.push('| target | limit | measured | |');
  lines.push('|---|---|---|---|');
  for (const t of targets) lines.push(`| ${t.description} | ${t.limit} | ${t.measured} | ${t.met === null ? 'test' : t.met ? 'met' : '**missed**'} |`);
  lines.push('');
  lines.push('**Questions** (ms; GraphQL over HTTP at concurrency 1 unless marked; raw = the same code and answer behind a plain route in the same process; DB = Neo4j\'s own time, `resultAvailableAfter + resultConsumedAfter` summed over the request\'s queries; medians. Each size\'s server first answers every question in turn for 20 s, and each load point\'s clients first send one request each, not counted)');
  lines.push('');
  lines.push('| question | graph | p50 | p95 | p99 | raw p50 | GraphQL / raw | DB | round trips | c=16 p50 / p95 / p99 | c=64 p50 / p95 / p99 | c=64 req/s |');
  lines.push('|---|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|');
  const row = (label: string, graph: string, q: QuestionResult) =>
    `| ${label} | ${graph} | ${num(q.graphql.c1.p50_ms)} | ${num(q.graphql.c1.p95_ms)} | ${num(q.graphql.c1.p99_ms)} | ${num(q.raw.c1.p50_ms)} | ${q.ratio.toFixed(2)} | ${num(q.graphql.server.db_ms)} | ${q.graphql.server.roundTrips} | ${triple(q.graphql.c16)} | ${triple(q.graphql.c64)} | ${num(q.graphql.c64?.throughput_rps, 0)} |`;
  for (const name of QUESTION_ORDER) {
    for (const label of labels) {
      const q = input.sizes[label]!.questions[name];
      if (q) lines.push(row(LABELS[name], label, q));
    }
  }
  for (const label of labels) {
    const t = input.sizes[label]!.territory10k;
    if (!t) continue;
    const people = t.peopleInScope.toLocaleString('en-US');
    lines.push(row(`balance of power (${people}-person territory, cached; ${Math.round(t.warm.answerBytes / 1024)} KB)`, label, t.warm));
    lines.push(row(`the same without the what-may-change lists (${Math.round(t.ranking.answerBytes / 1024)} KB)`, label, t.ranking));
  }
  lines.push('');
  const overhead = input.sizes[largest]!.graphqlOverhead;
  if (overhead?.length) {
    lines.push(`**Where GraphQL's share goes** (${largest} graph, in process, no HTTP; p50 ms): Apollo Server with its default plugins, with \`ApolloServerPluginCacheControlDisabled()\`, graphql-js \`execute\` alone, and the same document compiled by graphql-jit (how \`createServer()\` runs queries: cache control off, graphql-jit behind Apollo), against the raw answer`);
    lines.push('');
    lines.push('| question | raw | Apollo (default plugins) | Apollo, cache control off | graphql-js | graphql-jit | default / raw | cache control off / raw | graphql-jit / raw |');
    lines.push('|---|--:|--:|--:|--:|--:|--:|--:|--:|');
    for (const r of overhead) {
      lines.push(`| ${r.question} | ${num(r.raw_ms)} | ${num(r.apolloDefault_ms)} | ${num(r.apolloNoCacheControl_ms)} | ${num(r.graphqlJs_ms)} | ${r.graphqlJit_ms === undefined ? '-' : num(r.graphqlJit_ms)} | ${r.ratioDefault.toFixed(2)} | ${r.ratioNoCacheControl.toFixed(2)} | ${r.graphqlJit_ms === undefined ? '-' : (r.graphqlJit_ms / r.raw_ms).toFixed(2)} |`);
    }
    lines.push('');
  }
  lines.push('**Balance of power: first question after a write vs cached** (ms)');
  lines.push('');
  lines.push('| graph | territory | people | after a write p50 / max | of which DB | cached p50 | cache off: GraphQL / raw | cache off p50 |');
  lines.push('|---|---|--:|--:|--:|--:|--:|--:|');
  for (const label of labels) {
    const s = input.sizes[label]!;
    const warm = s.questions.balanceOfPower;
    lines.push(`| ${label} | territory-north | ${s.balanceOfPowerCold.peopleInScope.toLocaleString('en-US')} | ${num(s.balanceOfPowerCold.cold.p50_ms)} / ${num(s.balanceOfPowerCold.cold.max_ms)} | ${num(s.balanceOfPowerCold.dbColdMs)} | ${num(warm?.graphql.c1.p50_ms)} | ${s.balanceOfPowerUncached.ratio.toFixed(3)} | ${num(s.balanceOfPowerUncached.graphql_p50_ms)} |`);
    const t = s.territory10k;
    const e = s.everywhere;
    if (e) {
      lines.push(
        `| ${label} | everywhere (whole graph): answered from the latest ranking, up to date after p50 ${num(e.afterWrite.upToDate_p50_ms)} (max ${num(e.afterWrite.upToDate_max_ms)}); first question ${num(e.first_ms)} | ${e.peopleInScope.toLocaleString('en-US')} | ${num(e.afterWrite.answer_p50_ms)} / ${num(Math.max(...e.afterWrite.answer_ms))} | - | ${num(e.warm.graphql.c1.p50_ms)} | - | - |`,
      );
    }
    if (t) lines.push(`| ${label} | territory-bench-10k | ${t.peopleInScope.toLocaleString('en-US')} | ${num(t.cold.cold.p50_ms)} / ${num(t.cold.cold.max_ms)} | ${num(t.cold.dbColdMs)} | ${num(t.warm.graphql.c1.p50_ms)} | ${t.uncached.ratio.toFixed(3)} | ${num(t.uncached.graphql_p50_ms)} |`);
  }
  lines.push('');
  if (labels.length > 1) {
    lines.push(`**Scaling** (GraphQL p50 at concurrency 1, ms, ${labels.join(' → ')} people)`);
    lines.push('');
    lines.push(`| question | ${labels.join(' | ')} | ${labels[0]} → ${largest} |`);
    lines.push(`|---|${labels.map(() => '--:').join('|')}|--:|`);
    const scale = (label: string, values: Array<number | undefined>) => {
      const first = values[0];
      const last = values[values.length - 1];
      lines.push(`| ${label} | ${values.map((v) => num(v)).join(' | ')} | ${first && last ? `×${(last / first).toFixed(1)}` : '-'} |`);
    };
    for (const name of QUESTION_ORDER) scale(LABELS[name], labels.map((l) => input.sizes[l]!.questions[name]?.graphql.c1.p50_ms));
    scale('balance of power (territory-north) after a write', labels.map((l) => input.sizes[l]!.balanceOfPowerCold.cold.p50_ms));
    lines.push('');
  }
  for (const label of labels) {
    const speed = input.sizes[label]!.speed;
    if (!speed) continue;
    for (const line of speedLines(label, speed)) lines.push(line, '');
  }
  lines.push('**Seeding and memory**');
  lines.push('');
  lines.push('| graph | nodes | ties | seed (wall) | writing | ties/s | server RSS peak | server heap | Neo4j RSS | cache entries |');
  lines.push('|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|');
  for (const label of labels) {
    const s = input.sizes[label]!;
    const seed = s.seed;
    const cache = s.memory.cache as { entries?: number; bytes?: number } | undefined;
    lines.push(
      `| ${label} | ${seed.nodes?.toLocaleString('en-US') ?? '-'} | ${seed.ties?.toLocaleString('en-US') ?? '-'} | ${seed.wallS === null ? '-' : `${seed.wallS} s`}${seed.seededNow ? '' : ' (earlier run)'} | ${seed.writeS === null ? '-' : `${seed.writeS} s`} | ${seed.tiesPerSecond?.toLocaleString('en-US') ?? '-'} | ${s.memory.server.peakRssMb} MB | ${s.memory.server.heapUsedMb} MB | ${s.memory.neo4j ? `${s.memory.neo4j.rssMb} MB` : '-'} | ${cache?.entries ?? '-'} (${cache?.bytes ? `${Math.round(cache.bytes / 1024 / 1024)} MB est.` : '-'}) |`,
    );
  }
  lines.push('');
  if (input.map) {
    lines.push(`**Web map** (headless Chromium, ${input.map.source === 'web-app' ? 'the web app' : 'the bench page bench/map-page'}: ${input.map.reason}; scope ${input.map.territoryId} on the ${largest} graph; from navigation to the laid-out map painted; median of runs)`);
    lines.push('');
    lines.push('| nodes | edges | every person: interactive | map data arrived | click → selected | as opened (overview): interactive | bare page: interactive (data, layout done) | app requests before the map was ready |');
    lines.push('|--:|--:|--:|--:|--:|--:|--:|---|');
    for (const p of input.map.points) {
      const med = (f: (r: (typeof p.runs)[number]) => number | null) => {
        const v = p.runs.map(f).filter((x): x is number => x !== null).sort((a, b) => a - b);
        return v.length ? v[Math.floor(v.length / 2)]! : null;
      };
      const median = [...p.runs].sort((a, b) => a.interactive_ms - b.interactive_ms)[Math.floor(p.runs.length / 2)]!;
      const requests = (median.requests ?? []).map((r) => `${r.operation} ${r.start_ms}–${r.end_ms}`).join(', ') || '-';
      const bare = p.benchPage ? `${fmtMs(p.benchPage.interactive_ms)} (${fmtMs(p.benchPage.dataArrived_ms)}, ${fmtMs(p.benchPage.layoutDone_ms)})` : '-';
      const opened = p.overview ? `${fmtMs(p.overview.interactive_ms)}${p.overview.runs[0]?.drawn?.overview ? ` (${p.overview.runs[0].drawn.nodes} nodes drawn)` : ''}` : '-';
      lines.push(`| ${p.nodes.toLocaleString('en-US')} | ${p.edges.toLocaleString('en-US')} | ${fmtMs(p.interactive_ms)} | ${fmtMs(med((r) => r.dataArrived_ms))} | ${fmtMs(med((r) => r.clickToSelect_ms))} | ${opened} | ${bare} | ${requests} |`);
    }
    lines.push('');
  }
  return `${lines.join('\n')}\n`;
}

const BEGIN = '<!-- bench:begin (generated by npm run bench; edit bench/lib/report.ts) -->';
const END = '<!-- bench:end -->';

/**
 * Replaces the generated table inside README's "## Performance" section; creates the
 * section (before "## Tests") the first time. Text outside the markers is left alone.
 */
export function updateReadme(markdown: string): void {
  const file = path.join(PROJECT_ROOT, 'README.md');
  const readme = readFileSync(file, 'utf8');
  const block = `${BEGIN}\n${markdown.trimEnd()}\n${END}`;
  const begin = readme.indexOf(BEGIN);
  const end = readme.indexOf(END);
  let next: string;
  if (begin >= 0 && end > begin) {
    next = `${readme.slice(0, begin)}${block}${readme.slice(end + END.length)}`;
  } else {
    const section = `## Performance\n\n\`npm run bench\` (about 17 minutes on a fresh clone; reruns reuse the seeded databases in \`.data/bench-*\`) writes \`bench/results/latest.json\` and \`latest.md\` and the table below.\n\n${block}\n\n`;
    const tests = readme.indexOf('\n## Tests');
    next = tests >= 0 ? `${readme.slice(0, tests + 1)}${section}${readme.slice(tests + 1)}` : `${readme.trimEnd()}\n\n${section}`;
  }
  writeFileSync(file, next);
}

export { round };
