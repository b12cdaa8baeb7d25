import { LRUCache } from 'lru-cache';
import type { DbClient } from '../database/db-client.js';
import { readGraphVersion } from '../database/entities.js';
import { cacheKey } from './cache-key.js';

export interface AnalyticsCacheOptions {
  /** Most entries kept (default 256). */
  maxEntries?: number;
  /**
   * Budget for the entries' estimated sizes, in bytes (default 256 MB). Measured: a
   * 10,000-person territory's projection and scores hold about 42 MB of heap (estimated
   * 50 MB), a 2,000-person region about a fifth of that; see `estimateBytes`.
   */
  maxBytes?: number;
}

export interface AnalyticsCacheStats {
  /** Answered from a stored entry. */
  hits: number;
  /** Computed (the first asker at a version). */
  misses: number;
  /** Waited for a computation another request had started (same key, same version). */
  joined: number;
  /** Times the graph version was seen to change (every change drops every entry). */
  versionChanges: number;
  /** Version reads sent (lookups arriving together share one). */
  versionReads: number;
  entries: number;
  bytes: number;
  /** The graph version the entries belong to (null before the first lookup). */
  version: number | null;
}

/**
 * Results of heavy analytics, kept per graph version. Every write bumps
 * `(:GraphMeta {key:'graph'}).version` in the same transaction (mutations, import, seed,
 * from any process), and every lookup first reads that version with one small indexed
 * query: an entry is only ever served to a request that read the version it was
 * computed at, so an edit is never answered with stale data.
 *
 * The version is read before computing, so an entry's data is at least as new as its
 * key. A caller may pass the version it read at the start of its request (the server
 * reads it with the viewer, in the same query): that read also follows every write
 * acknowledged before the request began, which is all a request may expect to see. When the version changes (up, or down after a database reset), every entry is
 * dropped: none can be asked for again. Concurrent askers of the same key share one
 * computation, so a burst after a write computes once.
 *
 * Lookups that arrive together share one version read: the read is issued on the next
 * turn of the event loop, after every lookup it answers has begun, so each of them still
 * sees every write acknowledged before it started (never an older read's answer).
 */
export class AnalyticsCache {
  private readonly entries: LRUCache<string, { value: unknown }>;
  private readonly inFlight = new Map<string, Promise<unknown>>();
  private current: number | null = null;
  /** A version read scheduled but not yet sent; lookups arriving meanwhile share it. */
  private nextRead: Promise<number> | null = null;
  private counters = { hits: 0, misses: 0, joined: 0, versionChanges: 0, versionReads: 0 };

  /** `readVersion` is the graph version source; `AnalyticsCache.forDatabase` reads GraphMeta. */
  constructor(
    private readonly readVersion: () => Promise<number>,
    options: AnalyticsCacheOptions = {},
  ) {
    this.entries = new LRUCache({
      max: options.maxEntries ?? 256,
      // Every set passes its size; an entry bigger than the whole budget is not kept.
      maxSize: options.maxBytes ?? 256 * 1024 * 1024,
    });
  }

  /** A cache whose version is the database's GraphMeta version: one small query per lookup (shared by lookups arriving together). */
  static forDatabase(db: DbClient, options: AnalyticsCacheOptions = {}): AnalyticsCache {
    return new AnalyticsCache(() => readGraphVersion(db), options);
  }

  /**
   * The answer to `question` with `args` at the current graph version: stored, being
   * computed by another request, or computed now by `compute`. `args` must hold every
   * input the answer depends on (dates resolved, lists normalised); `sizeOf` estimates
   * the answer's bytes for the budget. Failures are not kept.
   */
  async get<T>(
    question: string,
    args: unknown,
    compute: () => Promise<T>,
    sizeOf: (value: T) => number = () => 1024,
    knownVersion: number | null = null,
  ): Promise<T> {
    // A version the request read when it started (with its viewer) saves a round trip.
    // One older than the newest seen belongs to a request that began before a write:
    // ask the database rather than move the cache back to it.
    const version =
      knownVersion !== null && (this.current === null || knownVersion >= this.current) ? knownVersion : await this.sharedVersionRead();
    if (version !== this.current) {
      if (this.current !== null) this.counters.versionChanges += 1;
      this.current = version;
      this.entries.clear();
    }
    const key = cacheKey(version, question, args);
    const stored = this.entries.get(key);
    if (stored) {
      this.counters.hits += 1;
      return stored.value as T;
    }
    const pending = this.inFlight.get(key);
    if (pending) {
      this.counters.joined += 1;
      return pending as Promise<T>;
    }
    this.counters.misses += 1;
    const computation = compute().then((value) => {
      // Kept only while its version is still the current one (a later lookup may have
      // seen a write and cleared the cache while this ran).
      if (this.current === version) {
        const size = Math.max(1, Math.round(sizeOf(value)));
        this.entries.set(key, { value }, { size });
      }
      return value;
    });
    this.inFlight.set(key, computation);
    // The caller gets the rejection; the map must not keep a failed computation.
    void computation.then(
      () => this.inFlight.delete(key),
      () => this.inFlight.delete(key),
    );
    return computation;
  }

  private sharedVersionRead(): Promise<number> {
    this.nextRead ??= new Promise<number>((resolve, reject) => {
      setImmediate(() => {
        // From here on, new lookups schedule the next read: this one may have started before them.
        this.nextRead = null;
        this.counters.versionReads += 1;
        this.readVersion().then(resolve, reject);
      });
    });
    return this.nextRead;
  }

  /** Drops every entry (the next lookup of each key computes). */
  clear(): void {
    this.entries.clear();
  }

  stats(): AnalyticsCacheStats {
    return {
      ...this.counters,
      entries: this.entries.size,
      bytes: this.entries.calculatedSize ?? 0,
      version: this.current,
    };
  }
}

/**
 * A rough estimate of a JSON-like value's heap bytes, for the cache budget: strings by
 * length, numbers and booleans by slot, objects by their fields. Arrays longer than 64
 * are measured on 32 evenly spaced elements and scaled, so sizing a 10,000-person answer
 * costs well under a millisecond.
 */
export function estimateBytes(value: unknown): number {
  if (value === null || value === undefined) return 8;
  if (typeof value === 'string') return 16 + 2 * value.length;
  if (typeof value !== 'object') return 8;
  if (Array.isArray(value)) {
    const n = value.length;
    if (n <= 64) return 16 + value.reduce((sum: number, v) => sum + 8 + estimateBytes(v), 0);
    let sample = 0;
    for (let k = 0; k < 32; k += 1) sample += estimateBytes(value[Math.floor((k * n) / 32)]);
    return 16 + n * (8 + sample / 32);
  }
  if (value instanceof Map || value instanceof Set) return 64 + 64 * value.size;
  let sum = 32;
  for (const inner of Object.values(value as Record<string, unknown>)) sum += 16 + estimateBytes(inner);
  return sum;
}

/** What a request knows of the cache: the shared cache (if any) and the graph version it read. */
export interface CacheScope {
  analyticsCache: AnalyticsCache | null;
  graphVersion: number | null;
}

/** `compute`'s answer from the analytics cache at the request's graph version, or computed when there is none. */
export function cachedAnswer<T>(scope: CacheScope, question: string, key: unknown, compute: () => Promise<T>): Promise<T> {
  return scope.analyticsCache ? scope.analyticsCache.get(question, key, compute, estimateBytes, scope.graphVersion) : compute();
}
