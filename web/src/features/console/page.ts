// The page this feature serves (loaded lazily by app/routes.tsx).
export { ConsolePage } from './ConsolePage.js';
