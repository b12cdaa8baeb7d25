/**
 * Admin work on users. Expected failures are data (`{ ok: false, errors }`), worded from
 * the message catalogue; a non-admin is refused outright (FORBIDDEN).
 */
import type { UserRole } from '../../__generated__/vocabulary.js';
import type { GraphContext } from '../../context.js';
import { assertAdmin } from '../../kernel/auth/viewer.js';
import { failed } from '../../kernel/errors.js';
import { formatMessage } from '../../kernel/i18n/catalogue.js';
import type { UserModel } from './models.js';

export interface UserPayloadModel {
  ok: boolean;
  errors: Array<{ field: string; message: string }>;
  user: UserModel | null;
}

export async function setUserRole(ctx: GraphContext, userId: string, role: UserRole): Promise<UserPayloadModel> {
  assertAdmin(ctx.viewer, 'give users their roles');
  // Locking oneself out of administration leaves nobody to undo it.
  if (userId === ctx.viewer.userId && role !== 'admin') return failed([{ field: 'role', message: formatMessage('error.ownAdminRole', {}, ctx.locale) }], { user: null });
  if (!(await ctx.repositories.users.setRole(userId, role))) return failed([{ field: 'userId', message: formatMessage('error.noSuchUser', { id: userId }, ctx.locale) }], { user: null });
  ctx.loaders.user.clear(userId);
  return { ok: true, errors: [], user: await ctx.loaders.user.load(userId) };
}
