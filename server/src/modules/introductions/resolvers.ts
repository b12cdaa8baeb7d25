import type { Resolvers } from '../../__generated__/resolvers-types.js';
import { loadAll, loadOptional } from '../../kernel/graphql/load.js';
import { introductionPaths } from './questions.js';

export const resolvers: Resolvers = {
  Query: {
    introductionPaths: (_p, args, ctx) => introductionPaths(ctx, args),
  },
  IntroductionPath: {
    people: (path, _args, { loaders }) => loadAll(loaders.person, path.personIds),
    viaUser: (path, _args, { loaders }) => loadOptional(loaders.user, path.viaUserId),
    introducer: (path, _args, { loaders }) => {
      const ids = path.personIds;
      return loadOptional(loaders.person, ids.length >= 2 ? ids[ids.length - 2] : null);
    },
  },
};
