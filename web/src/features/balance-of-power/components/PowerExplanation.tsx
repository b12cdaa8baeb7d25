import { skipToken, useQuery } from '@apollo/client/react';
import { scopeInput } from '../../../shared/urls/map-view.js';
import { POWER_FACTOR_LABELS } from '../../../shared/vocabulary/labels.js';
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
  if (!rank) return <p className="muted">Not ranked in this scope (no power score).</p>;
  if (result.loading && !result.data) return <p className="muted loading">Explaining the score…</p>;
  if (result.error) return <p className="error">Could not explain the score: {result.error.message}</p>;
  const row = result.data?.balanceOfPower.ranking.find((r) => r.person.id === personId);
  if (!row) return <p className="muted">Not ranked in this scope on this date.</p>;
  return (
    <div className="explanation" data-testid="power-explanation">
      <p>
        Rank <strong>#{row.rank}</strong>, score <strong>{row.score.toFixed(2)}</strong> = sum of weighted factors:
      </p>
      {row.explanation.map((f) => (
        <div key={f.factor} className="factor">
          <div className="factor-head">
            <span>{POWER_FACTOR_LABELS[f.factor]}</span>
            <span className="muted">
              {f.value.toFixed(2)} × {f.weight} = <strong>{f.contribution.toFixed(2)}</strong>
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
