import type { TieSuggestionCardFieldsFragment } from '../../../gql/graphql.js';
import { formatPercent } from '@shared/format.js';
import { tr } from '@shared/i18n/intl.js';
import { INFLUENCE_BASIS_LABELS, TIE_TYPE_LABELS } from '@shared/vocabulary/labels.js';
import { WorkList } from './WorkList.js';

/** A suggestion as a KAM judges it: who and what, how sure, why, and the works behind it (the review list's cards and the map's panel). */
export function SuggestionFacts({ suggestion: s }: { suggestion: TieSuggestionCardFieldsFragment }) {
  return (
    <>
      <div className="suggestion-head">
        <strong>
          {s.from.name} <span aria-hidden="true">{s.type === 'KNOWS' ? '—' : '→'}</span> {s.to.name}
        </strong>{' '}
        <span className="chip">{TIE_TYPE_LABELS[s.type]}</span>
        {s.basis && <span className="chip">{INFLUENCE_BASIS_LABELS[s.basis]}</span>}
        <span className="muted" title={tr('evidence.facts.howSure')}>
          {' '}
          {tr('evidence.facts.measures', { confidence: formatPercent(s.confidence), strength: formatPercent(s.strength) })}
        </span>
      </div>
      <ul className="suggestion-reasons">
        {s.reasons.map((r) => (
          <li key={r.code}>{r.message}</li>
        ))}
      </ul>
      <WorkList works={s.works} />
    </>
  );
}
