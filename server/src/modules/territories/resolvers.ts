import type { Resolvers } from '../../__generated__/resolvers-types.js';
import { loadAll } from '../../kernel/graphql/load.js';
import { related } from '../catalog/questions.js';
import { institutions } from '../institutions/questions.js';
import { territoriesSeenBy, territory } from './questions.js';

export const resolvers: Resolvers = {
  Query: {
    territories: (_p, _args, ctx) => territoriesSeenBy(ctx),
    territory: (_p, { id }, ctx) => territory(ctx, id),
  },
  // Counting a territory's people walks the graph, so it runs only when a client asks.
  Territory: {
    peopleCount: async (t, _args, { loaders }) => (await loaders.territoryCounts.load(t.id)).peopleCount,
    institutionCount: async (t, _args, { loaders }) => (await loaders.territoryCounts.load(t.id)).institutionCount,
    institutions: (t, { kind, first, after }, ctx) => institutions(ctx, { filter: { territoryId: t.id, kind: kind ?? null }, first, after }),
    users: async (t, _args, ctx) => loadAll(ctx.loaders.user, await related(ctx, t.id, ['LOCATED_IN'], 'in', undefined, 'User')),
  },
};
