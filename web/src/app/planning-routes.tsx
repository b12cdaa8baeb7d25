import { lazy, Suspense, type ReactNode } from 'react';

// The planning pages load on their own paths (the accounts chart library stays off the map).
const PlansPage = lazy(() => import('../features/plans/components/PlansPage.js').then((m) => ({ default: m.PlansPage })));
const AgendaPage = lazy(() => import('../features/agenda/components/AgendaPage.js').then((m) => ({ default: m.AgendaPage })));
const AccountsPage = lazy(() => import('../features/key-accounts/components/AccountsPage.js').then((m) => ({ default: m.AccountsPage })));

const ROUTES: Record<string, { page: () => ReactNode; what: string }> = {
  '/plans': { page: () => <PlansPage />, what: 'the plan board' },
  '/agenda': { page: () => <AgendaPage />, what: 'the agenda' },
  '/accounts': { page: () => <AccountsPage />, what: 'key-account health' },
};

/** The page for /plans, /agenda or /accounts; null for any other path. */
export function planningRoute(path: string): ReactNode | null {
  const route = ROUTES[path];
  if (!route) return null;
  return <Suspense fallback={<p className="page-loading loading">Loading {route.what}…</p>}>{route.page()}</Suspense>;
}
