import { lazy, Suspense, type ReactNode } from 'react';
import { Route, Routes } from 'react-router';
import { PATHS } from '@shared/urls/paths.js';
import { useAuthProblem } from './auth/auth-state.js';
import { SignInScreen } from './auth/SignInScreen.js';
import { MapPage } from './map-page/MapPage.js';
import { tr } from '@shared/i18n/intl.js';

// The planning pages load on their own paths (the accounts chart library stays off the map);
// the console bundles GraphiQL and its editor (megabytes): loaded only on /console.
const PlansPage = lazy(() => import('../features/plans/page.js').then((m) => ({ default: m.PlansPage })));
const AgendaPage = lazy(() => import('../features/agenda/page.js').then((m) => ({ default: m.AgendaPage })));
const AccountsPage = lazy(() => import('../features/key-accounts/page.js').then((m) => ({ default: m.AccountsPage })));
const EvidencePage = lazy(() => import('../features/evidence/page.js').then((m) => ({ default: m.EvidencePage })));
const ChangesPage = lazy(() => import('../features/changes/page.js').then((m) => ({ default: m.ChangesPage })));
const ConsolePage = lazy(() => import('../features/console/page.js').then((m) => ({ default: m.ConsolePage })));

function Lazy({ what, children }: { what: string; children: ReactNode }) {
  return <Suspense fallback={<p className="page-loading loading">{tr('app.loadingWhat', { what })}</p>}>{children}</Suspense>;
}

/** The one router: each page by its path, the map for any other; the sign-in screen over any page. */
export function AppRoutes() {
  const problem = useAuthProblem();
  return (
    <>
      <Routes>
        <Route path={PATHS.plans} element={<Lazy what={tr('app.loading.plans')}><PlansPage /></Lazy>} />
        <Route path={PATHS.agenda} element={<Lazy what={tr('app.loading.agenda')}><AgendaPage /></Lazy>} />
        <Route path={PATHS.accounts} element={<Lazy what={tr('app.loading.accounts')}><AccountsPage /></Lazy>} />
        <Route path={PATHS.evidence} element={<Lazy what={tr('app.loading.evidence')}><EvidencePage /></Lazy>} />
        <Route path={PATHS.changes} element={<Lazy what={tr('app.loading.changes')}><ChangesPage /></Lazy>} />
        <Route
          path={PATHS.console}
          element={
            <Suspense fallback={<p className="page-loading">{tr('app.loadingConsole')}</p>}>
              <ConsolePage />
            </Suspense>
          }
        />
        <Route path="*" element={<MapPage />} />
      </Routes>
      {problem && <SignInScreen reason={problem.message} />}
    </>
  );
}
