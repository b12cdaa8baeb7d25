import type { Resolvers } from '../../__generated__/resolvers-types.js';
import { assertAdmin } from '../../kernel/auth/viewer.js';
import { intInRange } from '../../kernel/errors.js';
import { listAuditEntries } from './audit-trail.js';

export const resolvers: Resolvers = {
  Query: {
    auditLog: async (_p, { targetId, userId, action, first }, { viewer, db }) => {
      assertAdmin(viewer, 'readAuditLog');
      return listAuditEntries(db, { targetId, userId, action, limit: intInRange('first', first, 100, 1, 1000) });
    },
  },
};
