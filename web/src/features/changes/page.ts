// The page this feature serves (loaded lazily by app/routes.tsx).
export { ChangesPage } from './components/ChangesPage.js';
