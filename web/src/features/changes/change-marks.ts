// Pure helpers of the changes feature, unit-tested: what the map marks for a list of
// changes, and the short notice a live update shows.

/** The people and ties (the map's edge ids) a list of changes touches, each once. */
export function changeMarks(changes: readonly { personIds: readonly string[]; tieKeys: readonly string[] }[]): { people: string[]; ties: string[] } {
  const people = new Set<string>();
  const ties = new Set<string>();
  for (const change of changes) {
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
