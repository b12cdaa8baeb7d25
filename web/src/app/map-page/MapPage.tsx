import { ChangedMapLayer, InboxCount, LiveUpdates } from '../../features/changes/index.js';
import { ProposedTiesMapLayer } from '../../features/evidence/index.js';
import { FilterPanel, MapArea, MapPageProvider, TopBar } from '../../features/influence-map/index.js';
import { ReachMapLayer } from '../../features/introductions/index.js';
import { TenderMapLayer } from '../../features/tender/index.js';
import { SidePanel } from './SidePanel.js';

/**
 * The map page: the map feature's top bar, filters and canvas, the side panel's questions
 * from their own features, and the layers through which those light their answers on the map
 * (mounted whatever tab is open: a shared link with `shapers=1` lights the paths at once, one
 * with `proposed=1` draws the ties the evidence proposes), what changed marked on the map,
 * and the live updates of the scope.
 */
export function MapPage() {
  return (
    <MapPageProvider>
      <div className="app-shell">
        <TopBar navBadges={{ changes: <InboxCount /> }} />
        <FilterPanel />
        <MapArea />
        <SidePanel />
      </div>
      <TenderMapLayer />
      <ReachMapLayer />
      <ChangedMapLayer />
      <LiveUpdates />
      <ProposedTiesMapLayer />
    </MapPageProvider>
  );
}
