// Fixture: a feature's public entry.
export { alphaPanel } from './components/alpha-panel.js';
export { alphaReach } from './components/alpha-reach.js';
