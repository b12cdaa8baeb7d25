import { skipToken, useQuery } from '@apollo/client/react';
import { useMemo, useState, type ReactNode } from 'react';
import { FormattedMessage } from 'react-intl';
import { numericDate } from '@shared/dates.js';
import { formatFixed } from '@shared/format.js';
import { tr } from '@shared/i18n/intl.js';
import type { GraphNodeFieldsFragment } from '../../../gql/graphql.js';
import { RoleKind } from '../../../gql/vocabulary.js';
import { scopeInput } from '@shared/urls/map-view.js';
import { coalitionColour, STANCE_COLOURS } from '@shared/visual-encoding/encoding.js';
import { Swatch } from '@shared/visual-encoding/Swatch.js';
import { COALITION_LEANING_LABELS, RELATIONSHIP_STAGE_LABELS, ROLE_KIND_LABELS, STANCE_LABELS } from '@shared/vocabulary/labels.js';
import { stanceWord } from '@shared/vocabulary/stance.js';
import { slug } from '@shared/vocabulary/values.js';
import { personCategoryLabel, roleLabel } from '@shared/vocabulary/words.js';
import { useMapActions, useMapGraph, useMapSettled, useMapView, usePickNode } from '../../influence-map/index.js';
import { BalanceOfPowerQuery } from '../graphql/balance-of-power-query.js';
import { BaselineRankingQuery } from '../graphql/baseline-ranking-query.js';

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

/** The balance of power in the map's scope: the ranking (hover lights a person), coalitions, what may change. */
export function PowerRanking() {
  const [view] = useMapView();
  const { nodeById, data: map } = useMapGraph();
  const { setHover } = useMapActions();
  const pick = usePickNode();
  const coalitions = map?.coalitions ?? [];
  const { without, selected } = view;
  const [first, setFirst] = useState(30);
  const variables = view.scope ? { scope: scopeInput(view.scope), asOf: view.asOf, therapeuticArea: view.area, first } : null;
  // Asked once the map is drawn (the map's query goes first).
  const settled = useMapSettled();
  const ranking = useQuery(BalanceOfPowerQuery, settled && variables ? { variables: { ...variables, without: without.length ? [...without] : null } } : skipToken);
  const baseline = useQuery(BaselineRankingQuery, settled && variables && without.length ? { variables } : skipToken);
  const data = (ranking.data ?? ranking.previousData)?.balanceOfPower;
  const deltas = useMemo(
    () => (baseline.data && data ? rankDeltas(baseline.data.balanceOfPower.ranking, data.ranking) : null),
    [baseline.data, data],
  );

  if (ranking.error && !data) return <p className="error" role="alert">{tr('power.couldNotCompute', { message: ranking.error.message })}</p>;
  if (!data) return <p className="muted loading">{tr('power.computing')}</p>;
  if (data.ranking.length === 0) return <p className="empty-state">{tr('power.nobody')}</p>;
  const max = data.ranking[0]?.score || 1;

  return (
    <div className="power-ranking">
      <p className="muted small">
        {tr('power.inScope', { count: data.peopleInScope, date: numericDate(data.asOf) })}
        {without.length > 0 && <strong>{tr('power.whatIf', { count: without.length })}</strong>}
      </p>
      <ol className="rank-list" onMouseLeave={() => setHover(null)} data-testid="power-ranking">
        {data.ranking.map((r) => {
          const node = nodeById.get(r.person.id);
          const bucket = stanceWord(node?.stance);
          const delta = deltas?.get(r.person.id);
          return (
            <li
              key={r.person.id}
              className={selected === r.person.id ? 'selected' : ''}
              onMouseEnter={() => setHover([r.person.id])}
              onClick={() => pick(r.person.id)}
              data-person-id={r.person.id}
            >
              <span className="rank">{r.rank}</span>
              <Swatch colour={STANCE_COLOURS[bucket]} dot title={tr('power.stanceTitle', { stance: STANCE_LABELS[bucket] })} />
              <span className="who">
                <span className="name">{r.person.name}</span>
                <span className="meta">
                  {personCategoryLabel(r.person.category)}
                  {node?.stage ? ` · ${RELATIONSHIP_STAGE_LABELS[node.stage]}` : ''}
                </span>
              </span>
              {delta !== undefined && delta !== 0 && (
                <span className={`delta ${delta === 'new' || delta > 0 ? 'up' : 'down'}`} title={tr('power.deltaTitle')}>
                  {delta === 'new' ? tr('power.new') : delta > 0 ? `▲${delta}` : `▼${-delta}`}
                </span>
              )}
              <span className="bar" aria-label={tr('power.scoreLabel', { score: formatFixed(r.score, 2) })}>
                <span style={{ width: `${(r.score / max) * 100}%` }} />
              </span>
              <span className="score">{formatFixed(r.score, 2)}</span>
            </li>
          );
        })}
      </ol>
      {data.ranking.length >= first && first < 300 && (
        <button type="button" className="link-button" onClick={() => setFirst(first * 3)}>
          {tr('power.showMore')}
        </button>
      )}

      {coalitions.length > 0 && (
        <section className="coalitions">
          <h3>{tr('power.coalitions')}</h3>
          <ul onMouseLeave={() => setHover(null)}>
            {coalitions.slice(0, 8).map((c, i) => (
              <li key={i} onMouseEnter={() => setHover(membersOnMap(nodeById, i))}>
                <Swatch colour={coalitionColour(i)} />
                {tr('power.coalition', { number: i + 1, count: c.memberCount, power: formatFixed(c.power, 1) })}{' '}
                <strong className={`lean ${slug(c.leaning)}`}>{COALITION_LEANING_LABELS[c.leaning]}</strong>
              </li>
            ))}
          </ul>
        </section>
      )}

      {(data.whatMayChange.endingTerms.length > 0 || data.whatMayChange.newTies.length > 0) && (
        <section className="what-may-change">
          <h3>{tr('power.whatMayChange')}</h3>
          <ul>
            {data.whatMayChange.endingTerms.map((t, i) => (
              <li key={`t${i}`} onMouseEnter={() => setHover([t.person.id])} onClick={() => pick(t.person.id)}>
                <FormattedMessage
                  id="power.termEnds"
                  values={{
                    name: t.person.name,
                    role: <span title={ROLE_KIND_LABELS[t.kind]}>{t.kind === RoleKind.POSITION ? t.role : roleLabel(t.role)}</span>,
                    at: t.at,
                    until: numericDate(t.until),
                    strong: (chunks: ReactNode[]) => <strong>{chunks}</strong>,
                  }}
                />
              </li>
            ))}
            {data.whatMayChange.newTies.map((t, i) => (
              <li key={`n${i}`} onMouseEnter={() => setHover([t.from.id, t.to.id])}>
                <FormattedMessage
                  id="power.newInfluence"
                  values={{ from: t.from.name, to: t.to.name, strength: formatFixed(t.strength, 2), since: t.since ? numericDate(t.since) : '', strong: (chunks: ReactNode[]) => <strong>{chunks}</strong> }}
                />
              </li>
            ))}
          </ul>
          {(data.whatMayChange.endingTermCount > data.whatMayChange.endingTerms.length ||
            data.whatMayChange.newTieCount > data.whatMayChange.newTies.length) && (
            <p className="muted" data-testid="what-may-change-totals">
              {tr('power.inAll', { terms: data.whatMayChange.endingTermCount, ties: data.whatMayChange.newTieCount })}
            </p>
          )}
        </section>
      )}
    </div>
  );
}
