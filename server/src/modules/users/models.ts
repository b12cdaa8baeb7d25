export interface UserModel {
  id: string;
  name: string;
  role: string;
}

export type { Viewer as ViewerModel } from '../../kernel/auth/viewer.js';
