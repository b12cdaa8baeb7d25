import { Fragment, useState, type ReactNode } from 'react';
import type { CatalogPersonFieldsFragment, CatalogProductFieldsFragment } from '../../../gql/graphql.js';
import { LIST_WORDS } from '@shared/vocabulary/read-model-words.js';
import { EntityLink, useMapGraph } from '../../influence-map/index.js';

/** Those on the map first, most powerful first; then the others by name. */
export function useByPower<T extends { id: string; name: string }>(people: readonly T[]): T[] {
  const { nodeById } = useMapGraph();
  const rank = (p: T) => nodeById.get(p.id)?.rank ?? Number.POSITIVE_INFINITY;
  return [...people].sort((a, b) => rank(a) - rank(b) || a.name.localeCompare(b.name));
}

/** Many people in a few lines: names that select them on the map, the first `first` and a "Show all". */
export function PeopleInline({ people, first = 15, testId }: { people: readonly CatalogPersonFieldsFragment[]; first?: number; testId?: string }) {
  const [all, setAll] = useState(false);
  const sorted = useByPower(people);
  const shown = all ? sorted : sorted.slice(0, first);
  return (
    <p className="people-inline" data-testid={testId}>
      {shown.map((p, i) => (
        // The comma stays with the name before it (a line never starts with one); lines break between names.
        <Fragment key={p.id}>
          <span className="name-with-comma">
            <EntityLink entity={{ __typename: 'Person', ...p }} />
            {i < shown.length - 1 && ','}
          </span>{' '}
        </Fragment>
      ))}
      {sorted.length > first && (
        <>
          {' '}
          <button type="button" className="link-button small show-all" onClick={() => setAll(!all)}>
            {all ? LIST_WORDS.showFewer : LIST_WORDS.showAll(sorted.length)}
          </button>
        </>
      )}
    </p>
  );
}

/** A titled list in an item panel, with its count. */
export function ItemSection({ title, count, children, testId }: { title: ReactNode; count?: number; children: ReactNode; testId?: string }) {
  return (
    <section className="panel-section" data-testid={testId}>
      <h3>
        {title} {count !== undefined && <span className="count">{count}</span>}
      </h3>
      {children}
    </section>
  );
}

/** Products with whose they are: ours tagged, a competitor's maker named. */
export function ProductList({ products }: { products: readonly CatalogProductFieldsFragment[] }) {
  const sorted = [...products].sort((a, b) => Number(b.ours) - Number(a.ours) || a.name.localeCompare(b.name));
  return (
    <ul className="plain tie-rows">
      {sorted.map((p) => (
        <li key={p.id} className="tie-row" data-product-id={p.id}>
          <div className="tie-main">
            <span className="tie-other">
              <EntityLink entity={{ __typename: 'Product', ...p }} />
              {p.ours && <span className="tag ours">{LIST_WORDS.ours}</span>}
            </span>
          </div>
          {!p.ours && p.maker && <div className="tie-meta">{p.maker.name}</div>}
        </li>
      ))}
    </ul>
  );
}
