// A person's stance toward a company or product is an Int, -2..2 (docs/domain.md#stance); the
// map reads a mean stance to the nearest whole step. Its words never reuse the ladder's.

/** -2..2 and no stance at all, in the scale's order (the words are this scale's own, not an SDL enum). */
export const STANCE_WORDS_IN_ORDER = ['opposed', 'sceptical', 'neutral', 'favourable', 'preferring', 'unknown'] as const;
export type StanceWord = (typeof STANCE_WORDS_IN_ORDER)[number];

/** The values a stance is recorded with. */
export const STANCE_VALUES = [-2, -1, 0, 1, 2] as const;

/** The mean stance is a float in -2..2; it is read to the nearest whole step; null: unknown (not neutral). */
export function stanceWord(stance: number | null | undefined): StanceWord {
  if (stance === null || stance === undefined || Number.isNaN(stance)) return 'unknown';
  const step = Math.max(-2, Math.min(2, Math.round(stance)));
  return STANCE_WORDS_IN_ORDER[step + 2]!;
}
