// The page this feature serves (loaded lazily by app/routes.tsx).
export { EvidencePage } from './components/EvidencePage.js';
