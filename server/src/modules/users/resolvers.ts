import type { Resolvers } from '../../__generated__/resolvers-types.js';
import { loadAll } from '../../kernel/graphql/load.js';
import { territoriesSeenBy } from '../territories/questions.js';

export const resolvers: Resolvers = {
  Query: {
    me: (_p, _args, { viewer }) => viewer,
  },
  Viewer: {
    user: (viewer) => ({ id: viewer.userId, name: viewer.name, role: viewer.role }),
    territories: (viewer, _args, ctx) => territoriesSeenBy(ctx, viewer),
    seesAllTerritories: (viewer) => viewer.territoryIds === null,
    team: (viewer, _args, { loaders }) => loadAll(loaders.user, [...viewer.teamIds]),
  },
};
