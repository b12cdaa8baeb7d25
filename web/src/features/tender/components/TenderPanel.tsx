import { useQuery } from '@apollo/client/react';
import { daysBetween, numericDate } from '@shared/dates.js';
import { formatAmount, formatFixed, formatPercent } from '@shared/format.js';
import { tr } from '@shared/i18n/intl.js';
import { TendersQuery } from '@shared/graphql/tenders-query.js';
import { StanceSwatch } from '@shared/visual-encoding/Swatch.js';
import { DECISION_ROLE_LABELS, NODE_LABEL_LABELS, TENDER_PROCEDURE_LABELS, TENDER_STATUS_LABELS } from '@shared/vocabulary/labels.js';
import { stageLabel } from '@shared/vocabulary/words.js';
import { useMapActions, useMapToday, useMapView, usePickNode } from '../../influence-map/index.js';
import { useDecisionGroup, useSpecShapers, useTenderId } from '../hooks/use-tender-questions.js';
import { TenderFacts } from './TenderFacts.js';
import { WatchButton } from '../../changes/index.js';
import { drafterRoleLabel, roleAdvice, weighsList } from '../tender-words.js';

/** A tender: its facts (lots, competitors, drafters, status, outcome), its decision group and our coverage, and who shapes its specification (lit on the map). */
export function TenderPanel() {
  const [view, update] = useMapView();
  const tenderId = useTenderId();
  const today = useMapToday();
  const shapers = useSpecShapers();
  const decision = useDecisionGroup();
  const { setShaperFocus, setHover } = useMapActions();
  const pick = usePickNode();
  const territoryId = view.scope?.kind === 'territory' ? view.scope.id : null;
  const fixedByScope = view.scope?.kind === 'tender';
  const shapersOn = view.shapers;
  const tenders = useQuery(TendersQuery, { variables: { territoryId } });
  const group = decision.data?.decisionGroup;
  const tender = group?.tender;

  return (
    <div className="tender-panel" data-testid="tender-panel">
      {!fixedByScope && (
        <label className="field">
          <span>{NODE_LABEL_LABELS.Tender}</span>
          <select value={tenderId ?? ''} onChange={(e) => update({ tender: e.target.value || null }, 'push')} data-testid="tender-picker">
            <option value="">{tr('tender.choose')}</option>
            {tenders.data?.tenders.map((t) => (
              <option key={t.id} value={t.id}>
                {t.date ? numericDate(t.date) : tr('tender.undated')} · {t.name}
              </option>
            ))}
          </select>
        </label>
      )}
      {!tenderId && (
        <p className="empty-state">
          {tenders.data?.tenders.length === 0
            ? tr('tender.noneInTerritory')
            : tr('tender.chooseHint')}
        </p>
      )}

      {tender && (
        <header className="tender-head">
          <h2>{tender.name}</h2>
          <p className="muted">
            {tender.procedure ? `${TENDER_PROCEDURE_LABELS[tender.procedure]} · ` : ''}
            {tender.status ? TENDER_STATUS_LABELS[tender.status] : tr('tender.noStatus')} · {tender.date ? numericDate(tender.date) : tr('tender.noDate')}
            {tender.date ? tr('tender.when', { held: daysBetween(today, tender.date) < 0, days: daysBetween(today, tender.date) }) : ''}
            {tender.issuer ? tr('tender.issuedBy', { name: tender.issuer.name }) : ''}
            {tender.value ? ` · ${formatAmount(tender.value, tender.currency)}` : ''}
          </p>
          <WatchButton id={tender.id} />
        </header>
      )}

      {tenderId && <TenderFacts key={tenderId} tenderId={tenderId} />}

      {tenderId && (
        <section className="panel-section">
          <h3>{tr('tender.coverage')}</h3>
          {decision.loading && !group && <p className="muted loading">{tr('tender.checkingCoverage')}</p>}
          {decision.error && <p className="error">{tr('tender.coverageFailed', { message: decision.error.message })}</p>}
          {group && (
            <>
              <div className="coverage">
                <span className="bar big">
                  <span style={{ width: `${Math.round(group.coverage * 100)}%` }} />
                </span>
                <strong>{tr('tender.rolesCovered', { percent: formatPercent(group.coverage) })}</strong>
              </div>
              {group.roles.some((r) => !r.covered) && (
                <p className="warning">
                  {tr('tender.notReached', { roles: group.roles.filter((r) => !r.covered).map((r) => DECISION_ROLE_LABELS[r.role]).join(', ') })}
                </p>
              )}
              <ul className="roles" data-testid="decision-roles">
                {group.roles.map((r) => (
                  <li key={r.role} className={r.covered ? 'covered' : 'uncovered'} onMouseEnter={() => setHover(r.members.map((m) => m.person.id))} onMouseLeave={() => setHover(null)}>
                    <div className="role-head">
                      <span className="role-mark" aria-label={r.covered ? tr('tender.covered') : tr('tender.notCovered')}>
                        {r.covered ? '✓' : '✗'}
                      </span>
                      <strong>{DECISION_ROLE_LABELS[r.role]}</strong>
                      <span className="muted">{tr('tender.bestStage', { stage: stageLabel(r.bestStage) })}</span>
                    </div>
                    {r.members.length === 0 ? (
                      <p className="muted small">{tr('tender.nobodyInRole')}</p>
                    ) : (
                      <p className="small">
                        {r.members.map((m, i) => (
                          <span key={m.person.id}>
                            {i > 0 && ', '}
                            <button type="button" className="link-button" onClick={() => pick(m.person.id)}>
                              {m.person.name}
                            </button>{' '}
                            <span className="muted">({stageLabel(m.stage)})</span>
                          </span>
                        ))}
                      </p>
                    )}
                    <p className="small muted">
                      {tr('tender.weighs', { list: weighsList(r.weighs) })} {roleAdvice(r)}
                    </p>
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
      )}

      {tenderId && (
        <section className="panel-section">
          <div className="panel-heading">
            <h3>{tr('tender.shapersHeading')}</h3>
            <label className="check">
              <input type="checkbox" checked={shapersOn} onChange={(e) => update({ shapers: e.target.checked })} data-testid="toggle-shapers" />
              {tr('tender.lightPaths')}
            </label>
          </div>
          {!shapersOn && <p className="muted">{tr('tender.shapersOff', { toggle: tr('tender.lightPaths') })}</p>}
          {shapersOn && shapers.loading && !shapers.data && <p className="muted loading">{tr('tender.tracing', { hops: 3 })}</p>}
          {shapersOn && shapers.error && <p className="error">{tr('tender.shapersFailed', { message: shapers.error.message })}</p>}
          {shapersOn && shapers.data?.specShapers.length === 0 && <p className="empty-state">{tr('tender.noDrafters')}</p>}
          {shapersOn && shapers.data && (
            <ol className="shaper-list" onMouseLeave={() => setShaperFocus(null)} data-testid="shaper-list">
              {shapers.data.specShapers.map((s) => (
                <li key={s.person.id} onMouseEnter={() => setShaperFocus(s.person.id)} onClick={() => pick(s.person.id)}>
                  <div className="shaper-head">
                    <StanceSwatch stance={s.stance} dot />
                    <strong>{s.person.name}</strong>
                    <span className="score">{formatFixed(s.score, 2)}</span>
                  </div>
                  <p className="small muted">
                    {s.hops === 0 ? tr('tender.drafter', { role: drafterRoleLabel(s.drafterRole) }) : tr('tender.hops', { hops: s.hops, path: s.path.map((p) => p.name).join(' → ') })}
                    {' · '}
                    {s.ourContact ? tr('tender.weReach', { stage: stageLabel(s.ourStage), name: s.ourContact.name }) : tr('tender.notReachedByUs')}
                  </p>
                </li>
              ))}
            </ol>
          )}
        </section>
      )}
    </div>
  );
}
