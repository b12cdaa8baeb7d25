import { useState } from 'react';
import { NextBestPanel, type NextBestScope } from './NextBestPanel.js';

export interface MapNextBestProps {
  scope: NextBestScope;
  scopeName: string | null;
  /** Lights the recommended people and their introducers on the map (null: nothing). */
  onShow(chains: string[][] | null): void;
  onHover(ids: string[] | null): void;
  onPick(id: string): void;
}

/** The map sidebar's "next best relationships" toggle: on, it lists them and lights them on the map. */
export function MapNextBest(props: MapNextBestProps) {
  const [on, setOn] = useState(false);
  return <NextBestPanel {...props} on={on} onToggle={setOn} first={5} />;
}
