import type { ReactNode } from 'react';
import { useOpenItem, useOpenTender } from '../hooks/use-open-item.js';
import { usePickNode } from '../hooks/use-pick-node.js';
import { useMapGraph } from '../state/map-graph.js';
import { useMapActions } from '../state/map-store.js';

export interface EntityRef {
  __typename?: string;
  id: string;
  name: string;
}

/**
 * A name met in a list (a tie's other end, a lot's product, a speaker), opened where the map
 * page shows it: a person is selected on the map (and lit while hovered), an institution or
 * committee too when the map draws it, a tender opens its tab, a programme, event or product
 * its details. Anything else is its name.
 */
export function EntityLink({ entity, children }: { entity: EntityRef; children?: ReactNode }) {
  const { present } = useMapGraph();
  const pick = usePickNode();
  const openItem = useOpenItem();
  const openTender = useOpenTender();
  const { setHover } = useMapActions();
  const label = children ?? entity.name;
  const onMap = present.has(entity.id);
  const hover = onMap ? { onMouseEnter: () => setHover([entity.id]), onMouseLeave: () => setHover(null) } : {};
  const link = (onClick: () => void) => (
    <button type="button" className="link-button entity-link" data-entity-id={entity.id} onClick={onClick} {...hover}>
      {label}
    </button>
  );
  switch (entity.__typename) {
    case 'Person':
      return link(() => pick(entity.id));
    case 'Institution':
    case 'Committee':
      return onMap ? link(() => pick(entity.id)) : <span data-entity-id={entity.id}>{label}</span>;
    case 'Tender':
      return link(() => openTender(entity.id));
    case 'Program':
      return link(() => openItem({ kind: 'program', id: entity.id }));
    case 'Event':
      return link(() => openItem({ kind: 'event', id: entity.id }));
    case 'Product':
      return link(() => openItem({ kind: 'product', id: entity.id }));
    default:
      return <span data-entity-id={entity.id}>{label}</span>;
  }
}
