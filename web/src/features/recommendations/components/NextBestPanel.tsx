import { skipToken, useQuery } from '@apollo/client/react';
import { useEffect } from 'react';
import { FormattedMessage } from 'react-intl';
import { Link } from 'react-router';
import { tr } from '@shared/i18n/intl.js';
import { mapNodeHref } from '@shared/urls/map-view.js';
import { createPlanHref } from '@shared/urls/plans.js';
import { stageLabel } from '@shared/vocabulary/words.js';
import { NextBestRelationshipsQuery } from '../graphql/next-best-relationships-query.js';
import { recommendationChains, scorePct } from '../recommendation-highlight.js';

export interface NextBestScope {
  territoryId?: string;
  institutionId?: string;
  committeeId?: string;
  tenderId?: string;
}

export interface NextBestPanelProps {
  scope: NextBestScope | null;
  scopeName?: string | null;
  /** The list is shown (and asked for) only while on. */
  on: boolean;
  onToggle(on: boolean): void;
  first?: number;
  /** Light these chains (introducer → person) on the map; null clears them. */
  onShow?(chains: string[][] | null): void;
  onHover?(ids: string[] | null): void;
  /** Opens the person (on the map: selects them). */
  onPick?(id: string): void;
  /** Offer "Plan" links to create a plan for a recommended person. */
  mayPlan?: boolean;
}

/** Whose relationship would most raise our reach: power × (1 − our stage) × the best warm path. */
export function NextBestPanel({ scope, scopeName, on, onToggle, first = 5, onShow, onHover, onPick, mayPlan = true }: NextBestPanelProps) {
  const result = useQuery(NextBestRelationshipsQuery, on && scope ? { variables: { scope, first } } : skipToken);
  const recs = result.data?.nextBestRelationships;
  const best = Math.max(1e-9, ...(recs ?? []).map((r) => r.score));

  useEffect(() => {
    if (!onShow) return;
    onShow(on && recs ? recommendationChains(recs) : null);
  }, [on, recs, onShow]);
  useEffect(() => () => onShow?.(null), [onShow]);

  return (
    <section className={`next-best${on ? ' on' : ''}`} data-testid="next-best">
      <div className="next-best-head">
        <div>
          <h3>{tr('recommendations.heading')}</h3>
          {!on && <p className="muted small">{scopeName ? tr('recommendations.introIn', { scope: scopeName }) : tr('recommendations.intro')}</p>}
        </div>
        <button type="button" className={on ? 'on' : ''} aria-pressed={on} onClick={() => onToggle(!on)} data-testid="next-best-toggle" disabled={!scope}>
          {on ? (onShow ? tr('recommendations.hideFromMap') : tr('recommendations.hide')) : onShow ? tr('recommendations.showOnMap') : tr('recommendations.show')}
        </button>
      </div>
      {on && result.loading && !recs && <p className="muted loading">{tr('recommendations.ranking')}</p>}
      {on && result.error && (
        <p className="error" role="alert">
          {tr('recommendations.couldNotRank', { message: result.error.message })}{' '}
          <button type="button" className="link-button" onClick={() => result.refetch()}>
            {tr('common.tryAgain')}
          </button>
        </p>
      )}
      {on && recs && recs.length === 0 && <p className="empty-state">{tr('recommendations.nobody')}</p>}
      {on && recs && recs.length > 0 && (
        <ol className="rec-list" data-testid="next-best-list">
          {recs.map((r, i) => (
            <li
              key={r.person.id}
              data-person-id={r.person.id}
              onMouseEnter={() => onHover?.(r.introducer ? [r.introducer.id, r.person.id] : [r.person.id])}
              onMouseLeave={() => onHover?.(null)}
            >
              <div className="rec-head">
                <span className="rank">{i + 1}</span>
                {onPick ? (
                  <button type="button" className="link-button name" onClick={() => onPick(r.person.id)}>
                    {r.person.title ? `${r.person.title} ` : ''}
                    {r.person.name}
                  </button>
                ) : (
                  <Link className="name" to={mapNodeHref(r.person.id)}>
                    {r.person.title ? `${r.person.title} ` : ''}
                    {r.person.name}
                  </Link>
                )}
                <span className="score" title={tr('recommendations.scoreTitle')}>
                  {scorePct(r.score)}
                </span>
              </div>
              <span className="bar" aria-hidden="true">
                <span style={{ width: `${(r.score / best) * 100}%` }} />
              </span>
              <p className="reason">{r.reason}</p>
              <p className="rec-path small">
                {r.introducer ? (
                  <FormattedMessage
                    id="recommendations.ask"
                    values={{
                      name: onPick ? (
                        <button type="button" className="link-button" onClick={() => onPick(r.introducer!.id)}>
                          {r.introducer.name}
                        </button>
                      ) : (
                        <strong>{r.introducer.name}</strong>
                      ),
                    }}
                  />
                ) : (
                  <span className="muted">{tr('recommendations.noIntroducer')}</span>
                )}
                {r.viaUser ? <span className="muted">{tr('recommendations.pathFrom', { name: r.viaUser.name })}</span> : null}
                <span className="muted">{tr('recommendations.ourStage', { stage: stageLabel(r.ourStage) })}</span>
                {mayPlan && (
                  <Link className="plan-link" to={createPlanHref(r.person.id)} title={tr('recommendations.planTitle')}>
                    {tr('recommendations.plan')}
                  </Link>
                )}
              </p>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
