import { useQuery } from '@apollo/client/react';
import { numericDate, relativeDays, shortDate } from '@shared/dates.js';
import { formatAmount, formatCount } from '@shared/format.js';
import { Fact } from '@shared/ui/Fact.js';
import { Provenance, SectionState } from '@shared/ui/Provenance.js';
import { TENDER_STATUS_LABELS } from '@shared/vocabulary/labels.js';
import { LIST_WORDS, TENDER_FACT_WORDS } from '@shared/vocabulary/read-model-words.js';
import { slug } from '@shared/vocabulary/values.js';
import { entityKindLabel, personCategoryLabel } from '@shared/vocabulary/words.js';
import { EntityLink, useMapToday, useMapView } from '../../influence-map/index.js';
import { TenderFactsQuery } from '../graphql/tender-facts-query.js';
import { groupLots } from '../tender-lots.js';

/** What the tender is: when it is prepared and held, how its status moved, who won; its lots, competitors and drafters. */
export function TenderFacts({ tenderId }: { tenderId: string }) {
  const [view] = useMapView();
  const today = useMapToday();
  const result = useQuery(TenderFactsQuery, { variables: { id: tenderId, asOf: view.asOf } });
  const tender = result.data?.tender;
  if (!tender) return <SectionState loading={result.loading} error={result.error} empty={!!result.data && TENDER_FACT_WORDS.notInGraph} />;
  const lots = groupLots(tender.lots);
  const { outcome } = tender;
  const drafters = tender.draftingCommittees.length + tender.draftingPeople.length;
  return (
    <>
      <dl className="facts tender-facts" data-testid="tender-facts">
        {tender.preparationStart && (
          <Fact label={TENDER_FACT_WORDS.preparation}>
            {TENDER_FACT_WORDS.preparationStarts(tender.preparationStart, today)} <span className="muted">({relativeDays(tender.preparationStart, today)})</span>
          </Fact>
        )}
        {tender.statusHistory.length > 0 && (
          <Fact label={TENDER_FACT_WORDS.status}>
            <ol className="status-flow" data-testid="tender-status-history">
              {tender.statusHistory.map((s, i) => (
                <li key={`${s.status}-${s.on ?? i}`} className={i === tender.statusHistory.length - 1 ? 'current' : ''} data-status={slug(s.status)}>
                  <strong>{TENDER_STATUS_LABELS[s.status]}</strong> {s.on && <span className="muted">{shortDate(s.on, today)}</span>}
                </li>
              ))}
            </ol>
          </Fact>
        )}
        {outcome && (
          <Fact label={TENDER_FACT_WORDS.awardedTo}>
            <span data-testid="tender-outcome">
              <EntityLink entity={{ __typename: 'Institution', ...outcome.winner }} />
              {outcome.winner.ours && <span className="tag ours">{LIST_WORDS.ours}</span>}
              {outcome.price !== null && <span> · {formatAmount(outcome.price, outcome.currency)}</span>}
              {outcome.on && <span className="muted"> · {numericDate(outcome.on)}</span>}
            </span>
            <Provenance source={outcome.source} confidence={null} />
          </Fact>
        )}
      </dl>

      <section className="panel-section" data-testid="tender-lots">
        <h3>
          {TENDER_FACT_WORDS.lots} <span className="count">{lots.length}</span>
        </h3>
        {lots.length === 0 && <p className="muted">{TENDER_FACT_WORDS.noLots}</p>}
        {lots.length > 0 && (
          <table className="lots-table">
            <thead>
              <tr>
                <th className="num">{TENDER_FACT_WORDS.lot}</th>
                <th>{TENDER_FACT_WORDS.productsOffered}</th>
                <th className="num">{TENDER_FACT_WORDS.quantity}</th>
              </tr>
            </thead>
            <tbody>
              {lots.map((l) => (
                <tr key={l.lot ?? 'none'} className={l.ours ? 'ours' : ''} data-lot={l.lot ?? ''} data-ours={l.ours}>
                  <td className="num lot-number">{l.lot ?? '–'}</td>
                  <td>
                    {l.inns.length > 0 && <div className="lot-inn">{l.inns.join(', ')}</div>}
                    <ul className="plain lot-products">
                      {l.products.map((p) => (
                        <li key={p.id} data-product-id={p.id}>
                          <EntityLink entity={{ __typename: 'Product', ...p }} />
                          {p.ours ? <span className="tag ours">{LIST_WORDS.ours}</span> : p.maker && <span className="muted small"> · {p.maker.name}</span>}
                        </li>
                      ))}
                    </ul>
                  </td>
                  <td className="num">{l.quantity !== null ? formatCount(l.quantity) : '–'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <section className="panel-section" data-testid="tender-competitors">
        <h3>
          {TENDER_FACT_WORDS.competitors} <span className="count">{tender.competitors.length}</span>
        </h3>
        {tender.competitors.length === 0 && <p className="muted">{TENDER_FACT_WORDS.noCompetitors}</p>}
        <ul className="chip-list">
          {tender.competitors.map((c) => (
            <li key={c.id} className={c.ours ? 'chip-item ours' : 'chip-item'} data-company-id={c.id}>
              <EntityLink entity={{ __typename: 'Institution', ...c }} />
              {c.ours && <span className="tag ours">{LIST_WORDS.ours}</span>}
            </li>
          ))}
        </ul>
      </section>

      <section className="panel-section" data-testid="tender-drafters">
        <h3>
          {TENDER_FACT_WORDS.draftedBy} <span className="count">{drafters}</span>
        </h3>
        {drafters === 0 && <p className="muted">{TENDER_FACT_WORDS.noDrafters}</p>}
        <ul className="plain tie-rows">
          {tender.draftingCommittees.map((c) => (
            <li key={c.id} className="tie-row">
              <EntityLink entity={{ __typename: 'Committee', ...c }} /> <span className="muted small">{entityKindLabel('Committee', c.kind)}</span>
            </li>
          ))}
          {tender.draftingPeople.map((p) => (
            <li key={p.id} className="tie-row">
              <EntityLink entity={{ __typename: 'Person', ...p }} /> <span className="muted small">{personCategoryLabel(p.category)}</span>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
