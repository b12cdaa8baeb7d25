/**
 * Where a cold balance of power spends its CPU, on a synthetic scope of the bench's
 * shape (clusters of 50, five influence ties per person): merge, PageRank, betweenness,
 * Louvain, scores, and every explanation. `npx tsx bench/profile-power.ts [people]`.
 * The projection read is the database's share and is measured by `npm run bench`.
 */
import { DirectedGraph } from 'graphology';
import { computeBetweenness } from '../server/src/modules/power/rules/brokerage.js';
import { detectCoalitions } from '../server/src/modules/power/rules/coalitions.js';
import { computePowerMeasures, finishBalanceOfPower, prepareBalanceOfPower } from '../server/src/modules/power/rules/balance-of-power.js';
import { createSeededRandom } from '../server/src/modules/power/rules/seeded-random.js';
import type { PowerProjection } from '../server/src/modules/power/rules/types.js';

const people = Number(process.argv[2] ?? 10_000);
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

const time = <T>(label: string, work: () => T): T => {
  const started = performance.now();
  const value = work();
  process.stdout.write(`${label.padEnd(28)} ${(performance.now() - started).toFixed(0).padStart(6)} ms\n`);
  return value;
};

process.stdout.write(`${people} people, ${projection.influence.length} ties\n`);
const prepared = time('prepare (merge ties)', () => prepareBalanceOfPower(projection));
const reversed = new DirectedGraph();
time('graph build', () => {
  for (const p of prepared.personIds) reversed.addNode(p);
  prepared.ties.forEach((tie, i) => reversed.addEdgeWithKey(i, tie.to, tie.from, { weight: tie.weight! }));
});
time('betweenness (default)', () => computeBetweenness(reversed, { seed: 1 }));
time('louvain (3 restarts)', () => detectCoalitions(prepared.ties, 1));
const measures = time('all measures', () => computePowerMeasures(prepared.personIds, prepared.ties));
const result = time('finish (scores, coalitions)', () => finishBalanceOfPower(prepared, measures));
time('every explanation', () => result.ranking.reduce((n, r) => n + r.explanation.length, 0));
time('top 50 explanations', () => result.ranking.slice(0, 50).reduce((n, r) => n + r.explanation.length, 0));
