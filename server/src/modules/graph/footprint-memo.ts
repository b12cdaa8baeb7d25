import { LRUCache } from 'lru-cache';
import { footprintsBetween, type FootprintItem } from './rules/write-footprint.js';

/** How a value was had: read whole, patched from the one kept, or the one kept as it was. */
export type MemoRead = 'whole' | 'patched' | 'unchanged';

/**
 * What a memo's owner does with the writes since a kept value: the value brought up to
 * date (and whether anything in it changed), or null when the writes may have changed
 * more than it can patch (then the value is read whole).
 */
export type Patch<T> = (kept: T, writes: ReadonlyArray<readonly FootprintItem[]>) => Promise<{ value: T; changed: boolean } | null>;

/**
 * Values read from the graph, kept by key with the graph version each was read at, and
 * brought up to date by the footprints of the writes since (rules/write-footprint.ts)
 * instead of read whole again: a write empties the caches keyed by graph version, yet a
 * large scope's data change only where the write touched them. A version without a
 * footprint (a write that could not name what it touched, or one no longer kept) means
 * the value is read whole.
 *
 * The version is read before the data, so a kept value is at least as new as its
 * version: a write landing between the two is patched again by the next read (its
 * footprint comes after the version kept), which gives the same data. The footprints live
 * in Neo4j, so every server process of a cluster sees every write.
 */
export class FootprintMemo<T extends object> {
  private readonly entries: LRUCache<string, { version: number; value: T }>;
  private counters: Record<MemoRead, number> = { whole: 0, patched: 0, unchanged: 0 };

  constructor(options: {
    /**
     * How much is kept, in the units of `sizeOf` (the values used longest ago go first;
     * a value larger than all of it is not kept): memory stays bounded however many
     * scopes are asked about.
     */
    maxSize: number;
    /** A value's size (e.g. the people it covers), at least 1. */
    sizeOf: (value: T) => number;
  }) {
    this.entries = new LRUCache({ maxSize: options.maxSize, sizeCalculation: (entry) => Math.max(1, options.sizeOf(entry.value)) });
  }

  async read(
    key: string,
    footprints: () => Promise<{ version: number; footprints: readonly string[] }>,
    patch: Patch<T>,
    readWhole: () => Promise<T>,
  ): Promise<{ value: T; read: MemoRead }> {
    const { version, footprints: stored } = await footprints();
    const kept = this.entries.get(key);
    const writes = kept && kept.version <= version ? footprintsBetween(stored, kept.version, version) : null;
    const patched = kept && writes && writes.every((w) => w !== null) ? await patch(kept.value, writes as FootprintItem[][]) : null;
    const value = patched ? patched.value : await readWhole();
    const read: MemoRead = !patched ? 'whole' : patched.changed ? 'patched' : 'unchanged';
    this.keep(key, version, value);
    this.counters[read] += 1;
    return { value, read };
  }

  stats() {
    return { ...this.counters, entries: this.entries.size, size: this.entries.calculatedSize };
  }

  private keep(key: string, version: number, value: T): void {
    // Too large to keep at all: lru-cache refuses it (and the key's older value goes).
    this.entries.delete(key);
    this.entries.set(key, { version, value });
  }
}
