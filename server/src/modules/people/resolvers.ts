import type { PersonResolvers } from '../../__generated__/resolvers-types.js';
import { loadAll, loadOptional, stanceTowardUs } from '../../kernel/graphql/load.js';

export const Person: PersonResolvers = {
  positions: (person, _args, { loaders }) => loaders.positions.load(person.id),
  territories: async (person, _args, { loaders }) => loadAll(loaders.territories, await loaders.territoryIds.load(person.id)),
  committees: (person, _args, { loaders }) => loaders.committeeSeats.load(person.id),
  stances: (person, _args, { loaders }) => loaders.stances.load(person.id),
  stanceTowardUs: (person, _args, { loaders }) => stanceTowardUs(loaders, person.id),
  relationships: (person, _args, { loaders }) => loaders.relationships.load(person.id),
  ourStage: async (person, _args, { loaders }) => (await loaders.relationships.load(person.id))[0]?.stage ?? 'unknown',
  owner: async (person, _args, { loaders }) => {
    const owner = (await loaders.relationships.load(person.id)).find((r) => r.owns);
    return loadOptional(loaders.user, owner?.userId);
  },
  optedOut: (person) => person.optedOut,
};
