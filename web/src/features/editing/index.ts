// Editing the graph in place from the map: ties (add, change, end, delete), stances and our stage.
export { EdgePanel } from './components/EdgePanel.js';
export { StageForm, StanceForm } from './components/RelationshipForms.js';
export { TieForm } from './components/TieForm.js';
