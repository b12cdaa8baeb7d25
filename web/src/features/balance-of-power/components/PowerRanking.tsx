import { skipToken, useQuery } from '@apollo/client/react';
import { useMemo, useState } from 'react';
import type { GraphNodeFieldsFragment, MapCoalitionFieldsFragment } from '../../../gql/graphql.js';
import { coalitionColour, stanceBucket, STANCE_COLOURS, STAGE_LABELS } from '../../../shared/visual-encoding/encoding.js';
import { humanize } from '../../../shared/format.js';
import { scopeInput, type Scope } from '../../../shared/urls/map-view.js';
import { BalanceOfPowerQuery } from '../graphql/balance-of-power-query.js';
import { BaselineRankingQuery } from '../graphql/baseline-ranking-query.js';
import { useMapSettled } from '../../influence-map/map-settled.js';
import { Swatch } from '../../../shared/visual-encoding/Swatch.js';

export interface PowerRankingProps {
  scope: Scope;
  asOf: string | null;
  area: string | null;
  without: readonly string[];
  nodeById: ReadonlyMap<string, GraphNodeFieldsFragment>;
  coalitions: readonly MapCoalitionFieldsFragment[];
  selected: string | null;
  onHover(ids: string[] | null): void;
  onPick(id: string): void;
}

/** The people of coalition `index` drawn on the map (the map's answer says each person's coalition). */
function membersOnMap(nodeById: ReadonlyMap<string, GraphNodeFieldsFragment>, index: number): string[] {
  const ids: string[] = [];
  for (const n of nodeById.values()) if (n.coalition === index) ids.push(n.id);
  return ids;
}

/** Rank movement caused by the what-if: positive = moved up. */
export function rankDeltas(baseline: readonly { rank: number; person: { id: string } }[], current: readonly { rank: number; person: { id: string } }[]): Map<string, number | 'new'> {
  const before = new Map(baseline.map((r) => [r.person.id, r.rank]));
  const out = new Map<string, number | 'new'>();
  for (const r of current) {
    const b = before.get(r.person.id);
    out.set(r.person.id, b === undefined ? 'new' : b - r.rank);
  }
  return out;
}

export function PowerRanking(props: PowerRankingProps) {
  const [first, setFirst] = useState(30);
  const variables = { scope: scopeInput(props.scope), asOf: props.asOf, therapeuticArea: props.area, first };
  // On the map page, asked once the map is drawn (the map's query goes first).
  const settled = useMapSettled();
  const ranking = useQuery(BalanceOfPowerQuery, settled ? { variables: { ...variables, without: props.without.length ? [...props.without] : null } } : skipToken);
  const baseline = useQuery(BaselineRankingQuery, settled && props.without.length ? { variables } : skipToken);
  const data = (ranking.data ?? ranking.previousData)?.balanceOfPower;
  const deltas = useMemo(
    () => (baseline.data && data ? rankDeltas(baseline.data.balanceOfPower.ranking, data.ranking) : null),
    [baseline.data, data],
  );

  if (ranking.error && !data) return <p className="error" role="alert">Could not compute the balance of power: {ranking.error.message}</p>;
  if (!data) return <p className="muted loading">Computing the balance of power…</p>;
  if (data.ranking.length === 0) return <p className="empty-state">Nobody is in this scope on this date. Pick a later date or another scope.</p>;
  const max = data.ranking[0]?.score || 1;

  return (
    <div className="power-ranking">
      <p className="muted small">
        {data.peopleInScope} people in scope, as of {data.asOf}.
        {props.without.length > 0 && <strong> What-if: {props.without.length} removed; arrows show the change.</strong>}
      </p>
      <ol className="rank-list" onMouseLeave={() => props.onHover(null)} data-testid="power-ranking">
        {data.ranking.map((r) => {
          const node = props.nodeById.get(r.person.id);
          const bucket = stanceBucket(node?.stance);
          const delta = deltas?.get(r.person.id);
          return (
            <li
              key={r.person.id}
              className={props.selected === r.person.id ? 'selected' : ''}
              onMouseEnter={() => props.onHover([r.person.id])}
              onClick={() => props.onPick(r.person.id)}
              data-person-id={r.person.id}
            >
              <span className="rank">{r.rank}</span>
              <Swatch colour={STANCE_COLOURS[bucket]} dot title={`Stance: ${bucket}`} />
              <span className="who">
                <span className="name">{r.person.name}</span>
                <span className="meta">
                  {humanize(r.person.category)}
                  {node?.stage && node.stage !== 'unknown' ? ` · ${STAGE_LABELS[node.stage] ?? node.stage}` : ''}
                </span>
              </span>
              {delta !== undefined && delta !== 0 && (
                <span className={`delta ${delta === 'new' || delta > 0 ? 'up' : 'down'}`} title="Change against the ranking without the what-if">
                  {delta === 'new' ? 'new' : delta > 0 ? `▲${delta}` : `▼${-delta}`}
                </span>
              )}
              <span className="bar" aria-label={`score ${r.score.toFixed(2)}`}>
                <span style={{ width: `${(r.score / max) * 100}%` }} />
              </span>
              <span className="score">{r.score.toFixed(2)}</span>
            </li>
          );
        })}
      </ol>
      {data.ranking.length >= first && first < 300 && (
        <button type="button" className="link-button" onClick={() => setFirst(first * 3)}>
          Show more
        </button>
      )}

      {props.coalitions.length > 0 && (
        <section className="coalitions">
          <h3>Coalitions</h3>
          <ul onMouseLeave={() => props.onHover(null)}>
            {props.coalitions.slice(0, 8).map((c, i) => (
              <li key={i} onMouseEnter={() => props.onHover(membersOnMap(props.nodeById, i))}>
                <Swatch colour={coalitionColour(i)} />
                Coalition {i + 1}: {c.memberCount} people, power {c.power.toFixed(1)},{' '}
                <strong className={`lean ${c.leaning}`}>{c.leaning === 'us' ? 'leans to us' : c.leaning === 'competitors' ? 'leans to competitors' : c.leaning}</strong>
              </li>
            ))}
          </ul>
        </section>
      )}

      {(data.whatMayChange.endingTerms.length > 0 || data.whatMayChange.newTies.length > 0) && (
        <section className="what-may-change">
          <h3>What may change</h3>
          <ul>
            {data.whatMayChange.endingTerms.map((t, i) => (
              <li key={`t${i}`} onMouseEnter={() => props.onHover([t.person.id])} onClick={() => props.onPick(t.person.id)}>
                <strong>{t.person.name}</strong>: {t.role} at {t.at} ends {t.until}
              </li>
            ))}
            {data.whatMayChange.newTies.map((t, i) => (
              <li key={`n${i}`} onMouseEnter={() => props.onHover([t.from.id, t.to.id])}>
                New influence: <strong>{t.from.name}</strong> → {t.to.name} ({t.strength.toFixed(2)}, since {t.since})
              </li>
            ))}
          </ul>
          {(data.whatMayChange.endingTermCount > data.whatMayChange.endingTerms.length ||
            data.whatMayChange.newTieCount > data.whatMayChange.newTies.length) && (
            <p className="muted" data-testid="what-may-change-totals">
              In all: {data.whatMayChange.endingTermCount} terms ending within 6 months, {data.whatMayChange.newTieCount} influence ties
              begun in the last 90 days.
            </p>
          )}
        </section>
      )}
    </div>
  );
}
