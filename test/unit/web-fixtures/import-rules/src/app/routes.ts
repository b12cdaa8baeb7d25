import { alphaPanel } from '../features/alpha/index.js';
import { gammaTwo } from '../features/gamma/two.js';

// Fixture: the app uses a feature's entry (allowed) and another's internals (forbidden).
export const route = 'x';
export const pages = [alphaPanel, gammaTwo];
