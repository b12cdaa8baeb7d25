import { gammaTwo } from './two.js';

// Fixture: two modules that import each other (a module cycle).
export function gammaOne(): string {
  return 'one';
}

export function callsTwo(): string {
  return gammaTwo();
}
