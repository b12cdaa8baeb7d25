// Sign-in with the company's identity provider: authorization code flow with PKCE
// (oauth4webapi), as a public client. The access token is for the KAMgraph API (the
// `resource` parameter asks for it); it is kept in sessionStorage until it expires.
import * as oauth from 'oauth4webapi';
import { writeSession } from '@shared/session/token-store.js';
import { tr } from '@shared/i18n/intl.js';

export interface AuthConfig {
  enabled: boolean;
  issuer?: string;
  clientId?: string;
  scopes?: string;
  audience?: string;
}

const PENDING_KEY = 'kamgraph.signIn';
export const CALLBACK_PATH = '/auth/callback';

interface Pending {
  verifier: string;
  state: string;
  nonce: string;
  returnTo: string;
}

export async function fetchAuthConfig(): Promise<AuthConfig> {
  try {
    const response = await fetch('/auth/config');
    return response.ok ? ((await response.json()) as AuthConfig) : { enabled: false };
  } catch {
    return { enabled: false };
  }
}

/** http is allowed only for a provider on this machine (development and tests). */
function requestOptions(issuer: URL) {
  const loopback = ['127.0.0.1', 'localhost', '[::1]'].includes(issuer.hostname);
  return loopback && issuer.protocol === 'http:' ? { [oauth.allowInsecureRequests]: true } : {};
}

async function discover(config: AuthConfig): Promise<oauth.AuthorizationServer> {
  const issuer = new URL(config.issuer!);
  const response = await oauth.discoveryRequest(issuer, { algorithm: 'oidc', ...requestOptions(issuer) });
  return oauth.processDiscoveryResponse(issuer, response);
}

const redirectUri = () => `${window.location.origin}${CALLBACK_PATH}`;

/** Leaves for the provider's sign-in page; comes back to CALLBACK_PATH. */
export async function startSignIn(config: AuthConfig): Promise<void> {
  const as = await discover(config);
  const verifier = oauth.generateRandomCodeVerifier();
  const pending: Pending = {
    verifier,
    state: oauth.generateRandomState(),
    nonce: oauth.generateRandomNonce(),
    returnTo: `${window.location.pathname}${window.location.search}`,
  };
  sessionStorage.setItem(PENDING_KEY, JSON.stringify(pending));
  const url = new URL(as.authorization_endpoint!);
  url.search = new URLSearchParams({
    client_id: config.clientId!,
    redirect_uri: redirectUri(),
    response_type: 'code',
    scope: config.scopes!,
    resource: config.audience!,
    state: pending.state,
    nonce: pending.nonce,
    code_challenge: await oauth.calculatePKCECodeChallenge(verifier),
    code_challenge_method: 'S256',
  }).toString();
  window.location.assign(url.toString());
}

export function isSignInCallback(): boolean {
  return window.location.pathname === CALLBACK_PATH;
}

/**
 * On CALLBACK_PATH: checks the state, exchanges the code with the PKCE verifier, checks
 * the ID token's nonce, stores the access token, and returns where the user started.
 */
export async function completeSignIn(config: AuthConfig): Promise<string> {
  const pending = JSON.parse(sessionStorage.getItem(PENDING_KEY) ?? 'null') as Pending | null;
  sessionStorage.removeItem(PENDING_KEY);
  if (!pending) throw new Error(tr('auth.noSignInStarted'));
  const as = await discover(config);
  const client: oauth.Client = { client_id: config.clientId! };
  const params = oauth.validateAuthResponse(as, client, new URL(window.location.href), pending.state);
  const issuer = new URL(config.issuer!);
  const response = await oauth.authorizationCodeGrantRequest(as, client, oauth.None(), params, redirectUri(), pending.verifier, {
    additionalParameters: { resource: config.audience! },
    ...requestOptions(issuer),
  });
  const result = await oauth.processAuthorizationCodeResponse(as, client, response, { expectedNonce: pending.nonce, requireIdToken: true });
  writeSession({ accessToken: result.access_token, expiresAt: Date.now() + (result.expires_in ?? 300) * 1000 });
  return pending.returnTo || '/';
}
