import { SignJWT, jwtVerify, errors as joseErrors } from 'jose';

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

export type TokenCheck = { ok: true; userId: string } | { ok: false; reason: string };

export async function verifyToken(secret: string, token: string): Promise<TokenCheck> {
  try {
    const { payload } = await jwtVerify(token, keyOf(secret), { issuer: ISSUER, audience: AUDIENCE, algorithms: ['HS256'] });
    if (!payload.sub) return { ok: false, reason: 'the token names no user' };
    return { ok: true, userId: payload.sub };
  } catch (error) {
    if (error instanceof joseErrors.JWTExpired) return { ok: false, reason: 'the token has expired; ask for a new one (npm run token)' };
    return { ok: false, reason: 'the token is not valid for this server' };
  }
}

function keyOf(secret: string): Uint8Array {
  return new TextEncoder().encode(secret);
}
