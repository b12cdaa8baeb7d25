import type { Resolvers } from '../../__generated__/resolvers-types.js';
import { loadExisting } from '../../kernel/graphql/load.js';
import { competitorActivity } from './questions.js';

export const resolvers: Resolvers = {
  Query: {
    competitorActivity: (_p, args, ctx) => competitorActivity(ctx, args),
  },
  CompetitorLeaning: {
    person: (leaning, _args, { loaders }) => loadExisting(loaders.person, leaning.personId, 'person'),
  },
};
