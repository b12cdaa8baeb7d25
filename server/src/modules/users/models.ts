import type { UserRole } from '../../__generated__/vocabulary.js';

export interface UserModel {
  id: string;
  name: string;
  role: UserRole;
  email?: string | null;
  kamKind?: string | null;
}

export type { Viewer as ViewerModel } from '../../kernel/auth/viewer.js';
