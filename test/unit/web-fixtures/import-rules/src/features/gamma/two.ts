import { gammaOne } from './one.js';

export function gammaTwo(): string {
  return gammaOne();
}
