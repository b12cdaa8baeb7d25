import type { Core } from 'cytoscape';
import { useEffect, useState, type RefObject } from 'react';
import { AppNav, Brand, ConsoleLink } from '../../../shared/ui/AppNav.js';
import type { GraphEdgeFieldsFragment, GraphNodeFieldsFragment } from '../../../gql/graphql.js';
import { downloadBlob } from '../../export/download.js';
import { exportFileName, selectionToCsv } from '../../export/to-csv.js';
import type { CurrentUser } from '../../../shared/session/use-current-user.js';
import type { UpdateView } from '../hooks/use-map-view.js';
import type { ViewState } from '../../../shared/urls/map-view.js';
import type { GraphView } from '../hooks/use-map-model.js';
import { DateControl } from './DateControl.js';
import { ScopePicker } from './ScopePicker.js';
import { SearchBox, type SearchCandidate } from '../../../shared/ui/SearchBox.js';

export interface TopBarProps {
  view: ViewState;
  update: UpdateView;
  scopeName: string | null;
  today: string;
  user: CurrentUser;
  candidates: readonly SearchCandidate[];
  nodeById: ReadonlyMap<string, GraphNodeFieldsFragment>;
  data: GraphView | null;
  /** The map's ties with their details, complete once `tiesReady`. */
  edges: readonly GraphEdgeFieldsFragment[];
  tiesReady: boolean;
  cy: RefObject<Core | null>;
  selectionCount: number;
  onPick(id: string): void;
}

export function TopBar({ view, update, scopeName, today, user, candidates, nodeById, data, edges: allEdges, tiesReady, cy, selectionCount, onPick }: TopBarProps) {
  const asOf = view.asOf ?? today;
  const scopeId = view.scope?.id ?? 'map';

  const exportPng = async () => {
    if (!cy.current) return;
    // The current view as seen, at twice the screen's resolution for slides and print.
    const blob = (await cy.current.png({ output: 'blob-promise', bg: '#ffffff', full: false, scale: 2 })) as Blob;
    downloadBlob(blob, exportFileName(scopeId, asOf, 'png'));
  };
  // The CSV has every field of a tie: asked before the details arrived, it waits for them.
  const [csvPending, setCsvPending] = useState(false);
  const exportCsv = () => {
    if (!cy.current || !data) return;
    if (!tiesReady) {
      setCsvPending(true);
      return;
    }
    // Several selected nodes (shift-drag a box): those; otherwise everything visible.
    const ids = new Set((selectionCount > 1 ? cy.current.$('node:selected') : cy.current.nodes(':visible')).map((n) => n.id()));
    const nodes = data.nodes.filter((n) => ids.has(n.id));
    const visibleEdges = new Set(cy.current.edges(':visible').map((e) => e.id()));
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
    <header className="top-bar">
      <Brand />
      <AppNav current="map" compact />
      <ScopePicker scope={view.scope} scopeName={scopeName} onChange={(scope) => update({ scope, selected: null, tender: scope.kind === 'tender' ? scope.id : view.tender, reach: null, without: [] }, 'push')} />
      <DateControl asOf={view.asOf} today={today} onChange={(d) => update({ asOf: d }, 'push')} />
      <SearchBox
        value={view.search}
        candidates={candidates}
        onChange={(search) => update({ search })}
        onPick={(id) => {
          update({ search: nodeById.get(id)?.name ?? view.search });
          onPick(id);
        }}
      />
      {view.without.length > 0 && (
        <div className="what-if" data-testid="what-if-chips">
          <span>What-if without:</span>
          {view.without.map((id) => (
            <button key={id} type="button" className="chip on" onClick={() => update({ without: view.without.filter((w) => w !== id) }, 'push')} title="Bring back">
              {nodeById.get(id)?.name ?? id} ✕
            </button>
          ))}
        </div>
      )}
      <div className="top-actions">
        <button type="button" onClick={exportPng} disabled={!data} title="Download the current view as a PNG image" data-testid="export-png">
          PNG
        </button>
        <button type="button" onClick={exportCsv} disabled={!data} title={selectionCount > 1 ? `Download the ${selectionCount} selected nodes and their ties` : 'Download the visible nodes and ties (shift-drag to select some)'} data-testid="export-csv">
          CSV{selectionCount > 1 ? ` (${selectionCount})` : ''}
          {csvPending ? '…' : ''}
        </button>
        <ConsoleLink />
        <span className="user" title={user.source === 'default' ? 'Not signed in: using the demo KAM' : `Signed in as ${user.id}`}>
          {user.name ?? user.id}
        </span>
      </div>
    </header>
  );
}
