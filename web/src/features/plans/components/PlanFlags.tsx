/** Why a plan needs attention (from the API); the late and the stalled in red. */
export function PlanFlags({ flags, detail = false }: { flags: readonly string[]; detail?: boolean }) {
  if (flags.length === 0) return null;
  return (
    <ul className={detail ? 'plan-flags detail' : 'plan-flags'} aria-label="Needs attention">
      {flags.map((f) => (
        <li key={f} className={/stalled|overdue|was due/.test(f) ? 'danger' : ''}>
          {f}
        </li>
      ))}
    </ul>
  );
}
