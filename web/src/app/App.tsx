import { lazy, Suspense } from 'react';
import { InfluenceMapPage } from '../features/influence-map/components/InfluenceMapPage.js';
import { useAuthProblem } from './auth/auth-state.js';
import { SignInScreen } from './auth/SignInScreen.js';
import { planningRoute } from './planning-routes.js';

// The console bundles GraphiQL and its editor (megabytes): loaded only on /console.
const ConsolePage = lazy(() => import('../features/console/ConsolePage.js').then((m) => ({ default: m.ConsolePage })));

export function App() {
  const problem = useAuthProblem();
  const path = window.location.pathname.replace(/\/+$/, '');
  return (
    <>
      {path === '/console' ? (
        <Suspense fallback={<p className="page-loading">Loading the query console…</p>}>
          <ConsolePage />
        </Suspense>
      ) : (
        (planningRoute(path) ?? <InfluenceMapPage />)
      )}
      {problem && <SignInScreen reason={problem.message} />}
    </>
  );
}
