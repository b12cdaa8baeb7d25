import { useCallback, useState } from 'react';
import { scopeInput } from '@shared/urls/map-view.js';
import { useMapActions, useMapView, usePickNode, useScopeName } from '../../influence-map/index.js';
import { NextBestPanel } from './NextBestPanel.js';

/** The map sidebar's "next best relationships" toggle: on, it lists them and lights them on the map. */
export function MapNextBest() {
  const [on, setOn] = useState(false);
  const [{ scope }] = useMapView();
  const scopeName = useScopeName();
  const { setLayer, setHover } = useMapActions();
  const pick = usePickNode();
  const show = useCallback(
    (chains: string[][] | null) =>
      setLayer('recommended', chains?.length ? { chains, fitKey: `recommended:${chains.map((c) => c.join('>')).join(',')}` } : null),
    [setLayer],
  );
  if (!scope) return null;
  return <NextBestPanel scope={scopeInput(scope)} scopeName={scopeName} on={on} onToggle={setOn} first={5} onShow={show} onHover={setHover} onPick={pick} />;
}
