import type { Clock } from '../../kernel/clock.js';
import type { Logger } from '../../kernel/logger.js';

/** What is kept: anything that says when the graph was read for it (ISO date-time). */
export interface Computed {
  computedAt: string;
}

/** A whole-graph balance of power and what it was computed for. */
export interface WholeGraphAnswer<V extends Computed> {
  /** The graph version read before its data: the data are at least that new. */
  version: number;
  /** The day it was computed as of. */
  today: string;
  value: V;
}

export interface WholeGraphOptions<V extends Computed> {
  /** Computes the whole graph's balance of power as of `today`. */
  compute: (today: string) => Promise<V>;
  /** The graph version now (GraphMeta): read before computing, and by the poll. */
  readVersion: () => Promise<number>;
  /** Today (the answer is as of today), and the time its age is measured by. */
  clock: Clock;
  logger: Pick<Logger, 'warn'>;
  /**
   * How long after the last question the answer is kept up to date in the background
   * (default 24 hours); after that it is dropped and the next question computes again.
   */
  keepWarmMs?: number;
  /** How often the graph version is read while kept warm, for writes made elsewhere (default 10 s). */
  pollMs?: number;
  /** How long after a write the recomputation waits, so that a burst of writes computes once (default 1 s). */
  settleMs?: number;
  /**
   * The oldest answer given while a newer one is computed (default 1 hour): an older one
   * (its recomputation failing, say) is not given; the asker waits for the computation.
   */
  maxProvisionalAgeMs?: number;
}

/**
 * The whole graph's balance of power (scope everywhere, as of today, nobody left out),
 * kept up to date in the background once anyone has asked for it.
 *
 * On a national graph it takes tens of seconds to compute: too long for a strategist to
 * wait after every write anywhere in the country. So after the first question, every
 * write (seen in the version each request reads, after each mutation, and by a poll for
 * writes from other processes) starts a recomputation in the background, and a question
 * asked meanwhile is answered at once from the latest answer, saying when that was
 * computed and that it is not up to date (`freshest`). Questions that must see the graph
 * as it is now (`current`) wait for the computation at the current version, sharing it.
 * One computation runs at a time; writes made during it start one more after it.
 */
export class WholeGraphPower<V extends Computed> {
  private latest: WholeGraphAnswer<V> | null = null;
  private running: { version: number; today: string; answer: Promise<WholeGraphAnswer<V>> } | null = null;
  /** The newest version seen. */
  private newest = -1;
  private askedAt: number | null = null;
  private poll: NodeJS.Timeout | null = null;
  private settle: NodeJS.Timeout | null = null;
  private stopped = false;
  private readonly keepWarmMs: number;
  private readonly pollMs: number;
  private readonly settleMs: number;
  private readonly maxProvisionalAgeMs: number;
  private counters = { computed: 0, inBackground: 0, provisional: 0, failed: 0 };

  constructor(private readonly options: WholeGraphOptions<V>) {
    this.keepWarmMs = options.keepWarmMs ?? 24 * 3_600_000;
    this.pollMs = options.pollMs ?? 10_000;
    this.settleMs = options.settleMs ?? 1_000;
    this.maxProvisionalAgeMs = options.maxProvisionalAgeMs ?? 3_600_000;
  }

  /**
   * The answer for the graph as of `version` (a request's, read when it began; null: read
   * it now) or newer: the kept one, the one being computed, or one computed now.
   */
  async current(version: number | null): Promise<WholeGraphAnswer<V>> {
    this.asked();
    const today = this.options.clock.today();
    const at = await this.versionAtLeast(version);
    const kept = this.latest;
    if (kept && kept.version >= at && kept.today === today) return kept;
    return this.computeAt(at, today);
  }

  /**
   * The freshest answer at hand: the current one when it is kept; otherwise, while the
   * current one is computed in the background, the latest kept one (`upToDate` false),
   * unless it is older than `maxProvisionalAgeMs`; with none, the current one, waited for.
   */
  async freshest(version: number | null): Promise<{ answer: WholeGraphAnswer<V>; upToDate: boolean }> {
    this.asked();
    const today = this.options.clock.today();
    const at = await this.versionAtLeast(version);
    const kept = this.latest;
    if (kept && kept.version >= at && kept.today === today) return { answer: kept, upToDate: true };
    const recomputing = this.computeAt(at, today);
    if (kept && this.options.clock.now().getTime() - Date.parse(kept.value.computedAt) <= this.maxProvisionalAgeMs) {
      // The asker does not wait: a failure is logged by the computation itself.
      recomputing.catch(() => undefined);
      this.counters.provisional += 1;
      return { answer: kept, upToDate: false };
    }
    return { answer: await recomputing, upToDate: true };
  }

  /** A graph version seen by a request: when kept warm, a newer one is recomputed in the background. */
  notice(version: number | null): void {
    if (version === null || version <= this.newest) return;
    this.newest = version;
    if (this.warm()) this.recomputeSoon();
  }

  /** A write just happened here (a mutation): read the version and recompute if kept warm. */
  written(): void {
    if (this.warm()) this.recomputeSoon();
  }

  stats() {
    return { ...this.counters, version: this.latest?.version ?? null, computedAt: this.latest?.value.computedAt ?? null, warm: this.warm() };
  }

  /** Stops polling and recomputing (a computation under way finishes). */
  stop(): void {
    this.stopped = true;
    if (this.poll) clearInterval(this.poll);
    if (this.settle) clearTimeout(this.settle);
    this.poll = null;
    this.settle = null;
  }

  private asked(): void {
    this.askedAt = Date.now();
    if (this.stopped || this.poll) return;
    this.poll = setInterval(() => {
      if (!this.warm()) {
        // Nobody asked for a day: stop polling and let go of the answer (hundreds of MB on a national graph).
        if (this.poll) clearInterval(this.poll);
        this.poll = null;
        this.latest = null;
        return;
      }
      this.options.readVersion().then(
        (version) => this.notice(version),
        () => undefined,
      );
    }, this.pollMs);
    this.poll.unref();
  }

  private warm(): boolean {
    return !this.stopped && this.askedAt !== null && Date.now() - this.askedAt < this.keepWarmMs;
  }

  private recomputeSoon(): void {
    if (this.settle) clearTimeout(this.settle);
    this.settle = setTimeout(() => {
      this.settle = null;
      if (!this.warm()) return;
      this.options.readVersion().then(
        (version) => {
          this.newest = Math.max(this.newest, version);
          const kept = this.latest;
          const today = this.options.clock.today();
          if (kept && kept.version >= version && kept.today === today) return;
          this.counters.inBackground += 1;
          this.computeAt(version, today).catch(() => undefined);
        },
        () => undefined,
      );
    }, this.settleMs);
    this.settle.unref();
  }

  /** The version to answer at: the request's, unless a newer one has been seen (then the database's). */
  private async versionAtLeast(version: number | null): Promise<number> {
    if (version !== null && version >= this.newest) {
      this.newest = version;
      return version;
    }
    const now = await this.options.readVersion();
    if (now < this.newest) {
      // The version went down: the database was reset, nothing kept belongs to it.
      this.newest = now;
      if (this.latest && this.latest.version > now) this.latest = null;
    }
    this.newest = Math.max(this.newest, now);
    return now;
  }

  /** The computation at `version` (or newer): joined when one is running for it, queued after a running older one. */
  private computeAt(version: number, today: string): Promise<WholeGraphAnswer<V>> {
    const running = this.running;
    if (running && running.version >= version && running.today === today) return running.answer;
    // One at a time: a newer version waits for the running computation, then computes.
    const before = running ? running.answer.catch(() => undefined) : Promise.resolve();
    const answer = before.then(async () => {
      // Read again: writes made while waiting are included, and labelled with their version.
      const at = Math.max(version, await this.options.readVersion());
      const computed: WholeGraphAnswer<V> = { version: at, today, value: await this.options.compute(today) };
      this.counters.computed += 1;
      if (!this.latest || computed.version >= this.latest.version) this.latest = computed;
      return computed;
    });
    const entry = { version, today, answer };
    this.running = entry;
    answer.then(
      () => {
        if (this.running === entry) this.running = null;
      },
      (error: unknown) => {
        if (this.running === entry) this.running = null;
        this.counters.failed += 1;
        this.options.logger.warn({ err: error }, 'Could not compute the whole graph’s balance of power');
      },
    );
    return answer;
  }
}
