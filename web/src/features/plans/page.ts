// The page this feature serves (loaded lazily by app/routes.tsx).
export { PlansPage } from './components/PlansPage.js';
