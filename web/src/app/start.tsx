import { ApolloProvider } from '@apollo/client/react';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.js';
import { createApolloClient } from './apollo-client.js';
// The pages' styles (the map's own come with the entry, app.css).
import './planning.css';

/** Renders the app (loaded by main.tsx once the map's query is on its way). */
export function start(): void {
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html lacks #root');
  createRoot(root).render(
    <StrictMode>
      <ApolloProvider client={createApolloClient()}>
        <App />
      </ApolloProvider>
    </StrictMode>,
  );
}
