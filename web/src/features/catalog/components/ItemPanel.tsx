import type { MapItem } from '@shared/urls/map-view.js';
import { NODE_LABEL_LABELS } from '@shared/vocabulary/labels.js';
import { LIST_WORDS } from '@shared/vocabulary/read-model-words.js';
import { useMapGraph, useMapView, useOpenItem } from '../../influence-map/index.js';
import { EventPanel } from './EventPanel.js';
import { ProductPanel } from './ProductPanel.js';
import { ProgramPanel } from './ProgramPanel.js';

const KIND_LABEL = { program: NODE_LABEL_LABELS.Program, event: NODE_LABEL_LABELS.Event, product: NODE_LABEL_LABELS.Product } as const;

/** A programme, event or product opened from a list in the side panel (the map does not draw them). */
export function ItemPanel({ item }: { item: MapItem }) {
  const openItem = useOpenItem();
  const [view] = useMapView();
  const { nodeById } = useMapGraph();
  // Closing returns to the node selected under the item; naming it says where that leads.
  const under = view.selected ? nodeById.get(view.selected)?.name : undefined;
  return (
    <div className="item-panel" data-testid="item-panel" data-item-kind={item.kind} data-item-id={item.id}>
      <div className="panel-heading item-kicker">
        <span className="tag">{KIND_LABEL[item.kind]}</span>
        <button type="button" className="link-button small" onClick={() => openItem(null)} title={LIST_WORDS.closeHint} data-testid="close-item">
          {under ? LIST_WORDS.backTo(under) : `✕ ${LIST_WORDS.close}`}
        </button>
      </div>
      {item.kind === 'program' && <ProgramPanel id={item.id} />}
      {item.kind === 'event' && <EventPanel id={item.id} />}
      {item.kind === 'product' && <ProductPanel id={item.id} />}
    </div>
  );
}
