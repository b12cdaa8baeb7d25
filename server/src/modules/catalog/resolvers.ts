import type { Resolvers } from '../../__generated__/resolvers-types.js';

export const resolvers: Resolvers = {
  Query: {
    therapeuticAreas: (_p, _args, { repositories }) => repositories.catalog.therapeuticAreas(),
  },
};
