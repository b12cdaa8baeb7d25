import { createRemoteJWKSet, decodeProtectedHeader, errors as joseErrors, jwtVerify, type JWTPayload } from 'jose';
import { USER_ROLES } from '../../modules/graph/model.js';
import type { Message } from '../i18n/catalogue.js';
import { authMessages } from './messages.js';
import type { Role } from './viewer.js';

export interface OidcSettings {
  /** The issuer exactly as the provider writes it in `iss`. */
  issuer: string;
  clientId: string;
  /** The `aud` an access token must carry to be accepted by this API. */
  audience: string;
  /** A claim whose value (or one of whose values) names a KAMgraph role. */
  roleClaim?: string;
  scopes: string;
  /**
   * After a token names a key the cached JWKS lacks, how long before the set may be
   * fetched again (jose's guard against tokens with made-up key ids). Default 30 s.
   */
  jwksCooldownMs?: number;
}

export interface OidcIdentity {
  /** `<issuer>|<sub>`: stable and unique across providers. */
  subject: string;
  email: string | null;
  name: string | null;
  /** The role the configured claim grants, when it names one. */
  role: Role | null;
}

export type OidcCheck = { ok: true; identity: OidcIdentity } | { ok: false; reason: Message };

/** What the web app needs to start a sign-in (served at /auth/config; nothing secret). */
export interface OidcPublicConfig {
  issuer: string;
  clientId: string;
  scopes: string;
  /** Sent as the `resource` parameter so the provider issues an access token for this API. */
  audience: string;
}

/** Access tokens of the company's identity provider are asymmetric; ours (CLI) are HS256. */
export function isLocalToken(token: string): boolean {
  try {
    return decodeProtectedHeader(token).alg === 'HS256';
  } catch {
    return true;
  }
}

function roleFrom(value: unknown): Role | null {
  const values = Array.isArray(value) ? value : [value];
  for (const v of values) {
    const role = typeof v === 'string' ? v.toLowerCase() : null;
    if (role && (USER_ROLES as readonly string[]).includes(role)) return role as Role;
  }
  return null;
}

/**
 * Checks access tokens against the issuer's published keys. The discovery document and
 * the JWKS are fetched once and cached (jose refreshes the set after its max age, and at
 * once when a token names a key it has not seen: a rotated key is honoured without a restart).
 */
export class OidcVerifier {
  private jwks: Promise<ReturnType<typeof createRemoteJWKSet>> | undefined;

  constructor(readonly settings: OidcSettings) {}

  publicConfig(): OidcPublicConfig {
    const { issuer, clientId, scopes, audience } = this.settings;
    return { issuer, clientId, scopes, audience };
  }

  private keys(): Promise<ReturnType<typeof createRemoteJWKSet>> {
    this.jwks ??= (async () => {
      const url = `${this.settings.issuer.replace(/\/$/, '')}/.well-known/openid-configuration`;
      const response = await fetch(url, { signal: AbortSignal.timeout(5_000) });
      if (!response.ok) throw new Error(`${url} answered ${response.status}`);
      const metadata = (await response.json()) as { issuer?: string; jwks_uri?: string };
      if (metadata.issuer !== this.settings.issuer || !metadata.jwks_uri) throw new Error(`${url} describes another issuer (${metadata.issuer})`);
      return createRemoteJWKSet(new URL(metadata.jwks_uri), { cooldownDuration: this.settings.jwksCooldownMs ?? 30_000, timeoutDuration: 5_000 });
    })().catch((error: unknown) => {
      this.jwks = undefined;
      throw error;
    });
    return this.jwks;
  }

  async verify(token: string): Promise<OidcCheck> {
    let jwks: ReturnType<typeof createRemoteJWKSet>;
    try {
      jwks = await this.keys();
    } catch {
      return { ok: false, reason: authMessages.providerUnreachable };
    }
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, jwks, {
        issuer: this.settings.issuer,
        audience: this.settings.audience,
        algorithms: ['RS256', 'PS256', 'ES256', 'EdDSA'],
      }));
    } catch (error) {
      if (error instanceof joseErrors.JWTExpired) return { ok: false, reason: authMessages.expired };
      if (error instanceof joseErrors.JWKSTimeout) return { ok: false, reason: authMessages.providerUnreachable };
      return { ok: false, reason: authMessages.invalid };
    }
    if (!payload.sub) return { ok: false, reason: authMessages.noUser };
    const email = typeof payload.email === 'string' ? payload.email.toLowerCase() : null;
    const name = typeof payload.name === 'string' ? payload.name : null;
    const role = this.settings.roleClaim ? roleFrom(payload[this.settings.roleClaim]) : null;
    return { ok: true, identity: { subject: `${this.settings.issuer}|${payload.sub}`, email, name, role } };
  }
}
