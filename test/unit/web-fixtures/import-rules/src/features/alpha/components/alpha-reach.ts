import { betaHelper } from '../../beta/components/beta-helper.js';

// Fixture: reaches into beta's internals (forbidden).
export const alphaReach = betaHelper;
