import type { QueryResolvers } from '../__generated__/resolvers-types.js';
import { cypherFile } from '../db/cypher.js';

const graphVersion = cypherFile<Record<string, never>, { version: number }>('queries/graph/graph-version.cypher');

export const Query: QueryResolvers = {
  graphVersion: async (_parent, _args, { db }) => (await db.read(graphVersion, {}))[0]?.version ?? 0,
  territories: (_parent, _args, { repositories, today }) => repositories.territories.list(today),
  territory: (_parent, { id }, { loaders }) => loaders.territories.load(id),
  person: (_parent, { id }, { loaders }) => loaders.person.load(id),
};
