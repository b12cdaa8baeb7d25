import { afterAll, describe, expect, it } from 'vitest';
import { PowerWorkers } from '../../server/src/modules/power/power-workers.js';
import {
  computeBalanceOfPower,
  computePowerMeasures,
  finishBalanceOfPower,
  finishBalanceOfPowerInSteps,
  prepareBalanceOfPower,
} from '../../server/src/modules/power/rules/balance-of-power.js';
import { createSeededRandom } from '../../server/src/modules/power/rules/seeded-random.js';
import type { PowerProjection } from '../../server/src/modules/power/rules/types.js';

/** A scope of `n` people in loose clusters, with roles and stances, the same for every seed. */
function projection(n: number, seed: number): PowerProjection {
  const random = createSeededRandom(seed);
  const id = (i: number) => `p${String(i).padStart(5, '0')}`;
  const out: PowerProjection = { people: [], influence: [], roles: [], stances: [] };
  for (let i = 0; i < n; i += 1) {
    out.people.push({ id: id(i), name: `Person ${i}` });
    for (let k = 0; k < 4; k += 1) {
      // Mostly within a cluster of 50, sometimes across.
      const j = random() < 0.85 ? Math.floor(i / 50) * 50 + Math.floor(random() * 50) : Math.floor(random() * n);
      if (j < n) out.influence.push({ from: id(i), to: id(j), strength: Math.round(random() * 100) / 100, confidence: random() < 0.5 ? null : 0.8 });
    }
    if (i % 7 === 0) out.roles.push({ personId: id(i), kind: 'position', role: 'Head of department', atId: `inst-${i % 13}`, atName: `Hospital ${i % 13}`, head: true });
    if (i % 5 === 0) out.stances.push({ personId: id(i), value: (i % 5) - 2, towardOurs: i % 2 === 0 });
  }
  return out;
}

describe('power measures in worker threads', () => {
  const workers = new PowerWorkers({ threads: 1, minPeople: 100 });
  afterAll(() => workers.close());

  it('answers exactly as in-process: ranking, every explanation, coalitions and modularity', async () => {
    for (const [n, seed] of [[400, 1], [2200, 7]] as const) {
      const scope = projection(n, seed);
      const expected = computeBalanceOfPower(scope);
      const prepared = prepareBalanceOfPower(scope);
      const offThread = finishBalanceOfPower(prepared, await workers.measures(prepared.personIds, prepared.ties));
      // JSON carries every score, rank and (lazily built) explanation.
      expect(JSON.stringify(offThread)).toBe(JSON.stringify(expected));
    }
    expect(workers.stats().offThread).toBe(2);
    // The larger scope is above the exact-betweenness limit: the sampled estimate agrees too.
  }, 120_000);

  it('measures small scopes in-process', async () => {
    const prepared = prepareBalanceOfPower(projection(60, 3));
    const before = workers.stats();
    await workers.measures(prepared.personIds, prepared.ties);
    expect(workers.stats()).toMatchObject({ inProcess: before.inProcess + 1, offThread: before.offThread });
  });
});

describe('finishing a balance of power in steps', () => {
  it('pauses between its steps and every 2,500 people, and answers as in one go', () => {
    const prepared = prepareBalanceOfPower(projection(5_200, 11));
    const measures = computePowerMeasures(prepared.personIds, prepared.ties);
    const steps = finishBalanceOfPowerInSteps(prepared, measures);
    let pauses = 0;
    let step = steps.next();
    for (; !step.done; step = steps.next()) pauses += 1;
    // After the formal power, at 2,500 and 5,000 people, after scoring, after sorting.
    expect(pauses).toBe(5);
    expect(JSON.stringify(step.value)).toBe(JSON.stringify(finishBalanceOfPower(prepared, measures)));
  }, 60_000);
});
