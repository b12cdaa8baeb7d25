// What other features may use: the work label (PMID, NCT id, event).
export { workLabel } from './components/WorkList.js';
