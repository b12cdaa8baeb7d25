/**
 * Admin work on users. Expected failures are data (`{ ok: false, errors }`), catalogue
 * messages worded in the reader's language; a non-admin is refused outright (FORBIDDEN).
 */
import type { UserRole } from '../../__generated__/vocabulary.js';
import type { GraphContext } from '../../context.js';
import { assertAdmin } from '../../kernel/auth/viewer.js';
import { failed, fieldError, type FieldError } from '../../kernel/errors.js';
import type { Locale } from '../../kernel/i18n/catalogue.js';
import type { ViewerModel } from './models.js';
import type { UserModel } from './models.js';

export interface UserPayloadModel {
  ok: boolean;
  errors: FieldError[];
  user: UserModel | null;
}

export async function setUserRole(ctx: GraphContext, userId: string, role: UserRole): Promise<UserPayloadModel> {
  assertAdmin(ctx.viewer, 'setUserRole');
  // Locking oneself out of administration leaves nobody to undo it.
  if (userId === ctx.viewer.userId && role !== 'admin') return failed([fieldError('role', 'error.ownAdminRole', {})], { user: null });
  if (!(await ctx.repositories.users.setRole(userId, role))) return failed([fieldError('userId', 'error.noSuchUser', { id: userId })], { user: null });
  ctx.loaders.user.clear(userId);
  return { ok: true, errors: [], user: await ctx.loaders.user.load(userId) };
}

export interface PreferredLocalePayloadModel {
  ok: boolean;
  errors: FieldError[];
  viewer: ViewerModel | null;
}

/** Keeps (or, with null, forgets) the signed-in user's language; their own choice, so any role may. */
export async function setPreferredLocale(ctx: GraphContext, locale: Locale | null): Promise<PreferredLocalePayloadModel> {
  if (!(await ctx.repositories.users.setPreferredLocale(ctx.viewer.userId, locale))) {
    return failed([fieldError('locale', 'error.noSuchUser', { id: ctx.viewer.userId })], { viewer: null });
  }
  return { ok: true, errors: [], viewer: { ...ctx.viewer, preferredLocale: locale } };
}
