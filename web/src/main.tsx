import { adoptTokenFromUrl } from '@shared/session/token-store.js';
import { prefetchMap } from './features/influence-map/prefetch.js';
import './app/app.css';

// Before the first request: a sign-in link (`/#token=...`) stores its token and leaves the URL.
adoptTokenFromUrl();

/** Back from the company identity provider: finish the sign-in before anything asks the API. */
async function finishCompanySignIn(): Promise<string | null> {
  if (window.location.pathname !== '/auth/callback') return null;
  const { completeSignIn, fetchAuthConfig } = await import('./app/auth/oidc.js');
  const { signInMessages } = await import('./app/auth/messages.js');
  try {
    const returnTo = await completeSignIn(await fetchAuthConfig());
    window.history.replaceState(null, '', returnTo);
    return null;
  } catch (error) {
    window.history.replaceState(null, '', '/');
    return signInMessages.callbackFailed(error instanceof Error ? error.message : String(error));
  }
}

void finishCompanySignIn().then(async (problem) => {
  // The map's query first (it is most of the wait), then the app's code (React, Apollo,
  // Cytoscape: most of the bytes) while the server answers.
  prefetchMap();
  const app = await import('./app/start.js');
  app.start();
  if (problem) (await import('./app/auth/auth-state.js')).reportUnauthenticated(problem);
});
