import type { PlanProgress } from '../../../gql/vocabulary.js';
import { PLAN_PROGRESS_LABELS } from '@shared/vocabulary/labels.js';
import { slug } from '@shared/vocabulary/values.js';

/** Why a plan needs attention, in the API's sentences; coloured by the plan's progress (behind in red). */
export function PlanFlags({ flags, progress, detail = false }: { flags: readonly string[]; progress: PlanProgress; detail?: boolean }) {
  if (flags.length === 0) return null;
  return (
    <ul className={`plan-flags progress-${slug(progress)}${detail ? ' detail' : ''}`} aria-label={PLAN_PROGRESS_LABELS[progress]}>
      {flags.map((f) => (
        <li key={f}>{f}</li>
      ))}
    </ul>
  );
}
