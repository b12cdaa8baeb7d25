import { footprintsBetween } from '../graph/rules/write-footprint.js';
import type { PowerRepository } from './repository.js';
import { patchProjection, touchedPeople } from './rules/patch-projection.js';
import type { PowerProjection } from './rules/types.js';

/** How many scopes' projections are kept. */
const ENTRIES = 8;
/** Larger scopes are not kept (a national projection holds hundreds of MB). */
const MAX_PEOPLE = 50_000;

/** A scope's people and projection, and the graph version they were read at. */
interface KeptProjection {
  version: number;
  ids: string[];
  projection: PowerProjection;
}

/** What reading a scope's projection did: read whole, patched from a kept one, or the kept one as it was. */
export type ProjectionRead = 'whole' | 'patched' | 'unchanged';

/**
 * The projections of the scopes read last, by scope, with the graph version each was read
 * at. A write empties the analytics cache, yet a scope's projection (its people, ties,
 * roles, stances: most of a cold balance of power's time on a large territory) changes
 * only where the write touched it. Writes leave their footprints beside the graph version
 * (modules/graph/rules/write-footprint.ts); when every write since a kept projection left
 * one that only touched people's own parts (rules/patch-projection.ts), the people it
 * names are read again and merged in, and the rest is kept. Otherwise the projection is
 * read whole. Either way the answer is the one a whole read gives.
 *
 * A write between reading the footprints and reading the data may be half in what is
 * kept: its footprint comes after the version kept, so the next read patches its people
 * again. The footprints live in Neo4j, so every server process of a cluster sees them.
 */
export class ProjectionMemo {
  private entries = new Map<string, KeptProjection>();
  private counters: Record<ProjectionRead, number> = { whole: 0, patched: 0, unchanged: 0 };

  /**
   * The scope's people and projection now. `readWhole` reads them both from the
   * database; people in scope are read again only then (no patchable write moves them).
   */
  async read(
    key: string,
    repository: PowerRepository,
    scope: { asOf: string; area: string | null },
    readWhole: () => Promise<{ ids: string[]; projection: PowerProjection }>,
  ): Promise<{ ids: string[]; projection: PowerProjection; read: ProjectionRead }> {
    const { version, footprints } = await repository.footprints();
    const kept = this.entries.get(key);
    const touched = kept && kept.version <= version ? touchedPeople(footprintsBetween(footprints, kept.version, version)) : null;
    if (kept && touched) {
      const inScope = new Set(kept.ids);
      const mine = [...touched].filter((id) => inScope.has(id));
      const projection = mine.length === 0 ? kept.projection : patchProjection(kept.projection, new Set(mine), await repository.touchedProjection(mine, kept.ids, scope.asOf, scope.area));
      const read: ProjectionRead = mine.length === 0 ? 'unchanged' : 'patched';
      this.keep(key, { version, ids: kept.ids, projection });
      this.counters[read] += 1;
      return { ids: kept.ids, projection, read };
    }
    const whole = await readWhole();
    this.keep(key, { version, ...whole });
    this.counters.whole += 1;
    return { ...whole, read: 'whole' };
  }

  stats() {
    return { ...this.counters, entries: this.entries.size };
  }

  private keep(key: string, entry: KeptProjection): void {
    this.entries.delete(key);
    if (entry.ids.length > MAX_PEOPLE) return;
    this.entries.set(key, entry);
    // Maps iterate in insertion order: the first key is the one used longest ago.
    while (this.entries.size > ENTRIES) this.entries.delete(this.entries.keys().next().value!);
  }
}
