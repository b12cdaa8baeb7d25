import { skipToken, useQuery } from '@apollo/client/react';
import type { ReactNode } from 'react';
import { FormattedMessage } from 'react-intl';
import { formatFixed, formatScore } from '@shared/format.js';
import { tr } from '@shared/i18n/intl.js';
import { scopeInput } from '@shared/urls/map-view.js';
import { POWER_FACTOR_LABELS } from '@shared/vocabulary/labels.js';
import { useMapActions, useMapView } from '../../influence-map/index.js';
import { PowerExplanationQuery } from '../graphql/power-explanation-query.js';

/** Why a person scores what they score: each factor, its weight and the ties or roles behind it. */
export function PowerExplanation({ personId, rank }: { personId: string; rank: number | null }) {
  const [{ scope, asOf, area, without }] = useMapView();
  const { setHover: onHover } = useMapActions();
  const result = useQuery(
    PowerExplanationQuery,
    rank && scope ? { variables: { scope: scopeInput(scope), asOf, therapeuticArea: area, without: without.length ? [...without] : null, first: Math.min(500, rank) } } : skipToken,
  );
  if (!rank) return <p className="muted">{tr('power.notRanked')}</p>;
  if (result.loading && !result.data) return <p className="muted loading">{tr('power.explaining')}</p>;
  if (result.error) return <p className="error">{tr('power.explainFailed', { message: result.error.message })}</p>;
  const row = result.data?.balanceOfPower.ranking.find((r) => r.person.id === personId);
  if (!row) return <p className="muted">{tr('power.notRankedOnDate')}</p>;
  return (
    <div className="explanation" data-testid="power-explanation">
      <p>
        <FormattedMessage id="power.rankAndScore" values={{ rank: row.rank, score: formatFixed(row.score, 2), strong: (chunks: ReactNode[]) => <strong>{chunks}</strong> }} />
      </p>
      {row.explanation.map((f) => (
        <div key={f.factor} className="factor">
          <div className="factor-head">
            <span>{POWER_FACTOR_LABELS[f.factor]}</span>
            <span className="muted">
              {formatFixed(f.value, 2)} × {formatScore(f.weight)} = <strong>{formatFixed(f.contribution, 2)}</strong>
            </span>
          </div>
          <span className="bar">
            <span style={{ width: `${Math.min(100, f.value * 100)}%` }} />
          </span>
          {f.evidence.length > 0 && (
            <ul className="evidence" onMouseLeave={() => onHover(null)}>
              {f.evidence.map((e, i) => (
                <li key={i} onMouseEnter={() => onHover(e.ids)}>
                  {e.description}
                </li>
              ))}
            </ul>
          )}
        </div>
      ))}
    </div>
  );
}
