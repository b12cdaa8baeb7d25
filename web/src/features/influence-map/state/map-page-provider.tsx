import type { ReactNode } from 'react';
import { useDefaultScope } from '../hooks/use-default-scope.js';
import { MapGraphProvider } from './map-graph.js';
import { MapStoreProvider } from './map-store.js';

function DefaultScope() {
  useDefaultScope();
  return null;
}

/** The map page's state (its store) and graph (its one map query), for everything inside. */
export function MapPageProvider({ children }: { children: ReactNode }) {
  return (
    <MapStoreProvider>
      <MapGraphProvider>
        <DefaultScope />
        {children}
      </MapGraphProvider>
    </MapStoreProvider>
  );
}
