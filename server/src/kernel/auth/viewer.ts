import { ForbiddenError } from '../errors.js';
import { message, type Locale } from '../i18n/catalogue.js';
import type { USER_ROLES } from '../../modules/graph/model.js';

export type Role = (typeof USER_ROLES)[number];

/** Who is asking, and what they may see. Built once per request from the bearer token. */
export interface Viewer {
  userId: string;
  name: string;
  role: Role;
  /** Territories a KAM or manager may see; admins and strategists see all (`null`). */
  territoryIds: ReadonlySet<string> | null;
  /** Users who report to this user (a manager's team). */
  teamIds: ReadonlySet<string>;
  /** The language the user chose in the app (setPreferredLocale); null or absent: none chosen. */
  preferredLocale?: Locale | null;
}

export function seesEverything(viewer: Viewer): boolean {
  return viewer.territoryIds === null;
}

/** Strategists analyse; only KAMs, managers and admins change the graph. */
export function assertMayEdit(viewer: Viewer): void {
  if (viewer.role === 'strategist') throw new ForbiddenError(message('api.readOnly'));
}

/** What only admins may do: each is worded in the catalogue (`api.adminOnly`). */
export type AdminAction =
  | 'setUserRole'
  | 'createWebhook'
  | 'deleteWebhook'
  | 'readWebhooks'
  | 'readAuditLog'
  | 'exportPersonData'
  | 'erasePersonalData'
  | 'importEvidence';

export function assertAdmin(viewer: Viewer, action: AdminAction): void {
  if (viewer.role !== 'admin') throw new ForbiddenError(message('api.adminOnly', { action }));
}

/**
 * Dossiers are personal data: admins read all; a KAM reads those of people they own; a
 * manager those owned by them or their team; strategists none.
 */
export function dossierAccess(viewer: Viewer, ownerIds: readonly string[]): 'granted' | 'not_owner' | 'role_excluded' {
  if (viewer.role === 'admin') return 'granted';
  if (viewer.role === 'strategist') return 'role_excluded';
  if (ownerIds.includes(viewer.userId)) return 'granted';
  if (viewer.role === 'manager' && ownerIds.some((id) => viewer.teamIds.has(id))) return 'granted';
  return 'not_owner';
}
