import type { CommitteeMembershipResolvers, RelationshipResolvers, TenderResolvers, TerritoryResolvers } from '../../__generated__/resolvers-types.js';
import { loadExisting, loadOptional } from '../../kernel/graphql/load.js';

export const Tender: TenderResolvers = {
  issuer: (tender, _args, { loaders }) => loadOptional(loaders.institution, tender.issuerId),
};

export const CommitteeMembership: CommitteeMembershipResolvers = {
  committee: (seat) => seat.committee,
};

export const Relationship: RelationshipResolvers = {
  user: (relationship, _args, { loaders }) => loadExisting(loaders.user, relationship.userId, 'user'),
};

// Counting a territory's people walks the graph, so it runs only when a client asks.
export const Territory: TerritoryResolvers = {
  peopleCount: async (territory, _args, { loaders }) => (await loaders.territoryCounts.load(territory.id)).peopleCount,
  institutionCount: async (territory, _args, { loaders }) => (await loaders.territoryCounts.load(territory.id)).institutionCount,
};
