import type { Resolvers } from '../../__generated__/resolvers-types.js';
import { loadExisting } from '../../kernel/graphql/load.js';
import { keyAccountHealth } from './questions.js';

export const resolvers: Resolvers = {
  Query: {
    keyAccountHealth: (_p, args, ctx) => keyAccountHealth(ctx, args),
  },
  AccountStanding: {
    institution: (a, _args, { loaders }) => loadExisting(loaders.institution, a.institutionId, 'institution'),
  },
};
