import { SignJWT, jwtVerify, errors as joseErrors } from 'jose';
import type { Message } from '../i18n/catalogue.js';
import { authMessages } from './messages.js';

const ISSUER = 'kamgraph';
const AUDIENCE = 'kamgraph-api';

/** Signs a bearer token naming one of our users (the `sub` claim). HS256 with AUTH_SECRET. */
export async function issueToken(secret: string, userId: string, ttl = '30d'): Promise<string> {
  return new SignJWT({})
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(userId)
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(ttl)
    .sign(keyOf(secret));
}

export type TokenCheck = { ok: true; userId: string } | { ok: false; reason: Message };

export async function verifyToken(secret: string, token: string): Promise<TokenCheck> {
  try {
    const { payload } = await jwtVerify(token, keyOf(secret), { issuer: ISSUER, audience: AUDIENCE, algorithms: ['HS256'] });
    if (!payload.sub) return { ok: false, reason: authMessages.noUser };
    return { ok: true, userId: payload.sub };
  } catch (error) {
    if (error instanceof joseErrors.JWTExpired) return { ok: false, reason: authMessages.cliExpired };
    return { ok: false, reason: authMessages.invalid };
  }
}

function keyOf(secret: string): Uint8Array {
  return new TextEncoder().encode(secret);
}
