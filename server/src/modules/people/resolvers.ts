import type { Resolvers } from '../../__generated__/resolvers-types.js';
import { loadAll, loadExisting, loadOptional } from '../../kernel/graphql/load.js';
import { setStage, setStance, upsertPerson } from './commands.js';
import { missingCriteria } from './rules/ladder.js';
import { ourStage, ownerIdOf, person, searchPeople, stanceOf } from './questions.js';

export const resolvers: Resolvers = {
  Query: {
    person: (_p, { id }, ctx) => person(ctx, id),
    people: (_p, args, ctx) => searchPeople(ctx, args),
  },
  Mutation: {
    upsertPerson: (_p, { input }, ctx) => upsertPerson(ctx, input),
    setStance: (_p, args, ctx) => setStance(ctx, args),
    setStage: (_p, args, ctx) => setStage(ctx, args),
  },
  Person: {
    positions: (p, _args, { loaders }) => loaders.positions.load(p.id),
    territories: async (p, _args, { loaders }) => loadAll(loaders.territories, await loaders.territoryIds.load(p.id)),
    committees: (p, _args, { loaders }) => loaders.committeeSeats.load(p.id),
    stances: (p, _args, { loaders }) => loaders.stances.load(p.id),
    stanceTowardUs: (p, _args, ctx) => stanceOf(ctx, p.id),
    relationships: (p, _args, { loaders }) => loaders.relationships.load(p.id),
    ourStage: (p, _args, ctx) => ourStage(ctx, p.id),
    owner: async (p, _args, ctx) => loadOptional(ctx.loaders.user, await ownerIdOf(ctx, p.id)),
    optedOut: (p) => p.optedOut,
  },
  CommitteeMembership: {
    committee: (seat) => seat.committee,
  },
  Relationship: {
    user: (relationship, _args, { loaders }) => loadExisting(loaders.user, relationship.userId, 'user'),
    missingCriteria: (relationship) => missingCriteria(relationship.stage, relationship.criteria),
  },
};
