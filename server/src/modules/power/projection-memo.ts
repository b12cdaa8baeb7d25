import { FootprintMemo, type MemoRead } from '../graph/footprint-memo.js';
import type { PowerRepository } from './repository.js';
import { patchProjection, touchedPeople } from './rules/patch-projection.js';
import type { PowerProjection } from './rules/types.js';

/**
 * People kept over all projections: a few regional and 10,000-person territories (a
 * 10,000-person projection holds some tens of MB). A larger scope, the whole of a national
 * graph, is not kept and is read whole after each write.
 */
const MAX_PEOPLE = 60_000;

/** A scope's people and projection. */
interface ScopeProjection {
  ids: string[];
  projection: PowerProjection;
}

/**
 * The projections of the scopes read last (their people, ties, roles, stances: most of a
 * cold balance of power's time on a large territory), brought up to date by the writes
 * since (modules/graph/footprint-memo.ts): when every write since a kept projection only
 * touched people's own parts (rules/patch-projection.ts), the people it names are read
 * again and merged in, and the rest is kept; otherwise the projection is read whole.
 * Either way the answer is the one a whole read gives.
 */
export class ProjectionMemo {
  private readonly memo = new FootprintMemo<ScopeProjection>({ maxSize: MAX_PEOPLE, sizeOf: (value) => value.ids.length });

  /**
   * The scope's people and projection now. `readWhole` reads them both from the
   * database; people in scope are read again only then (no patchable write moves them).
   */
  async read(
    key: string,
    repository: PowerRepository,
    scope: { asOf: string; area: string | null },
    readWhole: () => Promise<ScopeProjection>,
  ): Promise<ScopeProjection & { read: MemoRead }> {
    const { value, read } = await this.memo.read(
      key,
      () => repository.footprints(),
      async (kept, writes) => {
        const touched = touchedPeople(writes);
        if (!touched) return null;
        const inScope = new Set(kept.ids);
        const mine = [...touched].filter((id) => inScope.has(id));
        if (mine.length === 0) return { value: kept, changed: false };
        const fresh = await repository.touchedProjection(mine, kept.ids, scope.asOf, scope.area);
        return { value: { ids: kept.ids, projection: patchProjection(kept.projection, new Set(mine), fresh) }, changed: true };
      },
      readWhole,
    );
    return { ...value, read };
  }

  stats() {
    return this.memo.stats();
  }
}
