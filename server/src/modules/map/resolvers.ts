import type { Resolvers } from '../../__generated__/resolvers-types.js';
import { ourStage, ownerIdOf, stanceOf } from '../people/questions.js';
import { assertMaySeeScope } from '../power/questions.js';
import { graphView } from './questions.js';

export const resolvers: Resolvers = {
  Query: {
    graphView: async (_p, args, ctx) => {
      await assertMaySeeScope(ctx, args.scope);
      return graphView(ctx, args);
    },
  },
  GraphNode: {
    stance: (node, _args, ctx) => (node.label === 'Person' ? stanceOf(ctx, node.id) : null),
    stage: (node, _args, ctx) => (node.label === 'Person' ? ourStage(ctx, node.id) : null),
    ownerId: (node, _args, ctx) => (node.label === 'Person' ? ownerIdOf(ctx, node.id) : null),
  },
};
