// The balance of power on the map: the ranking with coalitions and what may change, and why a person scores what they do.
export { PowerExplanation } from './components/PowerExplanation.js';
export { PowerRanking } from './components/PowerRanking.js';
