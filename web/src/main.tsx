import { ApolloProvider } from '@apollo/client/react';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App.js';
import { createApolloClient } from './app/apollo-client.js';
import { adoptTokenFromUrl } from './app/auth/token-store.js';
import './app/app.css';

// Before the first request: a sign-in link (`/#token=...`) stores its token and leaves the URL.
adoptTokenFromUrl();

const root = document.getElementById('root');
if (!root) throw new Error('index.html lacks #root');
createRoot(root).render(
  <StrictMode>
    <ApolloProvider client={createApolloClient()}>
      <App />
    </ApolloProvider>
  </StrictMode>,
);
