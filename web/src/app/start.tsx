import { ApolloProvider } from '@apollo/client/react';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { createApolloClient } from './apollo-client.js';
// The pages' styles (the map's own come with the entry, app.css).
import './planning.css';
import { AppRoutes } from './routes.js';
import { I18nProvider } from '@shared/i18n/I18nProvider.js';
import { CountryPackProvider } from '@shared/country/CountryPackProvider.js';

/** Renders the app (loaded by main.tsx once the map's query is on its way). */
export function start(): void {
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html lacks #root');
  createRoot(root).render(
    <StrictMode>
      <ApolloProvider client={createApolloClient()}>
        {/* Without transitions: inputs bound to the URL's view (search, dates) update as one types. */}
        <BrowserRouter useTransitions={false}>
          <I18nProvider>
            <CountryPackProvider>
              <AppRoutes />
            </CountryPackProvider>
          </I18nProvider>
        </BrowserRouter>
      </ApolloProvider>
    </StrictMode>,
  );
}
