import { betaHelper } from '../../beta/index.js';

// Fixture: uses beta through its public entry (allowed on its own).
export function alphaPanel(): string {
  return betaHelper();
}
