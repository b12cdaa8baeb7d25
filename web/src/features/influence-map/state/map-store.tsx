// The map page's own state, apart from the URL's view (use-map-view.ts): what is hovered,
// which tie is open, the answers the panels light on the map, and the Cytoscape instance.
// One small store per page (zustand), so a panel reads and sets what it needs without the
// page passing it down, and a hover re-renders only what shows the hover.
import type { Core } from 'cytoscape';
import { createContext, useContext, useState, type ReactNode } from 'react';
import { createStore, useStore, type StoreApi } from 'zustand';

/** An answer lit on the map by a panel: its people, ties and ringed members. */
export interface MapLayer {
  /** Chains of people; each step lights the tie between two of them (or a dashed overlay). */
  chains?: readonly (readonly string[])[];
  /** The chains start at our user: a "You" node tied to the first person, with each step's tie type. */
  fromUser?: { id: string; name: string } | null;
  tieTypes?: readonly string[];
  /** Spec shapers' influence paths to the drafters of a tender, and the drafters' ties to it. */
  tender?: { id: string; paths: readonly (readonly string[])[] };
  /** Members of decision-group roles we do not reach (ringed). */
  uncovered?: readonly string[];
  /** When this changes, the view fits the lit elements. */
  fitKey?: string | null;
  /** People and ties (by the map's edge ids) that changed: marked, nothing faded. */
  changed?: { people: readonly string[]; ties: readonly string[] };
  /** Ties proposed but not decided (the evidence's suggestions): drawn dashed, nothing fades. */
  proposed?: readonly ProposedTie[];
  /** How many there are in all (more than `proposed` when only the most confident were asked). */
  proposedTotal?: number;
}

/** A tie someone proposes between two people of the map; `id` is the proposal's own. */
export interface ProposedTie {
  id: string;
  source: string;
  target: string;
  type: string;
  strength: number;
  confidence: number;
}

/** Who lights the map; a fit asked by an earlier one in this list wins. */
export const MAP_LAYERS = ['recommended', 'reach', 'shapers', 'decision-group', 'changed', 'proposed'] as const;
export type MapLayerKey = (typeof MAP_LAYERS)[number];

export interface MapPageState {
  /** People lit from a side list (a ranking row, a coalition, a role); null: the search's hits. */
  hover: readonly string[] | null;
  /** The tie open in the details tab. */
  selectedEdge: string | null;
  /** Nodes selected on the canvas (shift-drag selects several; the CSV exports them). */
  selectionCount: number;
  /** A short confirmation shown over the map ("Tie added."). */
  message: string | null;
  /** The introduction path lit (index into the answer) and the hop limit asked. */
  reachIndex: number;
  maxHops: number;
  /** A spec shaper hovered in the tender panel: only that path is lit. */
  shaperFocus: string | null;
  layers: Partial<Record<MapLayerKey, MapLayer>>;
  /** The map has drawn its first layout: the side questions may be asked now (see use-map-settled.ts). */
  drawn: boolean;
  cy: Core | null;
}

export interface MapPageActions {
  setHover(ids: readonly string[] | null): void;
  selectEdge(id: string | null): void;
  setSelectionCount(count: number): void;
  say(message: string | null): void;
  setReachIndex(index: number): void;
  setMaxHops(hops: number): void;
  setShaperFocus(id: string | null): void;
  setLayer(key: MapLayerKey, layer: MapLayer | null): void;
  setDrawn(drawn: boolean): void;
  setCy(cy: Core | null): void;
}

export type MapPageStore = StoreApi<MapPageState & { actions: MapPageActions }>;

export function createMapStore(): MapPageStore {
  return createStore<MapPageState & { actions: MapPageActions }>()((set) => ({
    hover: null,
    selectedEdge: null,
    selectionCount: 0,
    message: null,
    reachIndex: 0,
    maxHops: 4,
    shaperFocus: null,
    layers: {},
    drawn: false,
    cy: null,
    actions: {
      setHover: (hover) => set({ hover }),
      selectEdge: (selectedEdge) => set({ selectedEdge }),
      setSelectionCount: (selectionCount) => set({ selectionCount }),
      say: (message) => set({ message }),
      setReachIndex: (reachIndex) => set({ reachIndex }),
      setMaxHops: (maxHops) => set({ maxHops }),
      setShaperFocus: (shaperFocus) => set({ shaperFocus }),
      setLayer: (key, layer) =>
        set((s) => {
          if (!layer && !s.layers[key]) return s;
          const layers = { ...s.layers };
          if (layer) layers[key] = layer;
          else delete layers[key];
          return { layers };
        }),
      setDrawn: (drawn) => set({ drawn }),
      setCy: (cy) => set({ cy }),
    },
  }));
}

const MapStoreContext = createContext<MapPageStore | null>(null);

/** One store for the page it wraps (a new page, a fresh store). */
export function MapStoreProvider({ children }: { children: ReactNode }) {
  const [store] = useState(createMapStore);
  return <MapStoreContext.Provider value={store}>{children}</MapStoreContext.Provider>;
}

function useMapStoreApi(): MapPageStore {
  const store = useContext(MapStoreContext);
  if (!store) throw new Error('The map page store is missing: render inside <MapPageProvider>.');
  return store;
}

/** A slice of the map page's state; the component re-renders when that slice changes. */
export function useMapStore<T>(select: (state: MapPageState) => T): T {
  return useStore(useMapStoreApi(), select);
}

/** The setters (stable: they never cause a re-render). */
export function useMapActions(): MapPageActions {
  return useStore(useMapStoreApi(), (s) => s.actions);
}

/** The current state without subscribing (for event handlers: the Cytoscape instance at export time). */
export function useMapStoreSnapshot(): () => MapPageState {
  const store = useMapStoreApi();
  return store.getState;
}
