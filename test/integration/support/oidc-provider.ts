// A real OpenID Connect provider (panva's oidc-provider, the certified implementation) run
// in-process for the tests: discovery, JWKS, authorization code with PKCE, and JWT access
// tokens for the KAMgraph API as a resource server. Nothing about the token check is mocked.
import http from 'node:http';
import { exportJWK, generateKeyPair } from 'jose';
import Provider, { type Configuration, type JWKS } from 'oidc-provider';
import { findFreePort } from '../../../server/src/kernel/database/embedded-neo4j.js';

export const OIDC_AUDIENCE = 'https://kamgraph.test/api';
export const OIDC_ROLE_CLAIM = 'kamgraph_role';
export const OIDC_WEB_CLIENT = 'kamgraph-web';
export const OIDC_SCOPES = 'openid email profile kamgraph';

/** The people the provider knows: login name -> claims. */
export interface TestAccount {
  email: string;
  name: string;
  role?: string;
}

/**
 * Service clients for the API tests: the client credentials grant gives each a token whose
 * subject is the client id, carrying the claims of the account of the same name.
 */
export interface TestOidcOptions {
  accounts: Record<string, TestAccount>;
  /** Web app callback URLs (authorization code + PKCE, public client). */
  redirectUris?: string[];
  /** Clients whose tokens expire after one second (for the expired-token test). */
  shortLived?: string[];
}

export interface TestOidcProvider {
  issuer: string;
  /** A JWT access token from the token endpoint (client credentials) for `client`, for `resource`. */
  token(client: string, resource?: string): Promise<string>;
  /** Replaces the signing keys (a new key id); the old key is no longer published. */
  rotateKeys(): Promise<void>;
  close(): Promise<void>;
}

async function signingKeys(): Promise<JWKS> {
  const { privateKey } = await generateKeyPair('RS256', { extractable: true });
  const jwk = await exportJWK(privateKey);
  return { keys: [{ ...jwk, alg: 'RS256', use: 'sig', kid: `key-${Math.random().toString(36).slice(2, 10)}` }] } as JWKS;
}

export async function startTestOidcProvider(options: TestOidcOptions): Promise<TestOidcProvider> {
  const port = await findFreePort();
  const issuer = `http://127.0.0.1:${port}`;
  const serviceClients = Object.keys(options.accounts).map((id) => ({
    client_id: id,
    client_secret: `${id}-secret`,
    grant_types: ['client_credentials'],
    redirect_uris: [],
    response_types: [],
  }));
  const configuration = (jwks: JWKS): Configuration => ({
    clients: [
      {
        client_id: OIDC_WEB_CLIENT,
        token_endpoint_auth_method: 'none',
        redirect_uris: options.redirectUris ?? ['http://127.0.0.1/auth/callback'],
        grant_types: ['authorization_code'],
        response_types: ['code'],
      },
      ...serviceClients,
    ],
    jwks,
    cookies: { keys: ['kamgraph-test-cookie-key'] },
    ttl: {
      AccessToken: 600,
      ClientCredentials: (_ctx, _token, client) => (options.shortLived?.includes(client.clientId) ? 1 : 600),
      IdToken: 600, Interaction: 600, Session: 3600, Grant: 3600, AuthorizationCode: 60 },
    pkce: { required: () => true },
    clientBasedCORS: () => true,
    scopes: ['openid', 'email', 'profile', 'kamgraph'],
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
    findAccount: (_ctx, id) => ({
      accountId: id,
      claims: () => ({ sub: id, email: options.accounts[id]?.email ?? `${id}@acme.test`, email_verified: true, name: options.accounts[id]?.name ?? id }),
    }),
    // The claims a company IdP is configured to put in access tokens: e-mail, name, role.
    extraTokenClaims: (_ctx, token) => {
      const id = token.kind === 'ClientCredentials' ? token.clientId : token.accountId;
      const account = id ? options.accounts[id] : undefined;
      if (!account) return undefined;
      return { email: account.email, name: account.name, ...(account.role ? { [OIDC_ROLE_CLAIM]: account.role } : {}) };
    },
    // First-party app: no consent screen.
    loadExistingGrant: async (ctx) => {
      const existing = ctx.oidc.result?.consent?.grantId || ctx.oidc.session!.grantIdFor(ctx.oidc.client!.clientId);
      if (existing) return ctx.oidc.provider.Grant.find(existing);
      const grant = new ctx.oidc.provider.Grant({ clientId: ctx.oidc.client!.clientId, accountId: ctx.oidc.session!.accountId! });
      grant.addOIDCScope(OIDC_SCOPES);
      grant.addResourceScope(OIDC_AUDIENCE, 'kamgraph');
      await grant.save();
      return grant;
    },
    features: {
      devInteractions: { enabled: true },
      clientCredentials: { enabled: true },
      resourceIndicators: {
        enabled: true,
        defaultResource: () => OIDC_AUDIENCE,
        useGrantedResource: () => true,
        getResourceServerInfo: (_ctx, resource, client) => ({
          scope: 'kamgraph',
          audience: resource,
          accessTokenFormat: 'jwt',
          accessTokenTTL: options.shortLived?.includes(client.clientId) ? 1 : 600,
          jwt: { sign: { alg: 'RS256' } },
        }),
      },
    },
  });

  let server: http.Server;
  const listen = async (jwks: JWKS) => {
    const provider = new Provider(issuer, configuration(jwks));
    server = http.createServer(provider.callback());
    await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  };
  const close = () => new Promise<void>((resolve) => {
    server.closeAllConnections();
    server.close(() => resolve());
  });
  await listen(await signingKeys());

  return {
    issuer,
    token: async (client, resource = OIDC_AUDIENCE) => {
      const response = await fetch(`${issuer}/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: `Basic ${Buffer.from(`${client}:${client}-secret`).toString('base64')}` },
        body: new URLSearchParams({ grant_type: 'client_credentials', scope: 'kamgraph', resource }),
      });
      const body = (await response.json()) as { access_token?: string; error_description?: string };
      if (!body.access_token) throw new Error(`the test provider issued no token: ${body.error_description ?? response.status}`);
      return body.access_token;
    },
    rotateKeys: async () => {
      await close();
      await listen(await signingKeys());
    },
    close,
  };
}
