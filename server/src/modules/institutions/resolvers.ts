import type { Resolvers } from '../../__generated__/resolvers-types.js';
import { upsertCommittee, upsertInstitution } from './commands.js';

export const resolvers: Resolvers = {
  Query: {
    institution: async (_p, { id }, { loaders, access }) => {
      await access.assertVisible([id], 'id');
      return loaders.institution.load(id);
    },
    committee: async (_p, { id }, { loaders, access }) => {
      await access.assertVisible([id], 'id');
      return loaders.committee.load(id);
    },
  },
  Mutation: {
    upsertInstitution: (_p, { input }, ctx) => upsertInstitution(ctx, input),
    upsertCommittee: (_p, { input }, ctx) => upsertCommittee(ctx, input),
  },
};
