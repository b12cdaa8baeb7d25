// Interactions logged from other pages (the agenda itself is ./page.ts).
export { LogInteractionForm } from './components/LogInteractionForm.js';
