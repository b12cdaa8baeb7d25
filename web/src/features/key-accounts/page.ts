// The page this feature serves (loaded lazily by app/routes.tsx).
export { AccountsPage } from './components/AccountsPage.js';
