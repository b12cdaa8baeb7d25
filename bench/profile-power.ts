/**
 * Where a cold balance of power spends its time, step by step: the scope's people and
 * projection read from a bench database (or a synthetic scope of the bench's shape), then
 * merge, graph build, PageRank, betweenness, Louvain, scores, what may change and
 * explanations, each with its wall time and this process's CPU time (the machine may be busy
 * with other work: CPU time is what an idle core would take).
 *
 *   npx tsx bench/profile-power.ts [people]                       synthetic scope (CPU only)
 *   npx tsx bench/profile-power.ts --size 10k [--scope territory-bench-10k|everywhere] [--warm] [--exact]
 *
 * With --size it opens `.data/bench-<size>` as `npm run bench` does (seeding it if absent)
 * and reads the scope through the app's own repository; --exact also runs exact
 * betweenness and reports how the sampled ranking agrees with it.
 */
import { estimateBytes } from '../server/src/kernel/cache/analytics-cache.js';
import { DbClient } from '../server/src/kernel/database/db-client.js';
import { standingByPerson } from '../server/src/modules/evidence/rules/standing.js';
import { PowerRepository } from '../server/src/modules/power/repository.js';
import { finishBalanceOfPower, indexInfluenceTies, informalInfluence, prepareBalanceOfPower } from '../server/src/modules/power/rules/balance-of-power.js';
import { betweennessOf } from '../server/src/modules/power/rules/brokerage.js';
import { coalitionsOf } from '../server/src/modules/power/rules/coalitions.js';
import { adjacency } from '../server/src/modules/power/rules/influence-graph.js';
import { createSeededRandom } from '../server/src/modules/power/rules/seeded-random.js';
import type { PowerProjection } from '../server/src/modules/power/rules/types.js';
import { whatMayChange } from '../server/src/modules/power/rules/what-may-change.js';
import { systemClock } from '../server/src/kernel/clock.js';
import { ensureBenchTerritory, openBenchDatabase, SIZES, type BenchDatabase } from './lib/databases.js';

const argv = process.argv.slice(2);
const option = (name: string) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : undefined;
};
const write = (line: string) => process.stdout.write(`${line}\n`);

/** Wall time, and this process's CPU time (for steps on the main thread: what an idle core would take). */
async function time<T>(label: string, work: () => T | Promise<T>): Promise<T> {
  const started = performance.now();
  const cpu = process.cpuUsage();
  const value = await work();
  const used = process.cpuUsage(cpu);
  write(`${label.padEnd(36)} ${(performance.now() - started).toFixed(0).padStart(7)} ms wall ${((used.user + used.system) / 1000).toFixed(0).padStart(7)} ms CPU`);
  return value;
}

function syntheticProjection(people: number): PowerProjection {
  const random = createSeededRandom(11);
  const id = (i: number) => `person-${String(i).padStart(6, '0')}`;
  const projection: PowerProjection = { people: [], influence: [], roles: [], stances: [] };
  for (let i = 0; i < people; i += 1) {
    projection.people.push({ id: id(i), name: `Person ${i}` });
    for (let k = 0; k < 5; k += 1) {
      const j = random() < 0.85 ? Math.floor(i / 50) * 50 + Math.floor(random() * 50) : Math.floor(random() * people);
      if (j < people && j !== i) projection.influence.push({ from: id(i), to: id(j), strength: Math.round(random() * 100) / 100 });
    }
    if (i % 9 === 0) projection.roles.push({ personId: id(i), kind: 'position', role: 'Head', atId: `inst-${i % 97}`, atName: `Hospital ${i % 97}`, head: true });
    if (i % 4 === 0) projection.stances.push({ personId: id(i), value: (i % 5) - 2, towardOurs: i % 2 === 0 });
  }
  return projection;
}

/** The share of the exact top k that the estimate also puts in its top k. */
function topAgreement(exact: Map<string, number>, estimate: Map<string, number>, k: number): number {
  const top = (m: Map<string, number>) => new Set([...m].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, k).map(([id]) => id));
  const a = top(exact);
  let both = 0;
  for (const id of top(estimate)) if (a.has(id)) both += 1;
  return both / Math.min(k, a.size || 1);
}

async function main(): Promise<void> {
  const sizeLabel = option('size');
  let bench: BenchDatabase | null = null;
  let projection: PowerProjection;
  let asOf = systemClock.today();
  try {
    if (sizeLabel) {
      const size = SIZES[sizeLabel];
      if (!size) throw new Error(`unknown size ${sizeLabel}; use ${Object.keys(SIZES).join(', ')}`);
      bench = await openBenchDatabase(size, write);
      const scope = option('scope') ?? 'territory-bench-10k';
      if (scope !== 'everywhere') await ensureBenchTerritory(bench, asOf, write);
      let dbMs = 0;
      const db = new DbClient(bench.driver, 'neo4j', (_name, summary) => {
        dbMs += Number(summary.resultAvailableAfter) + Number(summary.resultConsumedAfter);
      });
      const repository = new PowerRepository(db);
      const kind = scope === 'everywhere' ? 'everywhere' : 'territory';
      // Once to warm Neo4j's page cache and query plans, as a running server has them.
      await repository.peopleInScope(kind, scope, asOf);
      const ids = await time('people in scope', () => repository.peopleInScope(kind, scope, asOf));
      // A running server has the projection's plan cached: --warm reads it once untimed first.
      if (argv.includes('--warm')) await repository.powerProjection(ids, asOf, null);
      dbMs = 0;
      projection = await time('projection read (wall)', () => repository.powerProjection(ids, asOf, null));
      write(`${'  of which the database'.padEnd(36)} ${dbMs.toFixed(0).padStart(7)} ms`);
      write(`${scope}: ${ids.length} people, ${projection.influence.length} influence ties, ${projection.roles.length} roles, ${projection.stances.length} stances, ${projection.works?.length ?? 0} works`);
    } else {
      const people = Number(argv[0] ?? 10_000);
      projection = syntheticProjection(people);
      write(`synthetic: ${people} people, ${projection.influence.length} ties`);
    }
  } finally {
    await bench?.stop();
  }

  const standing = await time('standing', () => standingByPerson(projection.works ?? [], asOf, null));
  const prepared = await time('prepare (merge ties)', () => prepareBalanceOfPower(projection));
  write(`merged ties: ${prepared.ties.length}`);
  const ids = [...prepared.personIds];
  const { indexed, swayedBy, sways } = await time('index ties', () => {
    const indexed = indexInfluenceTies(ids, prepared.ties);
    return { indexed, swayedBy: adjacency(indexed, 'to'), sways: adjacency(indexed, 'from') };
  });
  const influence = await time('pagerank', () => informalInfluence(indexed.n, swayedBy, sways));
  const samples = option('samples') ? Number(option('samples')) : undefined;
  const sampled = await time('betweenness (default)', () => betweennessOf(indexed.n, swayedBy, sways, { seed: 1, ...(samples ? { samples } : {}) }));
  write(`  ${sampled.exact ? 'exact' : `sampled, ${sampled.sources} pivots`}`);
  const partition = await time('louvain (3 restarts)', () => coalitionsOf(ids, indexed, 1));
  const asMap = (values: Float64Array) => new Map(ids.map((id, i) => [id, values[i]!]));
  const result = await time('finish (scores, coalitions)', () => finishBalanceOfPower(prepared, { influence: asMap(influence), betweenness: asMap(sampled.values), partition }, { standing }));
  await time('what may change', () => whatMayChange(projection.roles, projection.influence, asOf));
  await time('top 50 explanations', () => result.ranking.slice(0, 50).reduce((n, r) => n + r.explanation.length, 0));
  await time('estimate bytes', () => estimateBytes({ projection, result }));
  write(`estimated cache entry: ${Math.round(estimateBytes({ projection, result }) / 1024 / 1024)} MB`);
  if (argv.includes('--exact')) {
    const exact = await time('betweenness (exact)', () => betweennessOf(indexed.n, swayedBy, sways, { exactLimit: Number.POSITIVE_INFINITY }));
    for (const k of [10, 20, 50, 100]) write(`  top-${k} agreement of the default sample with exact: ${(topAgreement(asMap(exact.values), asMap(sampled.values), k) * 100).toFixed(0)}%`);
  }
  const used = process.memoryUsage();
  write(`heap used ${Math.round(used.heapUsed / 1024 / 1024)} MB, RSS ${Math.round(used.rss / 1024 / 1024)} MB`);
}

main().catch((error) => {
  process.stderr.write(`${(error as Error).stack ?? error}\n`);
  process.exit(1);
});
