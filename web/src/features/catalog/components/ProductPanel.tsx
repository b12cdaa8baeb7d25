import { useQuery } from '@apollo/client/react';
import { numericDate } from '@shared/dates.js';
import { formatCount } from '@shared/format.js';
import { SectionState } from '@shared/ui/Provenance.js';
import { TENDER_STATUS_LABELS } from '@shared/vocabulary/labels.js';
import { CATALOG_WORDS, LIST_WORDS, TENDER_FACT_WORDS } from '@shared/vocabulary/read-model-words.js';
import { programKindLabel } from '@shared/vocabulary/words.js';
import { EntityLink, useMapView } from '../../influence-map/index.js';
import { ProductDetailsQuery } from '../graphql/product-details-query.js';
import { ItemSection } from './parts.js';

/** A product: ours or whose, the programmes that list it and the tender lots it is in. */
export function ProductPanel({ id }: { id: string }) {
  const [view] = useMapView();
  const result = useQuery(ProductDetailsQuery, { variables: { id, asOf: view.asOf } });
  const product = result.data?.product;
  if (!product) return <SectionState loading={result.loading} error={result.error} empty={!!result.data && CATALOG_WORDS.productNotInGraph} />;
  const facts = [product.inn, product.form, product.sku, ...product.therapeuticAreas.map((a) => a.name)].filter(Boolean);
  return (
    <div className="product-panel" data-testid="product-panel">
      <h2>
        {product.name}
        {product.ours && <span className="tag ours">{LIST_WORDS.ours}</span>}
      </h2>
      {product.maker && <p>{product.maker.name}</p>}
      <p className="muted">{facts.join(' · ')}</p>
      <ItemSection title={CATALOG_WORDS.inPrograms} count={product.programs.length} testId="product-programs">
        {product.programs.length === 0 && <p className="muted">{CATALOG_WORDS.onNoProgram}</p>}
        <ul className="plain tie-rows">
          {product.programs.map((p) => (
            <li key={p.id} className="tie-row">
              <div className="tie-main">
                <span className="tie-other">
                  <EntityLink entity={{ __typename: 'Program', ...p }} />
                </span>
              </div>
              <div className="tie-meta">{[p.kind ? programKindLabel(p.kind) : null, p.year].filter(Boolean).join(' · ')}</div>
            </li>
          ))}
        </ul>
      </ItemSection>
      <ItemSection title={CATALOG_WORDS.inTenderLots} count={product.tenderLots.length} testId="product-lots">
        {product.tenderLots.length === 0 && <p className="muted">{CATALOG_WORDS.inNoLot}</p>}
        <ul className="plain tie-rows">
          {product.tenderLots.map((l) => (
            <li key={`${l.tender.id}-${l.lot ?? ''}`} className="tie-row">
              <div className="tie-main">
                <span className="tie-other">
                  <EntityLink entity={{ __typename: 'Tender', ...l.tender }} />
                </span>
              </div>
              <div className="tie-meta">
                {[l.lot !== null ? TENDER_FACT_WORDS.lotNumbered(l.lot) : null, l.quantity !== null ? formatCount(l.quantity) : null, l.tender.date ? numericDate(l.tender.date) : null, l.tender.status ? TENDER_STATUS_LABELS[l.tender.status] : null].filter(Boolean).join(' · ')}
              </div>
            </li>
          ))}
        </ul>
      </ItemSection>
    </div>
  );
}
