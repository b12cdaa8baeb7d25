import type { PersonResolvers } from '../__generated__/resolvers-types.js';
import { loadAll, loadOptional } from './load.js';

export const Person: PersonResolvers = {
  positions: (person, _args, { loaders }) => loaders.positions.load(person.id),
  territories: async (person, _args, { loaders }) => loadAll(loaders.territories, await loaders.territoryIds.load(person.id)),
  committees: (person, _args, { loaders }) => loaders.committeeSeats.load(person.id),
  stances: (person, _args, { loaders }) => loaders.stances.load(person.id),
  stanceTowardUs: async (person, _args, { loaders }) => {
    const ours = (await loaders.stances.load(person.id)).filter((s) => s.ours);
    return ours.length === 0 ? null : ours.reduce((sum, s) => sum + s.value, 0) / ours.length;
  },
  relationships: (person, _args, { loaders }) => loaders.relationships.load(person.id),
  ourStage: async (person, _args, { loaders }) => (await loaders.relationships.load(person.id))[0]?.stage ?? 'unknown',
  owner: async (person, _args, { loaders }) => {
    const owner = (await loaders.relationships.load(person.id)).find((r) => r.owns);
    return loadOptional(loaders.user, owner?.userId);
  },
  optedOut: (person) => person.optedOut,
};
