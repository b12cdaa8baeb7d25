/**
 * `npm run bench`: the performance suite of issue 7. For each graph size (1k, 10k, 100k
 * people, seeded once into .data/bench-<size>/ and reused), it starts the embedded Neo4j
 * and the real server in its own process, then measures every question through GraphQL
 * and through a plain route running the same code, under load, cold after a write and
 * warm from the analytics cache; then the web map in headless Chromium. Writes
 * bench/results/latest.json and latest.md and the README's Performance table.
 *
 *   npm run bench -- [--sizes 1k,10k,100k] [--quick] [--no-map] [--no-readme] [--report-only]
 *                    [--map-only [--map-nodes 500,2000,5000]]
 *
 *   npm run bench -- --evidence [--publications 100000] [--people 10000] [--check-only]
 *
 *   npm run bench -- --changes [--size 10k] [--sockets 100]
 *
 *   npm run bench -- --power [--sizes 10k,100k] [--quick]
 *
 * --evidence measures only the evidence import of a generated PubMed file (bench/lib/evidence-bench.ts)
 * and writes bench/results/evidence.json and evidence.md.
 * --changes measures only issue 13's promises on one size's graph (bench/lib/changes-bench.ts):
 * the change feed of its big territory after a write and unchanged, and live notifications to
 * --sockets subscribers; it writes bench/results/changes.json and changes.md.
 * --power measures only balance of power (bench/lib/power-bench.ts): after a write and cached
 * for territory-north and the 10,000-person territory, and the whole graph (first question,
 * after writes, cached); it writes bench/results/power.json and power.md.
 * A run of fewer sizes than all three, or with --no-map, writes bench/results/partial-*.json
 * and .md and leaves latest.* and the README's table alone.
 * --report-only rebuilds the JSON, Markdown and README table from the last run's measurements.
 * --map-only measures only the web map on the last size (no questions): the bare Cytoscape
 * page, the app's full map and the app's overview side by side; it prints them and writes
 * bench/results/map.json and map.md (the README is left alone).
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { issueToken } from '../server/src/kernel/auth/tokens.js';
import { ensureLauncherBuilt } from '../server/src/kernel/database/embedded-neo4j.js';
import { systemClock } from '../server/src/kernel/clock.js';
import { PowerRepository } from '../server/src/modules/power/repository.js';
import { BENCH_TERRITORY, ensureBenchTerritory, openBenchDatabase, SIZES, type BenchDatabase, type SizeSpec } from './lib/databases.js';
import { graphqlOverhead, type OverheadRow } from './lib/graphql-overhead.js';
import { machineInfo } from './lib/machine.js';
import { mapBench, mapMarkdown, mapRows, mapSummary, buildMapPage, type MapResult } from './lib/map-bench.js';
import { BenchApi, measureCold, measureEverywhere, measureQuestion, measureUncachedRatio, round, warmServer, type EverywhereResult, type QuestionPlan, type QuestionResult } from './lib/measure.js';
import type { QuestionName } from './lib/questions.js';
import { buildReport, updateReadme, type ReportInput } from './lib/report.js';
import { processMemory, startServerChild, type ServerChild } from './lib/server-child.js';
import { measureSpeed, type SpeedResult } from './lib/speed.js';

const RESULTS_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'results');
/** The last run's measurements (gitignored: bench/results/*.tmp). */
const RAW_FILE = path.join(RESULTS_DIR, 'last-run.tmp');

const argv = process.argv.slice(2);
const flag = (name: string) => argv.includes(`--${name}`);
const option = (name: string) => {
  const i = argv.findIndex((a) => a === `--${name}` || a.startsWith(`--${name}=`));
  if (i < 0) return undefined;
  return argv[i]!.includes('=') ? argv[i]!.split('=')[1] : argv[i + 1];
};
const quick = flag('quick');
const mapOnly = flag('map-only');
const mapNodes = option('map-nodes')?.split(',').map(Number);
const sizeLabels = (option('sizes') ?? '1k,10k,100k').split(',').map((s) => s.trim());
for (const label of sizeLabels) if (!SIZES[label]) throw new Error(`unknown size ${label}; use ${Object.keys(SIZES).join(', ')}`);

const started = performance.now();
const elapsed = () => `${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s`;
const log = (line: string) => process.stdout.write(`[${elapsed()}] ${line}\n`);

/** Requests per point: enough for a stable p95 (and a rough p99), few enough for the 20-minute budget. */
const PLAN: QuestionPlan = quick ? { c1: 24, c16: 48, c64: 128, maxSeconds: 3 } : { c1: 80, c16: 160, c64: 320, maxSeconds: 6 };
const COLD_SAMPLES = quick ? 2 : 5;
/** How long each size's server answers the questions before any of them is measured. */
const WARM_SECONDS = quick ? 5 : 20;
const UNCACHED_SAMPLES = quick ? 3 : 8;

export interface SizeResult {
  people: number;
  seed: BenchDatabase['seed'];
  fixtures: Record<string, unknown>;
  questions: Partial<Record<QuestionName, QuestionResult>>;
  balanceOfPowerCold: Awaited<ReturnType<typeof measureCold>> & { peopleInScope: number };
  balanceOfPowerUncached: Awaited<ReturnType<typeof measureUncachedRatio>>;
  territory10k?: {
    peopleInScope: number;
    cold: Awaited<ReturnType<typeof measureCold>>;
    warm: QuestionResult;
    /** The same, ranking and coalitions only (no what-may-change lists). */
    ranking: QuestionResult;
    uncached: Awaited<ReturnType<typeof measureUncachedRatio>>;
  };
  /**
   * A strategist ranking the whole graph (scope everywhere): the first question, after each
   * write (answered from the latest ranking; the time until it is up to date), then cached.
   */
  everywhere?: EverywhereResult;
  memory: { server: { rssMb: number; peakRssMb: number; heapUsedMb: number }; neo4j: { rssMb: number; peakRssMb: number } | null; cache: unknown };
  /** In-process: Apollo (default plugins) vs Apollo without cache control vs graphql-js vs raw. */
  graphqlOverhead?: OverheadRow[];
  /** Response-cache repeat, person detail during a cold computation, next best relationships, WORKERS. */
  speed?: SpeedResult;
}

async function main(): Promise<void> {
  const machine = machineInfo();
  // Others' processes on the machine skew every figure: the report says how busy it was.
  const load = { start: os.loadavg(), max1m: os.loadavg()[0]! };
  setInterval(() => (load.max1m = Math.max(load.max1m, os.loadavg()[0]!)), 5_000).unref();
  if (load.start[0]! > machine.cpus * 0.5) log(`note: the machine is busy (load average ${load.start.map((v) => v.toFixed(1)).join(' ')}); figures will be slower than on an idle machine`);
  log(`KAMgraph bench on ${machine.cpus} cores (${machine.cpuModel}), ${machine.memoryGiB} GiB, Node ${machine.node}, Neo4j ${machine.neo4j}`);
  ensureLauncherBuilt((line) => log(line));
  const authSecret = randomBytes(32).toString('hex');
  const token = await issueToken(authSecret, 'user-admin', '2h');
  const today = systemClock.today();
  const mapDist = flag('no-map') ? null : await buildMapPage(log);

  const sizes: Record<string, SizeResult> = {};
  let map: MapResult | null = null;
  for (const label of mapOnly ? sizeLabels.slice(-1) : sizeLabels) {
    const size = SIZES[label]!;
    log(`== ${label}: ${size.people.toLocaleString('en-US')} people ==`);
    const bench = await openBenchDatabase(size, log);
    let server: ServerChild | undefined;
    // Ctrl+C or a kill: stop what this run started (the server process, then Neo4j cleanly).
    const interrupted = () => {
      log('interrupted: stopping the server and Neo4j...');
      void Promise.allSettled([server?.stop()]).then(() => bench.stop()).finally(() => process.exit(130));
    };
    process.once('SIGINT', interrupted);
    process.once('SIGTERM', interrupted);
    try {
      const benchTerritoryPeople = size.people >= 10_000 ? await ensureBenchTerritory(bench, today, log) : 0;
      server = await startServerChild({ neo4jUri: bench.uri, authSecret, ...(mapDist ? { webDist: mapDist.app ?? undefined, mapDist: mapDist.page } : {}) });
      const api = new BenchApi(server.port, token);
      const lastSize = label === sizeLabels[sizeLabels.length - 1];
      if (!mapOnly) sizes[label] = await measureSize(size, bench, server, api, today, benchTerritoryPeople, { token, authSecret });
      if (mapDist && lastSize) {
        map = await mapBench({ port: server.port, token, territoryId: size.people >= 10_000 ? BENCH_TERRITORY : 'territory-north', api, dists: mapDist, log, quick, ...(mapNodes ? { targets: mapNodes } : {}) });
      }
      if (mapOnly) continue;
      const memory = await server.memory();
      const neo4jMemory = processMemory(bench.neo4j.pid);
      sizes[label]!.memory = {
        server: { rssMb: mb(memory.rss), peakRssMb: mb(memory.peakRss), heapUsedMb: mb(memory.heapUsed) },
        neo4j: neo4jMemory ? { rssMb: mb(neo4jMemory.rss), peakRssMb: mb(neo4jMemory.peakRss) } : null,
        cache: memory.cache,
      };
      log(`  memory: server peak ${mb(memory.peakRss)} MB RSS (heap ${mb(memory.heapUsed)} MB), Neo4j ${neo4jMemory ? mb(neo4jMemory.rss) : '?'} MB RSS`);
    } finally {
      process.off('SIGINT', interrupted);
      process.off('SIGTERM', interrupted);
      await server?.stop();
      await bench.stop();
    }
  }

  if (mapOnly) {
    if (!map) {
      log('--map-only: the map was not measured (--no-map?): nothing written');
      return;
    }
    process.stdout.write(`\n${mapSummary(map)}\n`);
    const meta = {
      command: `npm run bench -- ${argv.join(' ')}`,
      machine: `${machine.cpus} cores (${machine.cpuModel}), ${machine.memoryGiB} GiB, Node ${machine.node}, Chromium (Debian, headless)`,
      date: new Date().toISOString().slice(0, 10),
      load: { start: load.start, end: os.loadavg(), max1m: load.max1m },
    };
    mkdirSync(RESULTS_DIR, { recursive: true });
    writeFileSync(path.join(RESULTS_DIR, 'map.json'), `${JSON.stringify({ ...meta, generatedAt: new Date().toISOString(), source: map.source, reason: map.reason, territoryId: map.territoryId, rows: mapRows(map), points: map.points }, null, 2)}\n`);
    writeFileSync(path.join(RESULTS_DIR, 'map.md'), mapMarkdown(map, meta));
    log('--map-only: wrote bench/results/map.json and map.md');
    return;
  }
  const input: ReportInput = { machine, sizes, map, durationS: round((performance.now() - started) / 1000, 0), plan: PLAN, quick, generatedAt: new Date().toISOString(), load };
  mkdirSync(RESULTS_DIR, { recursive: true });
  // Everything measured, so that the report can be rebuilt without measuring again (--report-only).
  writeFileSync(RAW_FILE, JSON.stringify(input));
  writeReport(input);
}

function writeReport(input: ReportInput): void {
  const report = buildReport(input);
  // A run of some sizes, or without the map, would leave the README's table and latest.*
  // with holes: it writes a file of its own instead.
  const labels = Object.keys(input.sizes);
  const whole = labels.join(',') === Object.keys(SIZES).join(',') && input.map !== null;
  const name = whole ? 'latest' : `partial-${labels.join('-')}${input.map ? '' : '-no-map'}`;
  writeFileSync(path.join(RESULTS_DIR, `${name}.json`), `${JSON.stringify(report.json, null, 2)}\n`);
  writeFileSync(path.join(RESULTS_DIR, `${name}.md`), report.markdown);
  const readme = whole && !flag('no-readme');
  if (readme) updateReadme(report.markdown);
  log(`wrote bench/results/${name}.json and ${name}.md${readme ? ', and the README table' : whole ? '' : ' (a partial run: latest.* and the README table are left alone)'} (the run took ${input.durationS} s)`);
  process.stdout.write(`\n${report.summary}\n`);
}

async function measureSize(
  size: SizeSpec,
  bench: BenchDatabase,
  server: ServerChild,
  api: BenchApi,
  today: string,
  benchTerritoryPeople: number,
  auth: { token: string; authSecret: string },
): Promise<SizeResult> {
  // Fixtures: the home territory's most powerful person is the person shown and the
  // introduction target (user-kam -> them); its first tender is asked about.
  const top = await api.data<{ balanceOfPower: { peopleInScope: number; ranking: Array<{ person: { id: string } }> } }>('graphql', 'balanceOfPower', {
    territoryId: 'territory-north',
    first: 1,
  });
  const topPerson = top.balanceOfPower.ranking[0]!.person.id;
  const args: Partial<Record<QuestionName, Record<string, unknown>>> = {
    personDetail: { id: topPerson },
    balanceOfPower: { territoryId: 'territory-north', first: 20 },
    specShapers: { tenderId: 'tender-north-1', maxHops: 4, first: 20 },
    introductionPaths: { fromId: 'user-kam', toId: topPerson, maxHops: 4, first: 3 },
    decisionGroup: { tenderId: 'tender-north-1' },
    graphView: { territoryId: 'territory-north', limit: 500 },
  };
  // A running server has answered many requests: Neo4j's and V8's compilers settle only
  // after hundreds of them, and a fresh server's first blocks ran up to twice as slow.
  const warmed = await warmServer(api, Object.entries(args) as Array<[QuestionName, Record<string, unknown>]>, WARM_SECONDS);
  log(`  warm-up: every question through GraphQL and raw in turn for ${WARM_SECONDS} s (${warmed} requests)`);
  const questions: Partial<Record<QuestionName, QuestionResult>> = {};
  for (const name of Object.keys(args) as QuestionName[]) {
    // The map's data is loaded once per view, not under load: concurrency 1 only.
    const plan = name === 'graphView' ? { ...PLAN, c1: Math.round(PLAN.c1 / 2), c16: 0, c64: 0 } : PLAN;
    const result = await measureQuestion(api, server, name, args[name]!, plan);
    questions[name] = result;
    const g = result.graphql;
    log(
      `  ${name.padEnd(18)} p50 ${fmt(g.c1.p50_ms)} ms (raw ${fmt(result.raw.c1.p50_ms)}, ratio ${result.ratio.toFixed(2)}, db ${fmt(g.server.db_ms)} ms, ${g.server.roundTrips} round trips)` +
        `  c16 p50 ${fmt(g.c16?.p50_ms)} p95 ${fmt(g.c16?.p95_ms)}  c64 p50 ${fmt(g.c64?.p50_ms)} p99 ${fmt(g.c64?.p99_ms)} ${fmt(g.c64?.throughput_rps)} req/s`,
    );
  }

  // Balance of power after a write (cache miss), and with the cache off on both sides.
  const analytics = new PowerRepository(bench.db);
  const tieFor = async (territoryId: string) => {
    const ids = await analytics.peopleInScope('territory', territoryId, today);
    return { from: ids[0]!, to: ids[ids.length - 1]!, since: today };
  };
  const cold = await measureCold(api, server, args.balanceOfPower!, await tieFor('territory-north'), COLD_SAMPLES);
  const uncached = await measureUncachedRatio(api, server, 'balanceOfPower', args.balanceOfPower!, UNCACHED_SAMPLES);
  log(`  balanceOfPower territory-north (${top.balanceOfPower.peopleInScope} people): cold ${fmt(cold.cold.p50_ms)} ms p50 (max ${fmt(cold.cold.max_ms)}), uncached GraphQL/raw ${uncached.ratio.toFixed(3)}`);

  const result: SizeResult = {
    people: size.people,
    seed: bench.seed,
    fixtures: { topPerson, territory: 'territory-north', tender: 'tender-north-1', introductionFrom: 'user-kam' },
    questions,
    balanceOfPowerCold: { ...cold, peopleInScope: top.balanceOfPower.peopleInScope },
    balanceOfPowerUncached: uncached,
    memory: undefined as never,
  };

  if (benchTerritoryPeople > 0) {
    const vars = { territoryId: BENCH_TERRITORY, first: 20 };
    const coldBig = await measureCold(api, server, vars, await tieFor(BENCH_TERRITORY), COLD_SAMPLES);
    const warm = await measureQuestion(api, server, 'balanceOfPower', vars, PLAN);
    const ranking = await measureQuestion(api, server, 'balanceOfPowerRanking', vars, { ...PLAN, c16: 0, c64: 0 });
    const uncachedBig = await measureUncachedRatio(api, server, 'balanceOfPower', vars, Math.max(2, Math.round((UNCACHED_SAMPLES * 3) / 4)));
    result.territory10k = { peopleInScope: benchTerritoryPeople, cold: coldBig, warm, ranking, uncached: uncachedBig };
    log(
      `  balanceOfPower ${BENCH_TERRITORY} (${benchTerritoryPeople} people): cold ${fmt(coldBig.cold.p50_ms)} ms p50 (max ${fmt(coldBig.cold.max_ms)}),` +
        ` warm p50 ${fmt(warm.graphql.c1.p50_ms)} ms (ratio ${warm.ratio.toFixed(2)}, ${Math.round(warm.answerBytes / 1024)} KB), without the what-may-change lists ${fmt(ranking.graphql.c1.p50_ms)} ms,` +
        ` c64 p99 ${fmt(warm.graphql.c64?.p99_ms)} ms, uncached ratio ${uncachedBig.ratio.toFixed(3)}`,
    );
  }
  {
    const everywhere = await measureEverywhere(api, server, await tieFor('territory-north'), Math.min(COLD_SAMPLES, 3), { ...PLAN, c1: Math.round(PLAN.c1 / 4), c16: 0, c64: 0 }, log);
    result.everywhere = everywhere;
    log(
      `  balanceOfPower everywhere (${everywhere.peopleInScope} people): first question ${fmt(everywhere.first_ms)} ms; after a write answered in ${fmt(everywhere.afterWrite.answer_p50_ms)} ms p50,` +
        ` up to date after ${fmt(everywhere.afterWrite.upToDate_p50_ms)} ms p50 (max ${fmt(everywhere.afterWrite.upToDate_max_ms)}); cached p50 ${fmt(everywhere.warm.graphql.c1.p50_ms)} ms (ratio ${everywhere.warm.ratio.toFixed(2)})`,
    );
  }
  {
    const coldScope = benchTerritoryPeople > 0 ? BENCH_TERRITORY : 'territory-north';
    result.speed = await measureSpeed({
      api,
      ...auth,
      neo4jUri: bench.uri,
      personId: topPerson,
      coldScope,
      tie: await tieFor(coldScope),
      requests: PLAN.c1,
      workers: size === SIZES[sizeLabels[sizeLabels.length - 1]!],
      bolt: { driver: bench.driver, database: bench.db.database, today },
      log,
    });
  }
  if (size === SIZES[sizeLabels[sizeLabels.length - 1]!]) {
    log('  GraphQL overhead, in process: Apollo as configured vs with cache control disabled vs graphql-js vs raw...');
    const cases = [
      { label: 'person detail', question: 'personDetail' as const, variables: args.personDetail! },
      { label: 'decision group', question: 'decisionGroup' as const, variables: args.decisionGroup! },
      { label: 'balance of power, territory-north (cached)', question: 'balanceOfPower' as const, variables: args.balanceOfPower! },
      ...(benchTerritoryPeople > 0 ? [{ label: `balance of power, ${BENCH_TERRITORY} (cached)`, question: 'balanceOfPower' as const, variables: { territoryId: BENCH_TERRITORY, first: 20 } }] : []),
      { label: 'map data (graphView, 500 people)', question: 'graphView' as const, variables: args.graphView! },
    ];
    result.graphqlOverhead = await graphqlOverhead(bench.db, cases, quick ? 5 : 15);
    for (const row of result.graphqlOverhead) {
      log(`    ${row.question.padEnd(48)} raw ${fmt(row.raw_ms)}  Apollo ${fmt(row.apolloDefault_ms)} (×${row.ratioDefault.toFixed(2)})  without cache control ${fmt(row.apolloNoCacheControl_ms)} (×${row.ratioNoCacheControl.toFixed(2)})  graphql-js ${fmt(row.graphqlJs_ms)}  graphql-jit ${fmt(row.graphqlJit_ms)}`);
    }
  }
  return result;
}

const fmt = (v: number | undefined) => (v === undefined ? '-' : v < 10 ? v.toFixed(2) : v < 100 ? v.toFixed(1) : v.toFixed(0));
const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);

async function evidenceMode(): Promise<void> {
  const { evidenceBench } = await import('./lib/evidence-bench.js');
  const publications = Number(option('publications') ?? 100_000);
  if (!Number.isInteger(publications) || publications < 1) throw new Error(`--publications wants a whole number, got ${option('publications')}`);
  const people = Number(option('people') ?? 10_000);
  if (!Number.isInteger(people) || people < 0) throw new Error(`--people wants a whole number (0: an empty graph), got ${option('people')}`);
  await evidenceBench({ publications, people, checkOnly: flag('check-only'), log });
}

async function powerMode(): Promise<void> {
  const { powerBench } = await import('./lib/power-bench.js');
  const labels = (option('sizes') ?? '10k,100k').split(',').map((l) => l.trim());
  await powerBench({ sizes: labels.map((l) => SIZES[l]!), quick, resultsDir: RESULTS_DIR, log });
}

async function changesMode(): Promise<void> {
  const { changesBench } = await import('./lib/changes-bench.js');
  const size = SIZES[option('size') ?? '10k'];
  if (!size) throw new Error(`unknown size ${option('size')}; use ${Object.keys(SIZES).join(', ')}`);
  const sockets = Number(option('sockets') ?? 100);
  if (!Number.isInteger(sockets) || sockets < 1) throw new Error(`--sockets wants a whole number, got ${option('sockets')}`);
  await changesBench({ size, sockets, log });
}

const run = flag('evidence')
  ? evidenceMode
  : flag('power')
    ? powerMode
    : flag('changes')
    ? changesMode
    : flag('report-only')
      ? async () => writeReport(JSON.parse(readFileSync(RAW_FILE, 'utf8')) as ReportInput)
      : main;
run().catch((error) => {
  process.stderr.write(`\nbench failed: ${(error as Error).stack ?? error}\n`);
  process.exit(1);
});
