import { createHash } from 'node:crypto';
import { z } from 'zod';
import { cypher } from '../database/cypher.js';
import type { DbClient } from '../database/db-client.js';
import { text } from '../database/rows.js';
import type { Message } from '../i18n/catalogue.js';
import { authMessages } from './messages.js';
import { isLocalToken, type OidcIdentity, type OidcVerifier } from './oidc.js';
import { verifyToken } from './tokens.js';

const findUser = cypher<{ subject: string; email: string | null }, { id: string; role: string | null; linked: boolean }>(
  import.meta.url,
  'find-oidc-user.cypher',
  z.object({ id: text, role: text.nullable(), linked: z.boolean() }),
);
const provisionUser = cypher<{ id: string; subject: string; email: string | null; name: string | null; role: string | null }, { id: string }>(
  import.meta.url,
  'provision-oidc-user.cypher',
  z.object({ id: text }),
);

/**
 * The user a company sign-in belongs to, found by subject or e-mail, or provisioned. A
 * read on every request; a write only the first time, or when the role claim changed.
 */
export async function userForIdentity(db: DbClient, identity: OidcIdentity): Promise<string> {
  const [found] = await db.read(findUser, { subject: identity.subject, email: identity.email });
  if (found?.linked && (identity.role === null || identity.role === found.role)) return found.id;
  // Derived from the subject, so two first requests at once create one user, not two.
  const id = found?.id ?? `user-${createHash('sha256').update(identity.subject).digest('hex').slice(0, 16)}`;
  const [row] = await db.write(provisionUser, { id, subject: identity.subject, email: identity.email, name: identity.name, role: identity.role });
  return row!.id;
}

export type BearerCheck = { ok: true; userId: string; who: string | null } | { ok: false; reason: Message };

/**
 * A CLI token (HS256 with AUTH_SECRET) or, when OIDC is configured, an access token of the
 * company's identity provider. `who` names a company sign-in for the "no role yet" answer.
 */
export async function checkBearer(db: DbClient, authSecret: string, oidc: OidcVerifier | undefined, token: string): Promise<BearerCheck> {
  if (oidc && !isLocalToken(token)) {
    const check = await oidc.verify(token);
    if (!check.ok) return check;
    return { ok: true, userId: await userForIdentity(db, check.identity), who: check.identity.email ?? check.identity.subject };
  }
  const check = await verifyToken(authSecret, token);
  return check.ok ? { ok: true, userId: check.userId, who: null } : check;
}

export { authMessages };
