import { useQuery } from '@apollo/client/react';
import { SectionState } from '@shared/ui/Provenance.js';
import { COMMITTEE_ROLE_LABELS } from '@shared/vocabulary/labels.js';
import { CATALOG_WORDS } from '@shared/vocabulary/read-model-words.js';
import { programKindLabel } from '@shared/vocabulary/words.js';
import { EntityLink, useMapView } from '../../influence-map/index.js';
import { ProgramDetailsQuery } from '../graphql/program-details-query.js';
import { ItemSection, PeopleInline, ProductList } from './parts.js';

/** A programme as of the map's date: the products on its list, who drafts it, where it applies. */
export function ProgramPanel({ id }: { id: string }) {
  const [view] = useMapView();
  const result = useQuery(ProgramDetailsQuery, { variables: { id, asOf: view.asOf } });
  const program = result.data?.program;
  if (!program) return <SectionState loading={result.loading} error={result.error} empty={!!result.data && CATALOG_WORDS.programNotInGraph} />;
  const facts = [program.kind ? programKindLabel(program.kind) : null, program.year, ...program.territories.map((t) => t.name), ...program.therapeuticAreas.map((a) => a.name)].filter(Boolean);
  const drafters = program.drafters.length + program.draftingCommittees.length;
  return (
    <div className="program-panel" data-testid="program-panel">
      <h2>{program.name}</h2>
      <p className="muted">{facts.join(' · ')}</p>
      <ItemSection title={view.asOf ? CATALOG_WORDS.productsListedAsOf(view.asOf) : CATALOG_WORDS.productsListed} count={program.products.length} testId="program-products">
        {program.products.length === 0 ? <p className="muted">{CATALOG_WORDS.noProducts}</p> : <ProductList products={program.products} />}
      </ItemSection>
      <ItemSection title={CATALOG_WORDS.draftedBy} count={drafters} testId="program-drafters">
        {drafters === 0 && <p className="muted">{CATALOG_WORDS.noProgramDrafters}</p>}
        <ul className="plain tie-rows">
          {program.draftingCommittees.map((c) => (
            <li key={c.id} className="tie-row">
              <div className="tie-main">
                <span className="tie-other">
                  <EntityLink entity={{ __typename: 'Committee', ...c }} />
                </span>
              </div>
              <ul className="plain seat-list">
                {c.members.map((m) => (
                  <li key={m.person.id}>
                    <span className="seat-role">{COMMITTEE_ROLE_LABELS[m.role]}</span> <EntityLink entity={{ __typename: 'Person', ...m.person }} />
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
        {program.drafters.length > 0 && <PeopleInline people={program.drafters} />}
      </ItemSection>
    </div>
  );
}
