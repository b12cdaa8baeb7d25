import { ApolloProvider } from '@apollo/client/react';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createApolloClient } from './app/apollo-client.js';
import { TerritoryList } from './features/territories/TerritoryList.js';

const root = document.getElementById('root');
if (!root) throw new Error('index.html lacks #root');
createRoot(root).render(
  <StrictMode>
    <ApolloProvider client={createApolloClient()}>
      <main>
        <h1>KAMgraph</h1>
        <TerritoryList />
      </main>
    </ApolloProvider>
  </StrictMode>,
);
