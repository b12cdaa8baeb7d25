import { alphaPanel } from '../../alpha/index.js';

// Fixture: beta uses alpha while alpha uses beta: no module cycle, but the two features depend on each other.
export const betaUsesAlpha = alphaPanel;
