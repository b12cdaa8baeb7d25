import { describe, expect, it } from 'vitest';
import type { EmbeddedNeo4j } from '../../server/src/kernel/database/embedded-neo4j.js';
import { backoffDelay, DEFAULT_POLICY, superviseEmbedded } from '../../server/src/kernel/database/supervisor.js';

/** A stand-in for the JVM: `crash()` ends it as SIGKILL would. */
function fakeNeo4j(pid: number) {
  let end!: (code: number | null) => void;
  const exited = new Promise<number | null>((resolve) => (end = resolve));
  let signal: string | null = null;
  const instance: EmbeddedNeo4j & { crash(): void; stopped: boolean } = {
    uri: 'bolt://127.0.0.1:1',
    pid,
    exited,
    stopped: false,
    get exitCode() {
      return null;
    },
    get exitSignal() {
      return signal;
    },
    stoppedCleanly: false,
    stop: async () => {
      instance.stopped = true;
      end(0);
    },
    kill: async () => instance.crash(),
    crash: () => {
      signal = 'SIGKILL';
      end(null);
    },
  };
  return instance;
}

function recorder() {
  const lines: string[] = [];
  const gaveUp: string[] = [];
  return { lines, gaveUp, events: { info: (m: string) => lines.push(`info ${m}`), error: (m: string) => lines.push(`error ${m}`), gaveUp: (m: string) => gaveUp.push(m) } };
}

const noWait = { sleep: async () => {} };

describe('the embedded database supervisor', () => {
  it('doubles its wait between restarts up to a ceiling', () => {
    expect([1, 2, 3, 4, 5, 6, 7].map((n) => backoffDelay(DEFAULT_POLICY, n))).toEqual([1000, 2000, 4000, 8000, 16000, 30000, 30000]);
  });

  it('logs an unexpected exit, restarts, and watches the new instance', async () => {
    const first = fakeNeo4j(1);
    const next = [fakeNeo4j(2), fakeNeo4j(3)];
    const log = recorder();
    const supervisor = superviseEmbedded(first, async () => next.shift()!, log.events, { dataDir: '/data', ...noWait });
    first.crash();
    await first.exited;
    expect(await supervisor.settled()).toBe('up');
    expect(supervisor.current.pid).toBe(2);
    expect(log.lines[0]).toMatch(/^error The embedded Neo4j \(pid 1\) stopped unexpectedly \(killed by SIGKILL\)/);
    expect(log.lines.at(-1)).toMatch(/^info The embedded Neo4j is back \(pid 2/);

    (supervisor.current as ReturnType<typeof fakeNeo4j>).crash();
    await supervisor.current.exited;
    expect(await supervisor.settled()).toBe('up');
    expect(supervisor.current.pid).toBe(3);
    expect(supervisor.restarts).toBe(2);
    expect(log.gaveUp).toEqual([]);
  });

  it('gives up after repeated failed restarts with a message saying what to look at', async () => {
    const first = fakeNeo4j(1);
    const log = recorder();
    let attempts = 0;
    const supervisor = superviseEmbedded(
      first,
      async () => {
        attempts += 1;
        throw new Error('Port 7687 is already in use');
      },
      log.events,
      { dataDir: '/data', policy: { maxRestarts: 3 }, ...noWait },
    );
    first.crash();
    await first.exited;
    expect(await supervisor.settled()).toBe('gave-up');
    expect(attempts).toBe(3);
    expect(log.gaveUp).toHaveLength(1);
    expect(log.gaveUp[0]).toMatch(/failed 3 restarts in a row; giving up .* \/data\/logs .*NEO4J_BOLT_PORT/);
    expect(log.lines.filter((l) => l.includes('Port 7687 is already in use'))).toHaveLength(3);
  });

  it('counts a crash loop as failures: instances that die before they are stable do not reset the count', async () => {
    const first = fakeNeo4j(1);
    const log = recorder();
    const started: Array<ReturnType<typeof fakeNeo4j>> = [];
    const supervisor = superviseEmbedded(
      first,
      async () => {
        const instance = fakeNeo4j(started.length + 2);
        started.push(instance);
        return instance;
      },
      log.events,
      { dataDir: '/data', policy: { maxRestarts: 2, stableAfterMs: 60_000 }, now: () => 0, ...noWait },
    );
    first.crash();
    await first.exited;
    await supervisor.settled();
    started[0]!.crash();
    await started[0]!.exited;
    await supervisor.settled();
    started[1]!.crash();
    await started[1]!.exited;
    expect(await supervisor.settled()).toBe('gave-up');
    expect(log.gaveUp).toHaveLength(1);
  });

  it('resets the count once an instance stayed up long enough', async () => {
    const first = fakeNeo4j(1);
    let clock = 0;
    const started: Array<ReturnType<typeof fakeNeo4j>> = [];
    const log = recorder();
    const supervisor = superviseEmbedded(
      first,
      async () => {
        const instance = fakeNeo4j(started.length + 2);
        started.push(instance);
        return instance;
      },
      log.events,
      { dataDir: '/data', policy: { maxRestarts: 1, stableAfterMs: 60_000 }, now: () => clock, ...noWait },
    );
    for (let i = 0; i < 3; i += 1) {
      clock += 120_000;
      const victim = supervisor.current as ReturnType<typeof fakeNeo4j>;
      victim.crash();
      await victim.exited;
      expect(await supervisor.settled()).toBe('up');
    }
    expect(log.gaveUp).toEqual([]);
  });

  it('does not restart a database it was asked to stop', async () => {
    const first = fakeNeo4j(1);
    const log = recorder();
    let attempts = 0;
    const supervisor = superviseEmbedded(first, async () => ((attempts += 1), fakeNeo4j(2)), log.events, { dataDir: '/data', ...noWait });
    await supervisor.stop();
    await first.exited;
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(first.stopped).toBe(true);
    expect(attempts).toBe(0);
    expect(log.lines).toEqual([]);
  });
});
