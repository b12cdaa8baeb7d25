// Next best relationships: whose relationship would most raise our reach, on the map and on the plan board.
export { MapNextBest } from './components/MapNextBest.js';
export { NextBestPanel } from './components/NextBestPanel.js';
