import type { ReactNode } from 'react';
import type { GraphNodeFieldsFragment } from '../../../gql/graphql.js';
import type { NodeLabel } from '../../../gql/vocabulary.js';
import type { Scope, ScopeKind } from '@shared/urls/map-view.js';
import { SHAPE_LABELS, shapeGroup } from '@shared/visual-encoding/encoding.js';
import { NODE_LABEL_LABELS } from '@shared/vocabulary/labels.js';
import { nodeKindLabel, tieName, tieRoleLabel } from '@shared/vocabulary/words.js';
import { useMapView } from '../hooks/use-map-view.js';
import { usePickNode } from '../hooks/use-pick-node.js';
import { useMapGraph } from '../state/map-graph.js';
import { useMapActions } from '../state/map-store.js';
import { tr } from '@shared/i18n/intl.js';

const SCOPE_OF: Partial<Record<NodeLabel, ScopeKind>> = { Institution: 'institution', Committee: 'committee', Tender: 'tender' };

/** An institution, committee or tender: who is tied to it, and how to look at it as a scope; `children` add what other features know of it. */
export function NodeDetails({ node, children }: { node: GraphNodeFieldsFragment; children?: ReactNode }) {
  const [view, update] = useMapView();
  const { edges, nodeById } = useMapGraph();
  const onPick = usePickNode();
  const { setHover: onHover } = useMapActions();
  const onScope = (scope: Scope) => update({ scope, selected: null, tab: 'power', tender: scope.kind === 'tender' ? scope.id : view.tender }, 'push');
  const onTender = (id: string) => update({ tender: id, tab: 'tender', shapers: true }, 'push');
  const ties = edges.filter((e) => e.source === node.id || e.target === node.id);
  const people = ties
    .map((e) => ({ edge: e, other: nodeById.get(e.source === node.id ? e.target : e.source) }))
    .filter((t) => t.other)
    .sort((a, b) => (a.other!.rank ?? 1e9) - (b.other!.rank ?? 1e9));
  const kind = SCOPE_OF[node.label];
  return (
    <div className="node-details" data-testid="node-details">
      <h2>{node.name}</h2>
      <p className="muted">
        {SHAPE_LABELS[shapeGroup(node.label, node.kind)]}
        {node.kind ? ` · ${nodeKindLabel(node.label, node.kind)}` : ''}
      </p>
      <div className="actions">
        {kind && (
          <button type="button" className="primary" onClick={() => onScope({ kind, id: node.id })} data-testid="open-scope">
            {tr('nodeDetails.mapOnly', { what: NODE_LABEL_LABELS[node.label].toLowerCase() })}
          </button>
        )}
        {node.label === 'Tender' && (
          <button type="button" onClick={() => onTender(node.id)} data-testid="open-tender">
            {tr('nodeDetails.shapers')}
          </button>
        )}
      </div>
      {children}
      <section className="panel-section">
        <h3>{tr('nodeDetails.tied', { count: people.length })}</h3>
        <ul className="plain tie-list" onMouseLeave={() => onHover(null)}>
          {people.slice(0, 60).map(({ edge, other }) => (
            <li key={edge.id} onMouseEnter={() => onHover([other!.id])}>
              <button type="button" className="link-button" onClick={() => onPick(other!.id)}>
                {other!.name}
              </button>{' '}
              <span className="muted">
                {tieName(edge.type)}
                {edge.role ? ` · ${tieRoleLabel(edge.type, edge.role)}` : ''}
              </span>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
