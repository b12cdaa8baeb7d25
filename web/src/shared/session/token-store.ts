// The bearer token lives in localStorage; the sign-in link printed by `npm start` carries it
// in the URL hash (`#token=...`), which never reaches the server and is stripped on load.
import { tr } from '../i18n/intl.js';
import { rememberPreferredLocale } from '../i18n/preferred-locale.js';

export const TOKEN_KEY = 'kamgraph.token';
const JWT = /^[\w-]+\.[\w-]+\.[\w-]*$/;

/**
 * A company sign-in (OIDC) lives in sessionStorage: it ends with the tab, and with the
 * access token's own expiry (short-lived: sign in again). It wins over a CLI token.
 */
export const SESSION_KEY = 'kamgraph.session';

export interface CompanySession {
  accessToken: string;
  /** Milliseconds since the epoch. */
  expiresAt: number;
}

export function writeSession(session: CompanySession): void {
  globalThis.sessionStorage?.setItem(SESSION_KEY, JSON.stringify(session));
}

export function readSession(now = Date.now()): CompanySession | null {
  try {
    const raw = globalThis.sessionStorage?.getItem(SESSION_KEY);
    if (!raw) return null;
    const session = JSON.parse(raw) as CompanySession;
    if (typeof session.accessToken !== 'string' || !(session.expiresAt > now)) {
      globalThis.sessionStorage?.removeItem(SESSION_KEY);
      return null;
    }
    return session;
  } catch {
    return null;
  }
}

export function readToken(): string | null {
  const session = readSession();
  if (session) return session.accessToken;
  try {
    return globalThis.localStorage?.getItem(TOKEN_KEY) ?? null;
  } catch {
    return null;
  }
}

export function writeToken(token: string): void {
  globalThis.localStorage?.setItem(TOKEN_KEY, token);
}

export function clearToken(): void {
  globalThis.localStorage?.removeItem(TOKEN_KEY);
}

/**
 * Signs out of KAMgraph on this browser: the CLI token and the company session both go.
 * (The identity provider's own session is the provider's: signing in again may not ask
 * for a password while it lasts.)
 */
export function signOut(): void {
  clearToken();
  rememberPreferredLocale(null);
  globalThis.sessionStorage?.removeItem(SESSION_KEY);
}

/** Pure: takes `token=...` out of a URL hash and returns what is left of the hash. */
export function splitTokenFromHash(hash: string): { token: string | null; rest: string } {
  const bare = hash.startsWith('#') ? hash.slice(1) : hash;
  if (!bare) return { token: null, rest: '' };
  const params = new URLSearchParams(bare);
  const token = params.get('token');
  if (token === null) return { token: null, rest: hash };
  params.delete('token');
  const rest = params.toString();
  return { token: token.trim() || null, rest: rest ? `#${rest}` : '' };
}

/** On load: store a token from the hash and remove it from the address bar and history. */
export function adoptTokenFromUrl(location: Location = window.location, history: History = window.history): boolean {
  const { token, rest } = splitTokenFromHash(location.hash);
  if (location.hash && (token !== null || rest !== location.hash)) {
    history.replaceState(history.state, '', `${location.pathname}${location.search}${rest}`);
  }
  if (!token) return false;
  writeToken(token);
  return true;
}

export interface TokenClaims {
  sub: string | null;
  /** Expiry, seconds since the epoch. */
  exp: number | null;
}

/** Reads the claims without checking the signature (the server does that): for display only. */
export function readClaims(token: string): TokenClaims | null {
  if (!JWT.test(token)) return null;
  try {
    const payload = token.split('.')[1]!.replace(/-/g, '+').replace(/_/g, '/');
    const json = JSON.parse(atob(payload.padEnd(payload.length + ((4 - (payload.length % 4)) % 4), '='))) as Record<string, unknown>;
    return { sub: typeof json.sub === 'string' ? json.sub : null, exp: typeof json.exp === 'number' ? json.exp : null };
  } catch {
    return null;
  }
}

/** What is wrong with a pasted token, or null when it looks like one. */
export function tokenProblem(token: string): string | null {
  const t = token.trim();
  if (!t) return tr('token.pasteFirst');
  if (!JWT.test(t)) return tr('token.notAToken');
  const claims = readClaims(t);
  if (!claims) return tr('token.unreadable');
  if (claims.exp !== null && claims.exp * 1000 < Date.now()) return tr('token.expired');
  return null;
}
