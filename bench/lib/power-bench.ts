/**
 * `npm run bench -- --power [--sizes 10k,100k] [--quick]`: only the balance-of-power
 * steps of the full run, for each size's graph:
 *
 *  - territory-north and the 10,000-person territory: the first question after a write
 *    (a setTie in the territory: the cache misses and everything is recomputed), cached
 *    (concurrency 1), and a person's detail asked again and again meanwhile;
 *  - the whole graph (scope everywhere), as a strategist ranks a country: the very first
 *    question, and after each write both the answer's own time and the time until the
 *    up-to-date ranking is there (it is recomputed in the background), then cached.
 *
 * The server is the real one in its own process (server-child.ts), as the other modes run
 * it. Writes bench/results/power.json and power.md, and leaves latest.* and the README's
 * generated table alone (the full run writes those).
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { issueToken } from '../../server/src/kernel/auth/tokens.js';
import { systemClock } from '../../server/src/kernel/clock.js';
import { ensureLauncherBuilt } from '../../server/src/kernel/database/embedded-neo4j.js';
import { PowerRepository } from '../../server/src/modules/power/repository.js';
import { BENCH_TERRITORY, ensureBenchTerritory, openBenchDatabase, type SizeSpec } from './databases.js';
import { machineInfo } from './machine.js';
import { BenchApi, measureCold, measureEverywhere, measureQuestion, round, type ColdResult, type EverywhereResult, type QuestionPlan, type QuestionResult } from './measure.js';
import { processMemory, startServerChild, type ServerChild } from './server-child.js';
import { measureDetailDuringCold, type SpeedResult } from './speed.js';

/** Issue 16's limit for the 10,000-person territory after a write. */
export const COLD_TARGET_MS = 1_000;

export interface PowerSizeResult {
  people: number;
  territoryNorth: { peopleInScope: number; cold: ColdResult; warm: QuestionResult };
  territory10k?: { peopleInScope: number; cold: ColdResult; warm: QuestionResult; detailDuringCold: SpeedResult['detailDuringCold'] };
  everywhere: EverywhereResult;
  memory: { serverPeakRssMb: number; serverHeapMb: number; neo4jRssMb: number | null; wholeGraph: unknown };
}

export interface PowerBenchResult {
  generatedAt: string;
  durationS: number;
  machine: ReturnType<typeof machineInfo>;
  load: { start: number[]; end: number[]; max1m: number };
  quick: boolean;
  sizes: Record<string, PowerSizeResult>;
}

export async function powerBench(options: { sizes: SizeSpec[]; quick: boolean; resultsDir: string; log: (line: string) => void }): Promise<PowerBenchResult> {
  const { log, quick } = options;
  const started = performance.now();
  const machine = machineInfo();
  const load = { start: os.loadavg(), end: [] as number[], max1m: os.loadavg()[0]! };
  const sampler = setInterval(() => (load.max1m = Math.max(load.max1m, os.loadavg()[0]!)), 5_000);
  sampler.unref();
  log(`power bench on ${machine.cpus} cores (${machine.cpuModel}); load average ${load.start.map((v) => v.toFixed(1)).join(' ')}`);
  ensureLauncherBuilt((line) => log(line));
  const authSecret = randomBytes(32).toString('hex');
  const token = await issueToken(authSecret, 'user-admin', '2h');
  const today = systemClock.today();
  const coldSamples = quick ? 2 : 5;
  const plan: QuestionPlan = { c1: quick ? 16 : 40, c16: 0, c64: 0, maxSeconds: 6 };
  const sizes: Record<string, PowerSizeResult> = {};

  for (const size of options.sizes) {
    log(`== ${size.label}: ${size.people.toLocaleString('en-US')} people ==`);
    const bench = await openBenchDatabase(size, log);
    let server: ServerChild | undefined;
    try {
      const benchTerritoryPeople = size.people >= 10_000 ? await ensureBenchTerritory(bench, today, log) : 0;
      server = await startServerChild({ neo4jUri: bench.uri, authSecret });
      const api = new BenchApi(server.port, token);
      const analytics = new PowerRepository(bench.db);
      const tieFor = async (territoryId: string) => {
        const ids = await analytics.peopleInScope('territory', territoryId, today);
        return { from: ids[0]!, to: ids[ids.length - 1]!, since: today };
      };
      const north = { territoryId: 'territory-north', first: 20 };
      const top = await api.data<{ balanceOfPower: { peopleInScope: number; ranking: Array<{ person: { id: string } }> } }>('graphql', 'balanceOfPower', north);
      const northCold = await measureCold(api, server, north, await tieFor('territory-north'), coldSamples);
      const northWarm = await measureQuestion(api, server, 'balanceOfPower', north, plan);
      log(`  balanceOfPower territory-north (${top.balanceOfPower.peopleInScope} people): after a write ${northCold.cold.p50_ms} ms p50 (max ${northCold.cold.max_ms}, db ${northCold.dbColdMs}), cached ${northWarm.graphql.c1.p50_ms} ms`);
      const result: PowerSizeResult = {
        people: size.people,
        territoryNorth: { peopleInScope: top.balanceOfPower.peopleInScope, cold: northCold, warm: northWarm },
        everywhere: undefined as never,
        memory: undefined as never,
      };
      if (benchTerritoryPeople > 0) {
        const vars = { territoryId: BENCH_TERRITORY, first: 20 };
        const tie = await tieFor(BENCH_TERRITORY);
        await api.data('graphql', 'balanceOfPower', vars);
        const cold = await measureCold(api, server, vars, tie, coldSamples);
        const warm = await measureQuestion(api, server, 'balanceOfPower', vars, plan);
        log(`  balanceOfPower ${BENCH_TERRITORY} (${benchTerritoryPeople} people): after a write ${cold.cold.p50_ms} ms p50 (max ${cold.cold.max_ms}, db ${cold.dbColdMs}; samples ${cold.cold.samples.join(', ')}), cached ${warm.graphql.c1.p50_ms} ms`);
        const detailDuringCold = await measureDetailDuringCold({ api, token, personId: top.balanceOfPower.ranking[0]!.person.id, coldScope: BENCH_TERRITORY, tie, log });
        result.territory10k = { peopleInScope: benchTerritoryPeople, cold, warm, detailDuringCold };
      }
      result.everywhere = await measureEverywhere(api, server, await tieFor('territory-north'), quick ? 1 : 3, { ...plan, c1: Math.max(8, Math.round(plan.c1 / 2)) }, log);
      const e = result.everywhere;
      log(`  everywhere: first ${e.first_ms} ms; after a write answered in ${e.afterWrite.answer_p50_ms} ms p50 (${e.afterWrite.provisional} of ${e.afterWrite.answer_ms.length} from the latest ranking), up to date after ${e.afterWrite.upToDate_p50_ms} ms p50; cached ${e.warm.graphql.c1.p50_ms} ms`);
      const memory = await server.memory();
      const neo4j = processMemory(bench.neo4j.pid);
      result.memory = { serverPeakRssMb: mb(memory.peakRss), serverHeapMb: mb(memory.heapUsed), neo4jRssMb: neo4j ? mb(neo4j.rss) : null, wholeGraph: memory.wholeGraph };
      sizes[size.label] = result;
    } finally {
      await server?.stop();
      await bench.stop();
    }
  }
  clearInterval(sampler);
  load.end = os.loadavg();
  const result: PowerBenchResult = { generatedAt: new Date().toISOString(), durationS: round((performance.now() - started) / 1000, 0), machine, load, quick, sizes };
  mkdirSync(options.resultsDir, { recursive: true });
  writeFileSync(path.join(options.resultsDir, 'power.json'), `${JSON.stringify(result, null, 2)}\n`);
  const markdown = powerMarkdown(result);
  writeFileSync(path.join(options.resultsDir, 'power.md'), markdown);
  log('wrote bench/results/power.json and power.md');
  process.stdout.write(`\n${markdown}\n`);
  return result;
}

const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);
const ms = (v: number) => (v < 10 ? v.toFixed(2) : v < 100 ? v.toFixed(1) : Math.round(v).toLocaleString('en-US'));

export function powerMarkdown(result: PowerBenchResult): string {
  const m = result.machine;
  const lines: string[] = [
    `Measured by \`npm run bench -- --power\` on ${result.generatedAt.slice(0, 16).replace('T', ' ')} UTC in ${Math.round(result.durationS / 60)} min${result.quick ? ' (--quick)' : ''}: ${m.cpus} cores (${m.cpuModel}), ${m.memoryGiB} GiB, Node ${m.node}, Neo4j ${m.neo4j}. ` +
      `Load average at the start ${result.load.start.map((v) => v.toFixed(1)).join(' / ')}, at the end ${result.load.end.map((v) => v.toFixed(1)).join(' / ')}, highest 1-minute load ${result.load.max1m.toFixed(1)}: other work shared the two cores.`,
    '',
    '**After a write and cached** (ms; the first question after a setTie in the scope, which recomputes it; cached = asked again, concurrency 1, analytics cache only)',
    '',
    '| graph | scope | people | after a write p50 / max | samples | of which DB (p50) | cached p50 | person detail meanwhile p50 / p99 |',
    '|---|---|--:|--:|---|--:|--:|--:|',
  ];
  for (const [label, s] of Object.entries(result.sizes)) {
    const n = s.territoryNorth;
    lines.push(`| ${label} | territory-north | ${n.peopleInScope.toLocaleString('en-US')} | ${ms(n.cold.cold.p50_ms)} / ${ms(n.cold.cold.max_ms)} | ${n.cold.cold.samples.map(ms).join(', ')} | ${ms(n.cold.dbColdMs)} | ${ms(n.warm.graphql.c1.p50_ms)} | - |`);
    const t = s.territory10k;
    if (t) {
      lines.push(
        `| ${label} | territory-bench-10k | ${t.peopleInScope.toLocaleString('en-US')} | ${ms(t.cold.cold.p50_ms)} / ${ms(t.cold.cold.max_ms)} | ${t.cold.cold.samples.map(ms).join(', ')} | ${ms(t.cold.dbColdMs)} | ${ms(t.warm.graphql.c1.p50_ms)} | ${ms(t.detailDuringCold.p50_ms)} / ${ms(t.detailDuringCold.p99_ms)} (${t.detailDuringCold.requests} during ${ms(t.detailDuringCold.coldMs)}) |`,
      );
    }
  }
  lines.push(
    '',
    '**The whole graph** (scope everywhere, a strategist ranking the country; ms). First: the very first question, nothing kept. After a write: the next question is answered from the latest ranking (`upToDate: false`, its `computedAt` stated) while the up-to-date one is computed in the background; "up to date after" is the time from the write\'s answer until a question gets it. Cached: asked again while nothing changes.',
    '',
    '| graph | people | first question | after a write: answered in (p50) | of those, from the latest ranking | up to date after p50 / max | cached p50 | server peak RSS |',
    '|---|--:|--:|--:|--:|--:|--:|--:|',
  );
  for (const [label, s] of Object.entries(result.sizes)) {
    const e = s.everywhere;
    lines.push(
      `| ${label} | ${e.peopleInScope.toLocaleString('en-US')} | ${ms(e.first_ms)} | ${ms(e.afterWrite.answer_p50_ms)} | ${e.afterWrite.provisional} of ${e.afterWrite.answer_ms.length} | ${ms(e.afterWrite.upToDate_p50_ms)} / ${ms(e.afterWrite.upToDate_max_ms)} | ${ms(e.warm.graphql.c1.p50_ms)} | ${s.memory.serverPeakRssMb} MB |`,
    );
  }
  const t10k = Object.entries(result.sizes).filter(([, s]) => s.territory10k);
  if (t10k.length) {
    lines.push('', `**Target** (issue 16): balance of power for a 10,000-person territory, first question after a write, < ${COLD_TARGET_MS.toLocaleString('en-US')} ms.`, '');
    for (const [label, s] of t10k) {
      const cold = s.territory10k!.cold.cold;
      lines.push(`- ${label} graph: p50 ${ms(cold.p50_ms)} ms, worst ${ms(cold.max_ms)} ms: ${cold.p50_ms < COLD_TARGET_MS ? 'met at the median' : 'missed at the median'}${cold.max_ms < COLD_TARGET_MS ? ', and at the worst' : ''}.`);
    }
  }
  return `${lines.join('\n')}\n`;
}
