// The page this feature serves (loaded lazily by app/routes.tsx).
export { AgendaPage } from './components/AgendaPage.js';
