import { useApolloClient } from '@apollo/client/react';
import { useEffect, useState, type ReactNode } from 'react';
import { FormattedMessage } from 'react-intl';
import { readClaims, tokenProblem, writeToken } from '@shared/session/token-store.js';
import { clearAuthProblem } from './auth-state.js';
import { tr } from '@shared/i18n/intl.js';
import { signInMessages } from './messages.js';
import { fetchAuthConfig, startSignIn, type AuthConfig } from './oidc.js';

/** What a token looks like (not a word to translate). */
const TOKEN_SAMPLE = 'eyJhbGciOiJIUzI1NiJ9…';
const rich = { strong: (chunks: ReactNode[]) => <strong>{chunks}</strong>, code: (chunks: ReactNode[]) => <code>{chunks}</code> };

/** The company sign-in, when the server has an identity provider configured. */
function CompanySignIn() {
  const [config, setConfig] = useState<AuthConfig | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void fetchAuthConfig().then((c) => live && setConfig(c));
    return () => {
      live = false;
    };
  }, []);
  if (!config?.enabled) return null;
  const signIn = () => startSignIn(config).catch(() => setProblem(signInMessages.providerUnreachable));
  return (
    <div className="company-sign-in">
      <button type="button" className="primary" onClick={signIn} data-testid="company-sign-in">
        {signInMessages.companyButton}
      </button>
      <small className="muted">{signInMessages.companyHint}</small>
      {problem && <small className="field-error" role="alert">{problem}</small>}
      <p className="muted">{signInMessages.orToken}</p>
    </div>
  );
}

/** Shown when the API answers UNAUTHENTICATED: how to get a token, and a box to paste it. */
export function SignInScreen({ reason }: { reason: string }) {
  const client = useApolloClient();
  const [token, setToken] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    const issue = tokenProblem(token);
    if (issue) return setProblem(issue);
    writeToken(token.trim());
    clearAuthProblem();
    // Every query ran without a token: run them again with it.
    await client.resetStore().catch(() => undefined);
  };
  const claims = token.trim() ? readClaims(token.trim()) : null;
  return (
    <div className="sign-in" role="dialog" aria-labelledby="sign-in-title" data-testid="sign-in">
      <form className="card" onSubmit={submit}>
        <h1 id="sign-in-title">{tr('signIn.title')}</h1>
        <p className="muted">{reason}</p>
        <CompanySignIn />
        <ol>
          <li>
            <FormattedMessage id="signIn.step1" values={rich} />
          </li>
          <li>
            <FormattedMessage id="signIn.step2" values={rich} />
          </li>
        </ol>
        <label className="field">
          <span>{tr('signIn.token')}</span>
          <textarea value={token} onChange={(e) => { setToken(e.target.value); setProblem(null); }} rows={4} placeholder={TOKEN_SAMPLE} spellCheck={false} data-testid="token-input" />
          {claims?.sub && !problem && <small>{tr('signIn.tokenFor', { user: claims.sub })}</small>}
          {problem && <small className="field-error" role="alert">{problem}</small>}
        </label>
        <button type="submit" className="primary">
          {tr('signIn.submit')}
        </button>
      </form>
    </div>
  );
}
