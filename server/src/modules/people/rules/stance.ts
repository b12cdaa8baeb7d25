/** Mean stance toward our company and products (-2..2), null when none is recorded. */
export function stanceTowardUs(stances: ReadonlyArray<{ ours: boolean; value: number }>): number | null {
  const ours = stances.filter((s) => s.ours);
  return ours.length === 0 ? null : ours.reduce((sum, s) => sum + s.value, 0) / ours.length;
}
