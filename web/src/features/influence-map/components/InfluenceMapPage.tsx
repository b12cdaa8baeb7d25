import { useQuery } from '@apollo/client/react';
import type { Core } from 'cytoscape';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { localToday } from '../../../shared/dates.js';
import { useCurrentUser } from '../../../shared/session/use-current-user.js';
import { TerritoriesQuery } from '../../../shared/graphql/territories-query.js';
import { useMapView } from '../hooks/use-map-view.js';
import { activeFilterCount, clearFilters } from '../../../shared/urls/map-view.js';
import { ScopeNameQuery } from '../graphql/scope-name-query.js';
import { focusNode, type LayoutState } from '../hooks/use-cytoscape.js';
import { MapSettledContext } from '../map-settled.js';
import { useMapModel } from '../hooks/use-map-model.js';
import { FilterPanel } from './FilterPanel.js';
import { MapCanvas } from './MapCanvas.js';
import { MapStatus } from './MapStatus.js';
import { SidePanel } from './SidePanel.js';
import { TopBar } from './TopBar.js';

export function InfluenceMapPage() {
  const [view, update] = useMapView();
  const user = useCurrentUser();
  const territories = useQuery(TerritoriesQuery);
  const [hoverIds, setHoverIds] = useState<string[] | null>(null);
  const [reachIndex, setReachIndex] = useState(0);
  const [maxHops, setMaxHops] = useState(4);
  const [shaperFocus, setShaperFocus] = useState<string | null>(null);
  const [selectedEdge, setSelectedEdge] = useState<string | null>(null);
  const [selectionCount, setSelectionCount] = useState(0);
  const [message, setMessage] = useState<string | null>(null);
  const [recommended, setRecommended] = useState<string[][] | null>(null);
  const cyRef = useRef<Core | null>(null);
  // The side queries wait for the map's first drawing (see map-settled.ts).
  const [mapDrawn, setMapDrawn] = useState(false);
  const onLayoutState = useCallback((state: LayoutState) => {
    if (state === 'ready') requestAnimationFrame(() => setTimeout(() => setMapDrawn(true), 0));
  }, []);

  // No scope in the URL: open the first territory (the demo has one).
  const firstTerritory = territories.data?.territories[0]?.id;
  useEffect(() => {
    if (!view.scope && firstTerritory) update({ scope: { kind: 'territory', id: firstTerritory } });
  }, [view.scope, firstTerritory, update]);

  const model = useMapModel({ view, userId: user.id, reachIndex, shaperFocus, hoverIds, maxHops, recommended, drawn: mapDrawn });
  const today = useMemo(() => (view.asOf === null && model.data?.asOf ? model.data.asOf : localToday()), [view.asOf, model.data?.asOf]);
  const scope = view.scope;
  const scopeName = useQuery(ScopeNameQuery, {
    variables: {
      territory: scope?.kind === 'territory' ? scope.id : '-',
      institution: scope?.kind === 'institution' ? scope.id : '-',
      committee: scope?.kind === 'committee' ? scope.id : '-',
      tender: scope?.kind === 'tender' ? scope.id : '-',
    },
    skip: !scope,
  });
  const sn = scopeName.data;
  const name = sn?.territory?.name ?? sn?.institution?.name ?? sn?.committee?.name ?? sn?.tender?.name ?? null;

  useEffect(() => {
    if (!message) return;
    const timer = setTimeout(() => setMessage(null), 4000);
    return () => clearTimeout(timer);
  }, [message]);
  useEffect(() => setReachIndex(0), [view.reach]);

  const pick = useCallback(
    (id: string) => {
      setSelectedEdge(null);
      update({ selected: id, tab: 'person' }, 'push');
      if (cyRef.current) focusNode(cyRef.current, id);
    },
    [update],
  );
  const onReady = useCallback((cy: Core | null) => {
    cyRef.current = cy;
  }, []);
  const handlers = useMemo(
    () => ({
      onNodeTap: (id: string, additive: boolean) => {
        if (additive) return;
        setSelectedEdge(null);
        update({ selected: id, tab: 'person' }, 'push');
      },
      onEdgeTap: (id: string) => {
        setSelectedEdge(id);
        update({ tab: 'person' });
      },
      onBackgroundTap: () => {
        setSelectedEdge(null);
        update({ selected: null });
      },
      onSelectionChange: setSelectionCount,
    }),
    [update],
  );

  // Groups are drawn around the same positions: the saved layout is per scope only.
  const layoutKey = scope ? `${scope.kind}:${scope.id}` : 'none';
  // A new answer on the map (a path to someone, a tender's shapers) brings it into view.
  const fitKey = recommended?.length
    ? `recommended:${recommended.map((c) => c.join('>')).join(',')}`
    : view.tab === 'reach' && view.reach && model.reach.data
      ? `reach:${view.reach}:${reachIndex}:${model.reach.data.introductionPaths.length}`
      : view.tab === 'tender' && view.shapers && model.shapers.data
        ? `shapers:${model.tenderId}:${model.shapers.data.specShapers.length}`
        : null;
  const hiddenAll = model.visibility.totalPeople > 0 && model.visibility.visiblePeople === 0;
  const settled = mapDrawn || !!model.graph.error || !!territories.error || territories.data?.territories.length === 0;

  return (
    <MapSettledContext.Provider value={settled}>
    <div className="app-shell">
      <TopBar
        view={view}
        update={update}
        scopeName={name}
        today={today}
        user={user}
        candidates={model.candidates}
        nodeById={model.nodeById}
        data={model.data}
        edges={model.edges}
        tiesReady={model.tiesReady}
        cy={cyRef}
        selectionCount={selectionCount}
        onPick={pick}
      />
      <FilterPanel view={view} update={update} areas={model.areas} institutionKinds={model.institutionKinds} />
      <main className="map-area">
        <MapCanvas
          elements={model.elements}
          layoutKey={layoutKey}
          classes={model.classes}
          selected={view.selected}
          fitKey={fitKey}
          visibleNodes={model.data ? model.data.nodes.length - model.visibility.hiddenNodes.size : 0}
          onReady={onReady}
          onLayoutState={onLayoutState}
          {...handlers}
        />
        <MapStatus
          territoriesState={territories}
          graph={model.graph}
          data={model.data}
          scopeName={name}
          asOf={view.asOf ?? today}
          visiblePeople={model.visibility.visiblePeople}
          hiddenAll={hiddenAll}
          filterCount={activeFilterCount(view)}
          onClearFilters={() => update(clearFilters(view))}
        />
        {message && (
          <div className="toast" role="status">
            {message}
          </div>
        )}
      </main>
      <SidePanel
        view={view}
        update={update}
        model={model}
        user={user}
        today={today}
        scopeName={name}
        selectedEdge={selectedEdge}
        reachIndex={reachIndex}
        maxHops={maxHops}
        onReachIndex={setReachIndex}
        onMaxHops={setMaxHops}
        onShaperFocus={setShaperFocus}
        onHover={setHoverIds}
        onPick={pick}
        onCloseEdge={() => setSelectedEdge(null)}
        onEditEdge={(id) => setSelectedEdge(id)}
        onMessage={setMessage}
        onRecommended={setRecommended}
      />
    </div>
    </MapSettledContext.Provider>
  );
}
