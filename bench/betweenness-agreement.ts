/**
 * How far sampled betweenness strays from exact betweenness on the bench graphs, and what
 * that does to the balance of power: for each number of pivots, the brokerage ranking's and
 * the power ranking's top 20 and top 50 compared with those computed from exact
 * betweenness, the largest change of any brokerage value and of any score, and the CPU
 * time (the machine may be busy with other work; CPU time is what an idle core takes).
 *
 *   npx tsx bench/betweenness-agreement.ts --size 10k [--scope territory-bench-10k|territory-north|everywhere]
 *       [--pivots 64,128,256,512,1024] [--reference exact|<pivots>]
 *
 * Writes bench/results/betweenness-<size>-<scope>.json and prints a Markdown table. Exact
 * betweenness on the whole 100k graph would take hours here: `--reference 4096` compares
 * with 4,096 pivots instead (and says so).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { systemClock } from '../server/src/kernel/clock.js';
import { standingByPerson } from '../server/src/modules/evidence/rules/standing.js';
import { PowerRepository } from '../server/src/modules/power/repository.js';
import { finishBalanceOfPower, indexInfluenceTies, informalInfluence, prepareBalanceOfPower } from '../server/src/modules/power/rules/balance-of-power.js';
import { betweennessOf, DEFAULT_BETWEENNESS_SAMPLES } from '../server/src/modules/power/rules/brokerage.js';
import { coalitionsOf } from '../server/src/modules/power/rules/coalitions.js';
import { adjacency } from '../server/src/modules/power/rules/influence-graph.js';
import { ensureBenchTerritory, openBenchDatabase, SIZES } from './lib/databases.js';

const argv = process.argv.slice(2);
const option = (name: string) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : undefined;
};
const write = (line: string) => process.stdout.write(`${line}\n`);
const sizeLabel = option('size') ?? '10k';
const scope = option('scope') ?? 'territory-bench-10k';
const pivotCounts = (option('pivots') ?? '64,128,256,512,1024').split(',').map(Number);
const reference = option('reference') ?? 'exact';

/** The share of `exact`'s top k that `estimate` also puts in its top k. */
function overlap(exact: readonly string[], estimate: readonly string[], k: number): number {
  const top = new Set(exact.slice(0, k));
  return estimate.slice(0, k).filter((id) => top.has(id)).length / Math.min(k, top.size || 1);
}

function byValue(ids: readonly string[], values: Float64Array): string[] {
  return ids
    .map((id, i) => [id, values[i]!] as const)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .map(([id]) => id);
}

async function main(): Promise<void> {
  const size = SIZES[sizeLabel];
  if (!size) throw new Error(`unknown size ${sizeLabel}; use ${Object.keys(SIZES).join(', ')}`);
  const asOf = systemClock.today();
  const bench = await openBenchDatabase(size, write);
  let projection;
  try {
    if (scope === 'territory-bench-10k') await ensureBenchTerritory(bench, asOf, write);
    const repository = new PowerRepository(bench.db);
    const kind = scope === 'everywhere' ? 'everywhere' : 'territory';
    const ids = await repository.peopleInScope(kind, scope, asOf);
    projection = await repository.powerProjection(ids, asOf, null, kind === 'everywhere');
  } finally {
    await bench.stop();
  }
  const prepared = prepareBalanceOfPower(projection);
  const ids = [...prepared.personIds];
  const indexed = indexInfluenceTies(ids, prepared.ties);
  const swayedBy = adjacency(indexed, 'to');
  const sways = adjacency(indexed, 'from');
  write(`${sizeLabel} ${scope}: ${ids.length} people, ${prepared.ties.length} ties; load average ${os.loadavg().map((v) => v.toFixed(1)).join(' ')}`);
  const influence = informalInfluence(indexed.n, swayedBy, sways);
  const partition = coalitionsOf(ids, indexed, 1);
  const standing = standingByPerson(projection.works ?? [], asOf, null);
  const asMap = (values: Float64Array) => new Map(ids.map((id, i) => [id, values[i]!]));
  const ranking = (betweenness: Float64Array) => finishBalanceOfPower(prepared, { influence: asMap(influence), betweenness: asMap(betweenness), partition }, { standing }).ranking;

  // CPU time of this (single-threaded) computation: what an idle core would take, however
  // busy the machine is with others' work.
  const timed = (pivots: number | 'exact') => {
    const started = process.cpuUsage();
    const result = betweennessOf(indexed.n, swayedBy, sways, pivots === 'exact' ? { exactLimit: Number.POSITIVE_INFINITY } : { exactLimit: 0, samples: pivots, seed: 1 });
    const used = process.cpuUsage(started);
    return { values: result.values, ms: (used.user + used.system) / 1000 };
  };
  const exact = timed(reference === 'exact' ? 'exact' : Number(reference));
  write(`reference (${reference === 'exact' ? 'exact' : `${reference} pivots`}): ${(exact.ms / 1000).toFixed(1)} s`);
  const exactBrokers = byValue(ids, exact.values);
  const exactRanking = ranking(exact.values);
  const exactOrder = exactRanking.map((r) => r.personId);
  const exactScore = new Map(exactRanking.map((r) => [r.personId, r.score]));
  const maxExact = Math.max(...exact.values);

  const rows = pivotCounts.map((pivots) => {
    const sampled = timed(pivots);
    const sampledRanking = ranking(sampled.values);
    const order = sampledRanking.map((r) => r.personId);
    const brokers = byValue(ids, sampled.values);
    const maxSampled = Math.max(...sampled.values);
    let brokerageError = 0;
    for (let i = 0; i < ids.length; i += 1) {
      const a = maxExact > 0 ? exact.values[i]! / maxExact : 0;
      const b = maxSampled > 0 ? sampled.values[i]! / maxSampled : 0;
      brokerageError = Math.max(brokerageError, Math.abs(a - b));
    }
    let scoreError = 0;
    for (const r of sampledRanking) scoreError = Math.max(scoreError, Math.abs(r.score - exactScore.get(r.personId)!));
    const row = {
      pivots,
      ms: Math.round(sampled.ms),
      brokersTop20: overlap(exactBrokers, brokers, 20),
      brokersTop50: overlap(exactBrokers, brokers, 50),
      powerTop20: overlap(exactOrder, order, 20),
      powerTop50: overlap(exactOrder, order, 50),
      powerTop20SameOrder: order.slice(0, 20).every((id, i) => id === exactOrder[i]),
      maxBrokerageError: Math.round(brokerageError * 1000) / 1000,
      maxScoreError: Math.round(scoreError * 10000) / 10000,
    };
    write(JSON.stringify(row));
    return row;
  });

  const pct = (v: number) => `${Math.round(v * 100)}%`;
  const lines = [
    `Betweenness sampled against ${reference === 'exact' ? 'exact' : `${reference} pivots`} on the ${sizeLabel} bench graph, scope ${scope} (${ids.length.toLocaleString('en-US')} people, ${prepared.ties.length.toLocaleString('en-US')} ties); reference computed in ${(exact.ms / 1000).toFixed(1)} s of CPU; default ${DEFAULT_BETWEENNESS_SAMPLES} pivots; load average ${os.loadavg()[0]!.toFixed(1)}.`,
    '',
    '| pivots | CPU time | brokerage top 20 / top 50 | power top 20 / top 50 | power top 20 in the same order | largest brokerage change (0..1) | largest score change |',
    '|--:|--:|--:|--:|:-:|--:|--:|',
    ...rows.map((r) => `| ${r.pivots} | ${r.ms} ms | ${pct(r.brokersTop20)} / ${pct(r.brokersTop50)} | ${pct(r.powerTop20)} / ${pct(r.powerTop50)} | ${r.powerTop20SameOrder ? 'yes' : 'no'} | ${r.maxBrokerageError} | ${r.maxScoreError} |`),
  ];
  write(`\n${lines.join('\n')}`);
  const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'results');
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    path.join(dir, `betweenness-${sizeLabel}-${scope}.json`),
    `${JSON.stringify({ generatedAt: new Date().toISOString(), size: sizeLabel, scope, people: ids.length, ties: prepared.ties.length, reference, referenceMs: Math.round(exact.ms), loadAverage: os.loadavg(), rows, markdown: lines.join('\n') }, null, 2)}\n`,
  );
}

main().catch((error) => {
  process.stderr.write(`${(error as Error).stack ?? error}\n`);
  process.exit(1);
});
