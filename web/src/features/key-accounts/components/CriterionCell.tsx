import { formatFixed } from '@shared/format.js';
import { KEY_PEOPLE_WORDS } from '@shared/vocabulary/read-model-words.js';
import { CRITERION_MET } from '../pareto.js';

/** One criterion of a key client, 0..1, as a small bar (green when met) and its value. */
export function CriterionCell({ label, value }: { label: string; value: number }) {
  const met = value >= CRITERION_MET;
  return (
    <td className="criterion" title={KEY_PEOPLE_WORDS.criterionTitle(label, formatFixed(value, 2), met, CRITERION_MET)} data-met={met}>
      <span className={`bar${met ? ' met' : ''}`}>
        <span style={{ width: `${Math.max(2, value * 100)}%` }} />
      </span>
      <span className="crit-value">{formatFixed(value, 2)}</span>
    </td>
  );
}
