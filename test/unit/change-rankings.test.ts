import { describe, expect, it } from 'vitest';
import type { GraphContext } from '../../server/src/context.js';
import { RankingBoard, type ComputeRanking } from '../../server/src/modules/changes/rankings.js';

/** A computation the test finishes by hand, as a large scope's ranking finishes seconds after a write. */
function controlledRankings() {
  const calls: Array<{ finish: (score: number) => void; fail: (error: Error) => void }> = [];
  const compute: ComputeRanking = () =>
    new Promise((resolve, reject) => {
      calls.push({ finish: (score) => resolve({ ids: ['a'], ranking: [{ personId: 'a', rank: 1, score }] }), fail: reject });
    });
  return { calls, compute };
}

const ctx = {} as GraphContext;
const scope = { territoryId: 'T' };
const DAY = '2026-11-27';
const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the rankings the change feed compares', () => {
  it('waits for a scope never ranked; a newer graph is answered with the newest ranking ready, and ranked once that answer is given', async () => {
    const { calls, compute } = controlledRankings();
    const board = new RankingBoard(compute);
    const first = board.ranking(ctx, scope, DAY, 5, Promise.resolve());
    await tick();
    calls[0]!.finish(0.5);
    expect(await first).toMatchObject({ current: true, ranking: { version: 5, ranking: [{ score: 0.5 }] } });

    // A write (version 6): the answer is worked out with version 5's ranking ...
    let answer!: () => void;
    const answered = new Promise<void>((resolve) => (answer = resolve));
    expect(await board.ranking(ctx, scope, DAY, 6, answered)).toMatchObject({ current: false, ranking: { version: 5 } });
    await tick();
    // ... and version 6 is ranked only once it is given (a large scope's ranking would slow it down).
    expect(calls).toHaveLength(1);
    answer();
    await tick();
    expect(calls).toHaveLength(2);
    // Asked again before it is ready: no second computation.
    expect(await board.ranking(ctx, scope, DAY, 6, Promise.resolve())).toMatchObject({ current: false });
    await tick();
    expect(calls).toHaveLength(2);
    calls[1]!.finish(0.7);
    await tick();
    expect(await board.ranking(ctx, scope, DAY, 6, Promise.resolve())).toMatchObject({ current: true, ranking: { version: 6, ranking: [{ score: 0.7 }] } });
    expect(calls).toHaveLength(2);
  });

  it('ranks one graph at a time per scope and day, then the newest asked for; a failure keeps the newest ready', async () => {
    const { calls, compute } = controlledRankings();
    const board = new RankingBoard(compute);
    const first = board.ranking(ctx, scope, DAY, 1, Promise.resolve());
    await tick();
    calls[0]!.finish(0.1);
    await first;
    for (const version of [2, 3, 4]) await board.ranking(ctx, scope, DAY, version, Promise.resolve());
    await tick();
    expect(calls).toHaveLength(2);
    calls[1]!.finish(0.2);
    await tick();
    await tick();
    // Version 2 is ready; 4, the newest asked for, is being ranked (3 is skipped).
    expect(calls).toHaveLength(3);
    expect(board.newest(scope, DAY)).toMatchObject({ version: 2 });
    calls[2]!.fail(new Error('database down'));
    await tick();
    expect(await board.ranking(ctx, scope, DAY, 4, Promise.resolve())).toMatchObject({ current: false, ranking: { version: 2 } });
    await tick();
    expect(calls).toHaveLength(4);
    // Another day of the same scope is its own ranking.
    const otherDay = board.ranking(ctx, scope, '2026-08-28', 4, Promise.resolve());
    await tick();
    expect(calls).toHaveLength(5);
    calls[4]!.finish(0.3);
    expect(await otherDay).toMatchObject({ current: true, ranking: { asOf: '2026-08-28' } });
  });

  it('gives the ranking of the version asked for when told to wait (marking the inbox read), through an older one being computed', async () => {
    const { calls, compute } = controlledRankings();
    const board = new RankingBoard(compute);
    const first = board.ranking(ctx, scope, DAY, 1, Promise.resolve());
    await tick();
    const settled = board.settled(ctx, scope, DAY, 2);
    await tick();
    calls[0]!.finish(0.1);
    await first;
    await tick();
    await tick();
    expect(calls).toHaveLength(2);
    calls[1]!.finish(0.2);
    expect(await settled).toMatchObject({ version: 2, ranking: [{ score: 0.2 }] });
  });
});
