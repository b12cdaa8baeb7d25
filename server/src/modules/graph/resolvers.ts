import type { Resolvers } from '../../__generated__/resolvers-types.js';
import { readGraphVersion } from '../../kernel/database/entities.js';
import { renderMessage } from '../../kernel/i18n/catalogue.js';
import { loadOptional } from '../../kernel/graphql/load.js';
import { deleteNode, removeTie, setTie } from './commands.js';
import { nodeById } from './questions.js';

export const resolvers: Resolvers = {
  Query: {
    graphVersion: (_p, _args, { db }) => readGraphVersion(db),
    node: (_p, { id }, ctx) => nodeById(ctx, id),
  },
  Mutation: {
    setTie: (_p, { input }, ctx) => setTie(ctx, input),
    removeTie: (_p, args, ctx) => removeTie(ctx, args),
    deleteNode: (_p, { id }, ctx) => deleteNode(ctx, id),
  },
  Tie: {
    recordedBy: (tie, _args, { loaders }) => loadOptional(loaders.user, tie.recordedBy),
  },
  // Every module's field errors are kept as message id and parameters, worded here in the request's language.
  FieldError: {
    message: (error, _args, ctx) => renderMessage(error.message, ctx.locale),
  },
};
