import { PowerRanking } from '../../balance-of-power/components/PowerRanking.js';
import { EdgePanel } from '../../editing/components/EdgePanel.js';
import { IntroductionPanel } from '../../introductions/components/IntroductionPanel.js';
import { PersonPanel } from '../../person/components/PersonPanel.js';
import { MapNextBest } from '../../recommendations/components/MapNextBest.js';
import type { CurrentUser } from '../../../shared/session/use-current-user.js';
import { TenderPanel } from '../../tender/components/TenderPanel.js';
import type { UpdateView } from '../hooks/use-map-view.js';
import { scopeInput, type SideTab, type ViewState } from '../../../shared/urls/map-view.js';
import type { MapModel } from '../hooks/use-map-model.js';
import { NodeDetails } from './NodeDetails.js';

export interface SidePanelProps {
  view: ViewState;
  update: UpdateView;
  model: MapModel;
  user: CurrentUser;
  today: string;
  scopeName: string | null;
  selectedEdge: string | null;
  reachIndex: number;
  maxHops: number;
  onReachIndex(i: number): void;
  onMaxHops(h: number): void;
  onShaperFocus(id: string | null): void;
  onHover(ids: string[] | null): void;
  onPick(id: string): void;
  onCloseEdge(): void;
  onEditEdge(id: string): void;
  onMessage(message: string): void;
  /** Next best relationships lit on the map (planning), or null. */
  onRecommended?(chains: string[][] | null): void;
}

const TABS: { id: SideTab; label: string }[] = [
  { id: 'power', label: 'Power' },
  { id: 'person', label: 'Details' },
  { id: 'tender', label: 'Tender' },
  { id: 'reach', label: 'Reach' },
];

export function SidePanel(props: SidePanelProps) {
  const { view, update, model } = props;
  const data = model.data;
  const selectedNode = view.selected ? model.nodeById.get(view.selected) : undefined;
  const edges = model.edges;
  const edge = props.selectedEdge ? edges.find((e) => e.id === props.selectedEdge) : undefined;

  return (
    <aside className="side-panel" aria-label="Analysis">
      <nav className="tabs" role="tablist">
        {TABS.map((t) => (
          <button
            key={t.id}
            type="button"
            role="tab"
            aria-selected={view.tab === t.id}
            className={view.tab === t.id ? 'active' : ''}
            onClick={() => update({ tab: t.id }, 'push')}
            data-testid={`tab-${t.id}`}
          >
            {t.label}
          </button>
        ))}
      </nav>
      <div className="tab-body" key={view.tab}>
        {view.tab === 'power' && view.scope && (
          <>
            <h2 className="tab-title">Balance of power{props.scopeName ? `: ${props.scopeName}` : ''}</h2>
            {props.onRecommended && <MapNextBest scope={scopeInput(view.scope)} scopeName={props.scopeName} onShow={props.onRecommended} onHover={props.onHover} onPick={props.onPick} />}
            <PowerRanking
              scope={view.scope}
              asOf={view.asOf}
              area={view.area}
              without={view.without}
              nodeById={model.nodeById}
              coalitions={data?.coalitions ?? []}
              selected={view.selected}
              onHover={props.onHover}
              onPick={props.onPick}
            />
          </>
        )}

        {view.tab === 'person' && edge && !model.tiesReady && (
          <p className="muted loading" data-testid="edge-loading">
            {model.tiesError ? `Could not load this tie's details: ${model.tiesError.message}` : 'Loading the tie’s details…'}
          </p>
        )}
        {view.tab === 'person' && edge && model.tiesReady && (
          <EdgePanel
            key={edge.id}
            edge={edge}
            nodeById={model.nodeById}
            candidates={model.candidates}
            areas={model.areas}
            today={props.today}
            onPick={props.onPick}
            onClose={props.onCloseEdge}
            onMessage={props.onMessage}
          />
        )}
        {view.tab === 'person' && !edge && !view.selected && <p className="empty-state">Click a person or an institution on the map, or a name in the Power list, to see the details here.</p>}
        {view.tab === 'person' && !edge && view.selected && view.scope && (selectedNode?.label ?? 'Person') === 'Person' && (
          <PersonPanel
            key={view.selected}
            personId={view.selected}
            node={selectedNode}
            scope={view.scope}
            asOf={view.asOf}
            area={view.area}
            without={view.without}
            userId={props.user.id}
            today={props.today}
            edges={edges}
            nodeById={model.nodeById}
            candidates={model.candidates}
            areas={model.areas}
            onPick={props.onPick}
            onHover={props.onHover}
            onReach={(id) => update({ reach: id, tab: 'reach' }, 'push')}
            onToggleWithout={(id) => update({ without: view.without.includes(id) ? view.without.filter((w) => w !== id) : [...view.without, id] }, 'push')}
            onEditEdge={props.onEditEdge}
            onMessage={props.onMessage}
          />
        )}
        {view.tab === 'person' && !edge && selectedNode && selectedNode.label !== 'Person' && (
          <NodeDetails
            node={selectedNode}
            edges={edges}
            nodeById={model.nodeById}
            onScope={(scope) => update({ scope, selected: null, tab: 'power', tender: scope.kind === 'tender' ? scope.id : view.tender }, 'push')}
            onTender={(id) => update({ tender: id, tab: 'tender', shapers: true }, 'push')}
            onPick={props.onPick}
            onHover={props.onHover}
          />
        )}

        {view.tab === 'tender' && (
          <TenderPanel
            tenderId={model.tenderId}
            territoryId={view.scope?.kind === 'territory' ? view.scope.id : null}
            fixedByScope={view.scope?.kind === 'tender'}
            shapersOn={view.shapers}
            today={props.today}
            shapers={model.shapers}
            decision={model.decision}
            onTender={(id) => update({ tender: id }, 'push')}
            onShapers={(on) => update({ shapers: on })}
            onShaperFocus={props.onShaperFocus}
            onHover={props.onHover}
            onPick={props.onPick}
          />
        )}

        {view.tab === 'reach' && (
          <IntroductionPanel
            targetId={view.reach}
            targetName={view.reach ? (model.nodeById.get(view.reach)?.name ?? null) : null}
            userId={props.user.id}
            userSource={props.user.source}
            maxHops={props.maxHops}
            activeIndex={props.reachIndex}
            result={model.reach}
            candidates={model.candidates}
            onTarget={(id) => update({ reach: id }, 'push')}
            onMaxHops={props.onMaxHops}
            onActive={props.onReachIndex}
            onPick={props.onPick}
          />
        )}
      </div>
    </aside>
  );
}
