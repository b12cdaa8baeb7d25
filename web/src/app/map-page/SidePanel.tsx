import { PowerRanking } from '../../features/balance-of-power/index.js';
import { CommitteeWork, ItemPanel } from '../../features/catalog/index.js';
import { WatchButton } from '../../features/changes/index.js';
import { EdgePanel } from '../../features/editing/index.js';
import { ProposedTiePanel } from '../../features/evidence/index.js';
import { NodeDetails, proposalIdOf, useMapGraph, useMapStore, useMapView, useScopeName } from '../../features/influence-map/index.js';
import { IntroductionPanel } from '../../features/introductions/index.js';
import { PersonPanel } from '../../features/person/index.js';
import { MapNextBest } from '../../features/recommendations/index.js';
import { TenderPanel } from '../../features/tender/index.js';
import type { SideTab } from '@shared/urls/map-view.js';
import { tr } from '@shared/i18n/intl.js';

/** The tabs, in order; each one's name is the catalogue's `sidePanel.tab.<id>`. */
const TABS: readonly SideTab[] = ['power', 'person', 'tender', 'reach'];

/** The map's side panel: one tab per question; each panel asks for its own data. */
export function SidePanel() {
  const [view, update] = useMapView();
  return (
    <aside className="side-panel" aria-label={tr('sidePanel.analysis')}>
      <nav className="tabs" role="tablist">
        {TABS.map((id) => (
          <button
            key={id}
            type="button"
            role="tab"
            aria-selected={view.tab === id}
            className={view.tab === id ? 'active' : ''}
            onClick={() => update({ tab: id }, 'push')}
            data-testid={`tab-${id}`}
          >
            {tr(`sidePanel.tab.${id}`)}
          </button>
        ))}
      </nav>
      <div className="tab-body" key={view.tab}>
        {view.tab === 'power' && <PowerTab />}
        {view.tab === 'person' && <DetailsTab />}
        {view.tab === 'tender' && <TenderPanel />}
        {view.tab === 'reach' && <IntroductionPanel />}
      </div>
    </aside>
  );
}

function PowerTab() {
  const [{ scope }] = useMapView();
  const scopeName = useScopeName();
  if (!scope) return null;
  return (
    <>
      <div className="tab-title-row">
        <h2 className="tab-title">{scopeName ? tr('sidePanel.balanceOfPowerIn', { scope: scopeName }) : tr('sidePanel.balanceOfPower')}</h2>
        <WatchButton id={scope.id} />
      </div>
      <MapNextBest />
      <PowerRanking />
    </>
  );
}

/** The open tie (or proposed tie), else the open programme, event or product, else the selected person, institution, committee or tender. */
function DetailsTab() {
  const [view] = useMapView();
  const { nodeById, edges, tiesReady, tiesError } = useMapGraph();
  const selectedEdge = useMapStore((s) => s.selectedEdge);
  const proposal = proposalIdOf(selectedEdge);
  if (proposal) return <ProposedTiePanel key={proposal} suggestionId={proposal} />;
  const edge = selectedEdge ? edges.find((e) => e.id === selectedEdge) : undefined;
  const node = view.selected ? nodeById.get(view.selected) : undefined;
  if (edge && !tiesReady) {
    return (
      <p className="muted loading" data-testid="edge-loading">
        {tiesError ? tr('sidePanel.tieDetailsFailed', { message: tiesError.message }) : tr('sidePanel.tieDetailsLoading')}
      </p>
    );
  }
  if (edge) return <EdgePanel key={edge.id} edge={edge} />;
  if (view.item) return <ItemPanel key={`${view.item.kind}:${view.item.id}`} item={view.item} />;
  if (!view.selected) return <p className="empty-state">{tr('sidePanel.pickSomething')}</p>;
  if (view.scope && (node?.label ?? 'Person') === 'Person') return <PersonPanel key={view.selected} personId={view.selected} />;
  if (node && node.label !== 'Person') {
    return (
      <NodeDetails node={node}>
        <WatchButton id={node.id} />
        {node.label === 'Committee' && <CommitteeWork committeeId={node.id} />}
      </NodeDetails>
    );
  }
  return null;
}
