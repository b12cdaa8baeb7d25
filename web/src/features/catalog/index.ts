// Programmes, events and products (the server's catalog module): the map does not draw them,
// the details tab opens them from the lists that name them (a person's talks, a committee's
// programmes, a tender's lots), and a committee's details say what it drafts.
export { CommitteeWork } from './components/CommitteeWork.js';
export { ItemPanel } from './components/ItemPanel.js';
