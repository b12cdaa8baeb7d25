import { useQuery } from '@apollo/client/react';
import { daysBetween } from '../../../shared/dates.js';
import { humanize } from '../../../shared/format.js';
import { TendersQuery } from '../../../shared/graphql/tenders-query.js';
import { StanceSwatch } from '../../../shared/visual-encoding/Swatch.js';
import { DECISION_ROLE_LABELS, TENDER_STATUS_LABELS } from '../../../shared/vocabulary/labels.js';
import { stageLabel } from '../../../shared/vocabulary/words.js';
import { useMapActions, useMapToday, useMapView, usePickNode } from '../../influence-map/index.js';
import { useDecisionGroup, useSpecShapers, useTenderId } from '../hooks/use-tender-questions.js';
import { TenderFacts } from './TenderFacts.js';
import { WatchButton } from '../../changes/index.js';

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
          <span>Tender</span>
          <select value={tenderId ?? ''} onChange={(e) => update({ tender: e.target.value || null }, 'push')} data-testid="tender-picker">
            <option value="">Choose a tender…</option>
            {tenders.data?.tenders.map((t) => (
              <option key={t.id} value={t.id}>
                {t.date ?? 'undated'} · {t.name}
              </option>
            ))}
          </select>
        </label>
      )}
      {!tenderId && (
        <p className="empty-state">
          {tenders.data?.tenders.length === 0
            ? 'No tenders in this territory yet. Add one through the API (upsertTender) or an import.'
            : 'Choose a tender to see who shapes its specification and which decision-group roles we reach.'}
        </p>
      )}

      {tender && (
        <header className="tender-head">
          <h2>{tender.name}</h2>
          <p className="muted">
            {tender.status ? TENDER_STATUS_LABELS[tender.status] : 'No status'} · {tender.date ?? 'no date'}
            {tender.date ? ` (${daysBetween(today, tender.date) >= 0 ? `in ${daysBetween(today, tender.date)} days` : 'held'})` : ''}
            {tender.issuer ? ` · issued by ${tender.issuer.name}` : ''}
            {tender.value ? ` · ${tender.value.toLocaleString()} ${tender.currency ?? ''}` : ''}
          </p>
          <WatchButton id={tender.id} />
        </header>
      )}

      {tenderId && <TenderFacts key={tenderId} tenderId={tenderId} />}

      {tenderId && (
        <section className="panel-section">
          <h3>Decision-group coverage</h3>
          {decision.loading && !group && <p className="muted loading">Checking our coverage…</p>}
          {decision.error && <p className="error">Could not read the decision group: {decision.error.message}</p>}
          {group && (
            <>
              <div className="coverage">
                <span className="bar big">
                  <span style={{ width: `${Math.round(group.coverage * 100)}%` }} />
                </span>
                <strong>{Math.round(group.coverage * 100)}% of roles covered</strong>
              </div>
              {group.roles.some((r) => !r.covered) && (
                <p className="warning">
                  Not reached: {group.roles.filter((r) => !r.covered).map((r) => DECISION_ROLE_LABELS[r.role]).join(', ')}. Their members are ringed in orange-red on the map.
                </p>
              )}
              <ul className="roles" data-testid="decision-roles">
                {group.roles.map((r) => (
                  <li key={r.role} className={r.covered ? 'covered' : 'uncovered'} onMouseEnter={() => setHover(r.members.map((m) => m.person.id))} onMouseLeave={() => setHover(null)}>
                    <div className="role-head">
                      <span className="role-mark" aria-label={r.covered ? 'covered' : 'not covered'}>
                        {r.covered ? '✓' : '✗'}
                      </span>
                      <strong>{DECISION_ROLE_LABELS[r.role]}</strong>
                      <span className="muted">best stage: {stageLabel(r.bestStage)}</span>
                    </div>
                    {r.members.length === 0 ? (
                      <p className="muted small">Nobody known in this role: find out who holds it.</p>
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
                    <p className="small muted">Weighs {r.weighs.join(', ')}. {r.advice}</p>
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
            <h3>Who shapes the specification</h3>
            <label className="check">
              <input type="checkbox" checked={shapersOn} onChange={(e) => update({ shapers: e.target.checked })} data-testid="toggle-shapers" />
              Light paths on map
            </label>
          </div>
          {!shapersOn && <p className="muted">Turn on “Light paths on map” to list the drafters and the people who influence them.</p>}
          {shapersOn && shapers.loading && !shapers.data && <p className="muted loading">Tracing influence up to 3 hops…</p>}
          {shapersOn && shapers.error && <p className="error">Could not trace the shapers: {shapers.error.message}</p>}
          {shapersOn && shapers.data?.specShapers.length === 0 && <p className="empty-state">Nobody drafts this tender yet: record its drafters (DRAFTS ties or specification_author roles).</p>}
          {shapersOn && shapers.data && (
            <ol className="shaper-list" onMouseLeave={() => setShaperFocus(null)} data-testid="shaper-list">
              {shapers.data.specShapers.map((s) => (
                <li key={s.person.id} onMouseEnter={() => setShaperFocus(s.person.id)} onClick={() => pick(s.person.id)}>
                  <div className="shaper-head">
                    <StanceSwatch stance={s.stance} dot />
                    <strong>{s.person.name}</strong>
                    <span className="score">{s.score.toFixed(2)}</span>
                  </div>
                  <p className="small muted">
                    {s.hops === 0 ? `Drafter (${humanize(s.drafterRole)})` : `${s.hops} hop${s.hops > 1 ? 's' : ''}: ${s.path.map((p) => p.name).join(' → ')}`}
                    {' · '}
                    {s.ourContact ? `we reach them: ${stageLabel(s.ourStage)} via ${s.ourContact.name}` : 'not reached by us'}
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
