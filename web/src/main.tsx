import { adoptTokenFromUrl } from './shared/session/token-store.js';
import { prefetchMap } from './features/influence-map/prefetch.js';
import './app/app.css';

// Before the first request: a sign-in link (`/#token=...`) stores its token and leaves the URL.
adoptTokenFromUrl();
// The map's query first (it is most of the wait), then the app's code (React, Apollo,
// Cytoscape: most of the bytes) while the server answers.
prefetchMap();
void import('./app/start.js').then((m) => m.start());
