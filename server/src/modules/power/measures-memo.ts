import type { PowerMeasures } from './rules/balance-of-power.js';
import type { InfluenceTie } from './rules/types.js';

/** The inputs the graph measures read, flattened: people in order, then each tie's ends and weight. */
interface MeasuresInput {
  ids: readonly string[];
  /** from, to (indexes into ids) and weight per tie. */
  ties: Float64Array;
  hash: number;
}

/** How many scopes' measures are remembered. */
const ENTRIES = 16;
/** Nothing larger is remembered (its arrays alone would hold tens of MB). */
const MAX_TIES = 2_000_000;

/**
 * The graph measures (PageRank, betweenness, Louvain) of the scopes measured last, by
 * their exact inputs: a write anywhere moves the graph version and so empties the
 * analytics cache, but a scope whose people and influence ties it did not touch has the
 * same measures as before, and gets them back without computing (its projection is still
 * read, and its scores, which also depend on roles and stances, are still built). The
 * inputs are compared in full, not by a hash alone, so a remembered answer is always the
 * one the computation would give. The measures are pure functions of their inputs: one
 * memo may serve every server in the process.
 */
export class MeasuresMemo {
  private entries: Array<{ input: MeasuresInput; measures: Promise<PowerMeasures> }> = [];
  private counters = { hits: 0, misses: 0 };

  /** The measures of these people and (merged) ties: remembered, or computed by `compute`. */
  get(personIds: ReadonlySet<string>, ties: readonly InfluenceTie[], compute: () => Promise<PowerMeasures>): Promise<PowerMeasures> {
    if (ties.length > MAX_TIES) return compute();
    const input = flatten(personIds, ties);
    const found = this.entries.findIndex((entry) => same(entry.input, input));
    if (found >= 0) {
      const [entry] = this.entries.splice(found, 1);
      this.entries.unshift(entry!);
      this.counters.hits += 1;
      return entry!.measures;
    }
    this.counters.misses += 1;
    const measures = compute();
    const entry = { input, measures };
    this.entries.unshift(entry);
    this.entries.length = Math.min(this.entries.length, ENTRIES);
    // A failed computation is not remembered.
    measures.catch(() => {
      this.entries = this.entries.filter((e) => e !== entry);
    });
    return measures;
  }

  stats() {
    return { ...this.counters, entries: this.entries.length };
  }
}

function flatten(personIds: ReadonlySet<string>, ties: readonly InfluenceTie[]): MeasuresInput {
  const ids = [...personIds];
  const index = new Map(ids.map((id, i) => [id, i]));
  const flat = new Float64Array(ties.length * 3);
  // FNV-1a over the ids' lengths and the ties: a cheap first check before comparing in full.
  let hash = 0x811c9dc5;
  const mix = (value: number) => {
    hash = Math.imul(hash ^ (value | 0), 0x01000193);
  };
  mix(ids.length);
  for (const id of ids) mix(id.length);
  ties.forEach((tie, i) => {
    const from = index.get(tie.from)!;
    const to = index.get(tie.to)!;
    flat[3 * i] = from;
    flat[3 * i + 1] = to;
    flat[3 * i + 2] = tie.weight!;
    mix(from);
    mix(to);
    mix(Math.round(tie.weight! * 1e6));
  });
  return { ids, ties: flat, hash };
}

function same(a: MeasuresInput, b: MeasuresInput): boolean {
  if (a.hash !== b.hash || a.ids.length !== b.ids.length || a.ties.length !== b.ties.length) return false;
  for (let i = 0; i < a.ties.length; i += 1) if (a.ties[i] !== b.ties[i]) return false;
  for (let i = 0; i < a.ids.length; i += 1) if (a.ids[i] !== b.ids[i]) return false;
  return true;
}
