import type { PersonResolvers } from '../__generated__/resolvers-types.js';
import type { TerritoryModel } from '../models.js';

export const Person: PersonResolvers = {
  positions: (person, _args, { loaders }) => loaders.positions.load(person.id),
  territories: async (person, _args, { loaders }) => {
    const ids = await loaders.territoryIds.load(person.id);
    const territories = await loaders.territories.loadMany(ids);
    return territories.filter((t): t is TerritoryModel => t !== null && !(t instanceof Error));
  },
};
