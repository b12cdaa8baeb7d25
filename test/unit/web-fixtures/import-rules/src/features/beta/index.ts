// Fixture: a feature's public entry.
export { betaHelper } from './components/beta-helper.js';
