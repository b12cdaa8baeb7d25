import { createGraphiQLFetcher, type Fetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import { useMemo } from 'react';
import readme from '../../../../README.md?raw';
import { tr } from '@shared/i18n/intl.js';
import { readToken } from '@shared/session/token-store.js';
import { examplesFromMarkdown, schemaFromSdl, withAuthorization } from './console-support.js';

// The schema comes from the SDL files at build time: the docs work offline and even where
// the server turns introspection off (production).
const sdlFiles = import.meta.glob(['../../../../server/src/kernel/graphql/base.graphql', '../../../../server/src/modules/*/schema.graphql'], {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;

/** GraphiQL for strategists, served from our own bundle (no CDN), with the README's questions. */
export function ConsolePage() {
  const token = readToken();
  const fetcher = useMemo<Fetcher>(() => {
    const base = createGraphiQLFetcher({ url: `${window.location.origin}/graphql` });
    // The headers editor is prefilled with the token; if a tab's headers lack one, add ours.
    return (params, opts) => base(params, { ...opts, headers: withAuthorization(opts?.headers, token) });
  }, [token]);
  const schema = useMemo(() => {
    try {
      return schemaFromSdl(sdlFiles);
    } catch {
      return undefined;
    }
  }, []);
  const tabs = useMemo(() => examplesFromMarkdown(readme).map((e) => ({ query: e.query })), []);
  const headers = token ? JSON.stringify({ Authorization: `Bearer ${token}` }, null, 2) : '{}';
  return (
    <div className="console-page" data-testid="console">
      <GraphiQL fetcher={fetcher} schema={schema} defaultTabs={tabs} defaultHeaders={headers} defaultEditorToolsVisibility="headers" shouldPersistHeaders={false}>
        <GraphiQL.Logo>
          <a href="/" className="console-logo">
            ◉ {tr('console.logo')}
          </a>
        </GraphiQL.Logo>
      </GraphiQL>
    </div>
  );
}
