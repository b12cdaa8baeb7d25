import type { CommitteeMembershipResolvers, RelationshipResolvers, TenderResolvers } from '../__generated__/resolvers-types.js';
import { loadExisting, loadOptional } from './load.js';

export const Tender: TenderResolvers = {
  issuer: (tender, _args, { loaders }) => loadOptional(loaders.institution, tender.issuerId),
};

export const CommitteeMembership: CommitteeMembershipResolvers = {
  committee: (seat) => seat.committee,
};

export const Relationship: RelationshipResolvers = {
  user: (relationship, _args, { loaders }) => loadExisting(loaders.user, relationship.userId, 'user'),
};
