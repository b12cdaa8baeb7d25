// A person on the map: the side panel's details tab for people.
export { PersonPanel } from './components/PersonPanel.js';
