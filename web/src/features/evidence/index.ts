// What other features may use: the work label (PMID, NCT id, event), and for the map page the
// proposed ties (the layer that puts them on the map, and the panel of one clicked there).
export { workLabel } from './components/WorkList.js';
export { ProposedTiePanel } from './components/ProposedTiePanel.js';
export { ProposedTiesMapLayer } from './components/ProposedTiesMapLayer.js';
