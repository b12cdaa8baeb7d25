// Relationship plans: the person panel's plans and follow-through (the plan board is ./page.ts).
export { PersonPlanSection } from './components/PersonPlanSection.js';
