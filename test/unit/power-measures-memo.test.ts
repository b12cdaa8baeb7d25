import { describe, expect, it } from 'vitest';
import { MeasuresMemo } from '../../server/src/modules/power/measures-memo.js';
import { computePowerMeasures } from '../../server/src/modules/power/rules/balance-of-power.js';
import { mergeInfluenceTies } from '../../server/src/modules/power/rules/influence-ties.js';
import type { InfluenceTie } from '../../server/src/modules/power/rules/types.js';

const people = new Set(['a', 'b', 'c', 'd']);
const ties = (strength: number): InfluenceTie[] =>
  mergeInfluenceTies(
    [
      { from: 'a', to: 'b', strength: 0.8 },
      { from: 'b', to: 'c', strength },
      { from: 'c', to: 'd', strength: 0.5 },
    ],
    people,
  );

describe('measures remembered by their exact inputs', () => {
  it('gives the remembered measures for the same people and ties, and computes for any change', async () => {
    const memo = new MeasuresMemo();
    let computed = 0;
    const measure = (t: InfluenceTie[]) => async () => {
      computed += 1;
      return computePowerMeasures(people, t);
    };
    const first = await memo.get(people, ties(0.6), measure(ties(0.6)));
    // Equal inputs, other objects (as a new projection reads them): remembered.
    expect(await memo.get(new Set(people), ties(0.6), measure(ties(0.6)))).toBe(first);
    expect(computed).toBe(1);
    // One tie's strength moved: computed, and the answer is what computing gives.
    const moved = await memo.get(people, ties(0.61), measure(ties(0.61)));
    expect(computed).toBe(2);
    expect(moved).toEqual(computePowerMeasures(people, ties(0.61)));
    // Someone left the scope: computed.
    const fewer = new Set(['a', 'b', 'c']);
    await memo.get(fewer, mergeInfluenceTies(ties(0.6), fewer), async () => {
      computed += 1;
      return computePowerMeasures(fewer, mergeInfluenceTies(ties(0.6), fewer));
    });
    expect(computed).toBe(3);
    expect(memo.stats()).toMatchObject({ hits: 1, misses: 3 });
  });

  it('does not remember a failed computation', async () => {
    const memo = new MeasuresMemo();
    await expect(memo.get(people, ties(0.6), async () => Promise.reject(new Error('worker gone')))).rejects.toThrow('worker gone');
    await new Promise((resolve) => setTimeout(resolve, 0));
    const again = await memo.get(people, ties(0.6), async () => computePowerMeasures(people, ties(0.6)));
    expect(again.influence.size).toBe(4);
    expect(memo.stats()).toMatchObject({ hits: 0, misses: 2 });
  });
});
