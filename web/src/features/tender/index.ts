// A tender on the map: its decision group and spec shapers (the panel), lit on the map (the layer).
export { TenderMapLayer } from './components/TenderMapLayer.js';
export { TenderPanel } from './components/TenderPanel.js';
