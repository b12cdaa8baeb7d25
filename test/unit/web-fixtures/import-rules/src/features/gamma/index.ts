// Fixture: a feature's public entry.
export { gammaOne } from './one.js';
