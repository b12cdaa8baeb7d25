// Editing the graph in place from the map: ties (add, change, end, delete), stances and our stage.
export { EdgePanel } from './components/EdgePanel.js';
export { StageForm, StanceForm } from './components/RelationshipForms.js';
export { TieForm } from './components/TieForm.js';
// The queries an edit of the graph changes (another feature that writes ties refetches the same).
export { AFFECTED_QUERIES } from './graphql/refetch.js';
