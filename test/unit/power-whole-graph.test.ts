import { afterEach, describe, expect, it, vi } from 'vitest';
import { WholeGraphPower } from '../../server/src/modules/power/whole-graph.js';

/** A whole graph whose version, day and computations the test controls. */
function setUp(options: { maxProvisionalAgeMs?: number } = {}) {
  const state = { version: 1, today: '2026-05-01', nowMs: Date.parse('2026-05-01T09:00:00Z'), computed: 0 };
  const gates: Array<() => void> = [];
  const failures: unknown[] = [];
  let failNext = false;
  const whole = new WholeGraphPower<{ computedAt: string; version: number; n: number }>({
    compute: async () => {
      const version = state.version;
      const computedAt = new Date(state.nowMs).toISOString();
      await new Promise<void>((resolve) => gates.push(resolve));
      if (failNext) {
        failNext = false;
        throw new Error('database down');
      }
      state.computed += 1;
      return { computedAt, version, n: state.computed };
    },
    readVersion: async () => state.version,
    clock: { today: () => state.today, now: () => new Date(state.nowMs) },
    logger: { warn: (...args: unknown[]) => void failures.push(args) },
    settleMs: 5,
    pollMs: 60_000,
    ...options,
  });
  /** Lets every computation waiting so far finish, and the promises after them run. */
  const release = async () => {
    await vi.waitFor(() => expect(gates.length).toBeGreaterThan(0));
    while (gates.length) gates.shift()!();
    await new Promise((resolve) => setTimeout(resolve, 0));
  };
  return { whole, state, gates, release, failures, failOnce: () => (failNext = true) };
}

describe('the whole graph kept up to date', () => {
  const made: Array<WholeGraphPower<never>> = [];
  afterEach(() => made.splice(0).forEach((w) => w.stop()));

  it('computes once per version, shared by everyone asking meanwhile', async () => {
    const { whole, state, release } = setUp();
    made.push(whole as never);
    const asks = [whole.current(1), whole.current(1), whole.freshest(1)];
    await release();
    const [a, b, c] = await Promise.all(asks);
    expect(state.computed).toBe(1);
    expect(a).toBe(b);
    expect(c).toEqual({ answer: a, upToDate: true });
    // Asked again at the same version: the kept answer.
    expect(await whole.current(1)).toBe(a);
    expect(state.computed).toBe(1);
  });

  it('answers at once with the latest ranking after a write, says it is not up to date, and has the new one ready later', async () => {
    const { whole, state, release } = setUp();
    made.push(whole as never);
    const first = whole.freshest(1);
    await release();
    const before = (await first).answer;

    state.version = 2;
    state.nowMs += 60_000;
    const provisional = await whole.freshest(2);
    expect(provisional).toEqual({ answer: before, upToDate: false });
    // The newer one is being computed in the background.
    await release();
    const after = await whole.freshest(2);
    expect(after.upToDate).toBe(true);
    expect(after.answer.version).toBe(2);
    expect(after.answer.value.computedAt).toBe('2026-05-01T09:01:00.000Z');
    // What must see the graph as it is now never gets the earlier answer.
    expect(await whole.current(2)).toBe(after.answer);
  });

  it('recomputes in the background after a write once asked for, and not before', async () => {
    const { whole, state, gates, release } = setUp();
    made.push(whole as never);
    whole.notice(1);
    whole.written();
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(gates).toHaveLength(0);

    const asked = whole.current(1);
    await release();
    await asked;
    state.version = 2;
    whole.written();
    await release();
    expect(state.computed).toBe(2);
    // A version seen by a request counts as a write too.
    state.version = 3;
    whole.notice(3);
    await release();
    expect(state.computed).toBe(3);
    expect((await whole.freshest(3)).upToDate).toBe(true);
  });

  it('lets go of what it kept when the database is reset (its version goes down)', async () => {
    const { whole, state, release } = setUp();
    made.push(whole as never);
    state.version = 7;
    const first = whole.current(7);
    await release();
    await first;
    state.version = 1;
    // A request that read no version (or an older one): the database says 1.
    const asked = whole.freshest(null);
    await release();
    expect(await asked).toMatchObject({ upToDate: true, answer: { version: 1 } });
  });

  it('waits rather than give a ranking older than the provisional limit, or one of another day', async () => {
    const { whole, state, release } = setUp({ maxProvisionalAgeMs: 10 * 60_000 });
    made.push(whole as never);
    const first = whole.current(1);
    await release();
    await first;
    state.version = 2;
    state.nowMs += 11 * 60_000;
    const asked = whole.freshest(2);
    await release();
    expect(await asked).toMatchObject({ upToDate: true, answer: { version: 2 } });

    // Yesterday's ranking is still given while today's computes, as of its own day.
    state.today = '2026-05-02';
    const nextDay = await whole.freshest(2);
    expect(nextDay).toMatchObject({ upToDate: false, answer: { today: '2026-05-01' } });
    await release();
    expect(await whole.current(2)).toMatchObject({ today: '2026-05-02' });
  });

  it('keeps giving the latest ranking when a recomputation fails, and says so in the log', async () => {
    const { whole, state, release, failures, failOnce } = setUp();
    made.push(whole as never);
    const first = whole.current(1);
    await release();
    const kept = await first;
    state.version = 2;
    failOnce();
    expect(await whole.freshest(2)).toEqual({ answer: kept, upToDate: false });
    await release();
    expect(failures).toHaveLength(1);
    // The next question starts another computation, which succeeds.
    expect(await whole.freshest(2)).toEqual({ answer: kept, upToDate: false });
    await release();
    expect((await whole.freshest(2)).upToDate).toBe(true);
  });
});
