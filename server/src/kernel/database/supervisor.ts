import type { EmbeddedNeo4j } from './embedded-neo4j.js';
import { databaseMessages, describeExit } from './messages.js';

export interface SupervisorPolicy {
  /** Consecutive failed restarts before giving up. */
  maxRestarts: number;
  /** Wait before the first restart; doubled for each further attempt. */
  firstDelayMs: number;
  maxDelayMs: number;
  /**
   * A database that stayed up this long before it died starts a fresh count of failures;
   * one that dies sooner counts as another failed restart (a crash loop gives up).
   */
  stableAfterMs: number;
}

export const DEFAULT_POLICY: SupervisorPolicy = { maxRestarts: 5, firstDelayMs: 1_000, maxDelayMs: 30_000, stableAfterMs: 60_000 };

export interface SupervisorEvents {
  info(message: string): void;
  error(message: string): void;
  /** Called once when the supervisor stops trying; the app should exit non-zero. */
  gaveUp(message: string): void;
}

export type SupervisorState = 'up' | 'restarting' | 'gave-up' | 'stopped';

export interface EmbeddedSupervisor {
  /** The running instance (the last one started while restarting). */
  readonly current: EmbeddedNeo4j;
  readonly state: SupervisorState;
  /** How many times the database has been restarted since the app started. */
  readonly restarts: number;
  /** Resolves once the supervisor is back to `up` (or has given up / been stopped). */
  settled(): Promise<SupervisorState>;
  /** Stops supervising, then stops the database cleanly. */
  stop(): Promise<void>;
}

/** The delay before restart `attempt` (1-based): doubling from the first, capped. */
export function backoffDelay(policy: SupervisorPolicy, attempt: number): number {
  return Math.min(policy.maxDelayMs, policy.firstDelayMs * 2 ** (attempt - 1));
}

/**
 * Looks after an embedded Neo4j this process started: notices its exit at once (the child
 * process's close event), logs it, restarts it on the same data folder and port with
 * backoff, and gives up after `maxRestarts` failures in a row. The Bolt address does not
 * change, so the app's driver reconnects by itself; committed transactions survive a
 * crash because Neo4j recovers them from its transaction log on the next start.
 */
export function superviseEmbedded(
  first: EmbeddedNeo4j,
  start: () => Promise<EmbeddedNeo4j>,
  events: SupervisorEvents,
  options: { policy?: Partial<SupervisorPolicy>; dataDir: string; now?: () => number; sleep?: (ms: number) => Promise<void> },
): EmbeddedSupervisor {
  const policy = { ...DEFAULT_POLICY, ...options.policy };
  const now = options.now ?? Date.now;
  let current = first;
  let state: SupervisorState = 'up';
  let restarts = 0;
  let failures = 0;
  let upSince = now();
  let wake: (() => void) | null = null;
  const waiters: Array<(state: SupervisorState) => void> = [];
  const sleep =
    options.sleep ??
    ((ms: number) =>
      new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, ms);
        wake = () => {
          clearTimeout(timer);
          resolve();
        };
      }));

  const settle = (next: SupervisorState) => {
    state = next;
    if (next === 'restarting') return;
    for (const resolve of waiters.splice(0)) resolve(next);
  };

  const watch = (instance: EmbeddedNeo4j) => {
    void instance.exited.then(() => {
      if (state === 'stopped' || instance !== current) return;
      events.error(databaseMessages.exitedUnexpectedly(instance.pid, describeExit(instance.exitCode, instance.exitSignal)));
      failures = now() - upSince >= policy.stableAfterMs ? 0 : failures;
      void restart();
    });
  };

  const restart = async () => {
    settle('restarting');
    for (;;) {
      failures += 1;
      if (failures > policy.maxRestarts) {
        settle('gave-up');
        const message = databaseMessages.gaveUp(policy.maxRestarts, options.dataDir);
        events.error(message);
        events.gaveUp(message);
        return;
      }
      const delay = backoffDelay(policy, failures);
      events.info(databaseMessages.restartIn(failures, policy.maxRestarts, Math.round(delay / 100) / 10));
      await sleep(delay);
      wake = null;
      if (state === 'stopped') return;
      try {
        const instance = await start();
        // stop() may have been called while this start was under way.
        if ((state as SupervisorState) === 'stopped') {
          await instance.stop();
          return;
        }
        current = instance;
        restarts += 1;
        upSince = now();
        events.info(databaseMessages.restarted(instance.pid, instance.uri));
        settle('up');
        watch(instance);
        return;
      } catch (error) {
        events.error(databaseMessages.restartFailed(failures, policy.maxRestarts, (error as Error).message));
      }
    }
  };

  watch(first);
  return {
    get current() {
      return current;
    },
    get state() {
      return state;
    },
    get restarts() {
      return restarts;
    },
    settled: () => (state === 'restarting' ? new Promise((resolve) => waiters.push(resolve)) : Promise.resolve(state)),
    stop: async () => {
      const was = state;
      settle('stopped');
      (wake as (() => void) | null)?.();
      if (was !== 'gave-up') await current.stop();
    },
  };
}
