import { FootprintMemo, type MemoRead } from '../graph/footprint-memo.js';
import type { ChangeRepository } from './repository.js';
import { patchFacts, tiesWritten } from './rules/patch-facts.js';
import type { Facts, TieFact } from './rules/facts.js';

/** People kept over all feeds' facts (a scope and window each); a larger feed is not kept. */
const MAX_PEOPLE = 60_000;

/** The people of a feed's scope and their facts over its window. */
export interface ScopeFacts {
  people: string[];
  facts: Facts;
}

/**
 * The facts of the feeds read last, brought up to date by the writes since
 * (modules/graph/footprint-memo.ts): reading the dated ties of every person of a
 * 10,000-person territory is most of a feed's time after a write, yet a KAM's edit of one
 * tie changes the facts of one pair. When every write since only wrote ties that move
 * nobody (rules/patch-facts.ts), the ties of the people it wrote are read again, with
 * those the change log names; otherwise the scope's facts are read whole.
 */
export class FactsMemo {
  private readonly memo = new FootprintMemo<ScopeFacts>({ maxSize: MAX_PEOPLE, sizeOf: (value) => value.people.length });

  /**
   * A feed's people and facts now. `readTies` reads the ties of some of its people and
   * those the change log names (the window's reading); `readWhole` reads everything.
   */
  async read(
    key: string,
    repository: ChangeRepository,
    readTies: (people: readonly string[]) => Promise<TieFact[]>,
    readWhole: () => Promise<ScopeFacts>,
  ): Promise<ScopeFacts & { read: MemoRead }> {
    const { value, read } = await this.memo.read(
      key,
      () => repository.footprints(),
      async (kept, writes) => {
        const written = tiesWritten(writes);
        if (!written) return null;
        // Read even when nothing was written since: the log's ties are read again too,
        // and the log may name a write the kept facts were read just before.
        const inScope = new Set(kept.people);
        const fresh = await readTies([...written.ends].filter((id) => inScope.has(id)));
        return { value: { people: kept.people, facts: patchFacts(kept.facts, written, fresh) }, changed: written.pairs.size > 0 };
      },
      readWhole,
    );
    return { ...value, read };
  }

  stats() {
    return this.memo.stats();
  }
}
