import { useEffect, useState, type ReactNode } from 'react';
import { useCurrentUser } from '@shared/session/use-current-user.js';
import { AppNav, Brand, ConsoleLink, type AppPage } from '@shared/ui/AppNav.js';
import { LanguagePicker } from '@shared/i18n/LanguagePicker.js';
import { SearchBox } from '@shared/ui/SearchBox.js';
import { UserBadge } from '@shared/ui/UserBadge.js';
import { downloadBlob, exportFileName, selectionToCsv } from '../../export/index.js';
import { useMapToday } from '../hooks/use-map-today.js';
import { useMapView } from '../hooks/use-map-view.js';
import { usePickNode } from '../hooks/use-pick-node.js';
import { useMapGraph } from '../state/map-graph.js';
import { useMapStore, useMapStoreSnapshot } from '../state/map-store.js';
import { DateControl } from './DateControl.js';
import { ScopePicker } from './ScopePicker.js';
import { tr } from '@shared/i18n/intl.js';

/** The map's top bar: pages, scope, date, search, the what-if, exports and the user; `navBadges` go inside the pages' links. */
export function TopBar({ navBadges }: { navBadges?: Partial<Record<AppPage, ReactNode>> }) {
  const [view, update] = useMapView();
  const today = useMapToday();
  const user = useCurrentUser();
  const { candidates, nodeById } = useMapGraph();
  const pick = usePickNode();
  return (
    <header className="top-bar">
      <Brand />
      <AppNav current="map" compact badges={navBadges} />
      <ScopePicker />
      <DateControl asOf={view.asOf} today={today} onChange={(d) => update({ asOf: d }, 'push')} />
      <SearchBox
        value={view.search}
        candidates={candidates}
        onChange={(search) => update({ search })}
        onPick={(id) => {
          update({ search: nodeById.get(id)?.name ?? view.search });
          pick(id);
        }}
      />
      {view.without.length > 0 && (
        <div className="what-if" data-testid="what-if-chips">
          <span>{tr('map.whatIfWithout')}</span>
          {view.without.map((id) => (
            <button key={id} type="button" className="chip on" onClick={() => update({ without: view.without.filter((w) => w !== id) }, 'push')} title={tr('map.bringBack')}>
              {nodeById.get(id)?.name ?? id} ✕
            </button>
          ))}
        </div>
      )}
      <div className="top-actions">
        <ExportButtons />
        <LanguagePicker />
        <ConsoleLink />
        <UserBadge name={user.name ?? user.id} title={user.source === 'default' ? tr('map.notSignedIn') : tr('map.signedInAs', { id: user.id })} />
      </div>
    </header>
  );
}

/** PNG of the view as seen; CSV of the selected nodes (or everything visible) and their ties. */
function ExportButtons() {
  const [view] = useMapView();
  const today = useMapToday();
  const { data, edges: allEdges, tiesReady } = useMapGraph();
  const selectionCount = useMapStore((s) => s.selectionCount);
  const state = useMapStoreSnapshot();
  const asOf = view.asOf ?? today;
  const scopeId = view.scope?.id ?? 'map';

  const exportPng = async () => {
    const { cy } = state();
    if (!cy) return;
    // The current view as seen, at twice the screen's resolution for slides and print.
    const blob = (await cy.png({ output: 'blob-promise', bg: '#ffffff', full: false, scale: 2 })) as Blob;
    downloadBlob(blob, exportFileName(scopeId, asOf, 'png'));
  };
  // The CSV has every field of a tie: asked before the details arrived, it waits for them.
  const [csvPending, setCsvPending] = useState(false);
  const exportCsv = () => {
    const { cy } = state();
    if (!cy || !data) return;
    if (!tiesReady) {
      setCsvPending(true);
      return;
    }
    // Several selected nodes (shift-drag a box): those; otherwise everything visible.
    const ids = new Set((selectionCount > 1 ? cy.$('node:selected') : cy.nodes(':visible')).map((n) => n.id()));
    const nodes = data.nodes.filter((n) => ids.has(n.id));
    const visibleEdges = new Set(cy.edges(':visible').map((e) => e.id()));
    const edges = allEdges.filter((e) => visibleEdges.has(e.id));
    downloadBlob(new Blob([selectionToCsv(nodes, edges)], { type: 'text/csv;charset=utf-8' }), exportFileName(scopeId, asOf, 'csv'));
  };

  useEffect(() => {
    if (!csvPending || !tiesReady) return;
    setCsvPending(false);
    exportCsv();
    // Runs once when the details arrive (exportCsv reads the current selection then).
  }, [csvPending, tiesReady]);

  return (
    <>
      <button type="button" onClick={exportPng} disabled={!data} title={tr('map.exportPngTitle')} data-testid="export-png">
        PNG
      </button>
      <button type="button" onClick={exportCsv} disabled={!data} title={selectionCount > 1 ? tr('map.exportCsvSelected', { count: selectionCount }) : tr('map.exportCsvVisible')} data-testid="export-csv">
        CSV{selectionCount > 1 ? ` (${selectionCount})` : ''}
        {csvPending ? '…' : ''}
      </button>
    </>
  );
}
