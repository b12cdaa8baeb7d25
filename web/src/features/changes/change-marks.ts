import { ChangeKind } from '../../gql/vocabulary.js';

// Pure helpers of the changes feature, unit-tested: what the map marks for a list of
// changes, and the short notice a live update shows.

/** What the map marks: every kind but rank moves (see changeMarks). */
export const MARKED_KINDS: readonly ChangeKind[] = Object.values(ChangeKind).filter((k) => k !== ChangeKind.RANK_MOVED);

/**
 * The people and ties (the map's edge ids) a list of changes touches, each once. Rank moves
 * are left out: one strong tie moves many people a place or two, and marking them all would
 * mark half the map; the ranking beside the map shows them, and the facts behind them are
 * marked.
 */
export function changeMarks(changes: readonly { kind: string; personIds: readonly string[]; tieKeys: readonly string[] }[]): { people: string[]; ties: string[] } {
  const people = new Set<string>();
  const ties = new Set<string>();
  for (const change of changes) {
    if (change.kind === ChangeKind.RANK_MOVED) continue;
    change.personIds.forEach((id) => people.add(id));
    change.tieKeys.forEach((key) => ties.add(key));
  }
  return { people: [...people], ties: [...ties] };
}

/** The notice for changes pushed together: the first one's sentence, and how many more came with it. */
export function liveNotice(summaries: readonly string[], words: { updated: (summary: string) => string; more: (count: number) => string }): string | null {
  if (summaries.length === 0) return null;
  const first = words.updated(summaries[0]!);
  return summaries.length > 1 ? `${first} ${words.more(summaries.length - 1)}` : first;
}
