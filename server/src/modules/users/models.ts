import type { UserRole } from '../../__generated__/vocabulary.js';

export interface UserModel {
  id: string;
  name: string;
  /** Null until an admin (or the identity provider's role claim) gives one. */
  role: UserRole | null;
  email?: string | null;
  kamKind?: string | null;
}

export type { Viewer as ViewerModel } from '../../kernel/auth/viewer.js';
