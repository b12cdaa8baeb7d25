import type { Resolvers } from '../../__generated__/resolvers-types.js';
import { loadAll, loadExisting, loadOptional } from '../../kernel/graphql/load.js';
import { ourStage, stanceOf, bestRelationship } from '../people/questions.js';
import { upsertTender } from './commands.js';
import { decisionGroup, listTenders, specShapers, tender } from './questions.js';

export const resolvers: Resolvers = {
  Query: {
    tender: (_p, { id }, ctx) => tender(ctx, id),
    tenders: (_p, args, ctx) => listTenders(ctx, args),
    specShapers: async (_p, args, ctx) => {
      await ctx.access.assertVisible([args.tenderId], 'tenderId');
      return specShapers(ctx, args);
    },
    decisionGroup: async (_p, args, ctx) => {
      await ctx.access.assertVisible([args.tenderId], 'tenderId');
      return decisionGroup(ctx, args);
    },
  },
  Mutation: {
    upsertTender: (_p, { input }, ctx) => upsertTender(ctx, input),
  },
  Tender: {
    issuer: (t, _args, { loaders }) => loadOptional(loaders.institution, t.issuerId),
  },
  SpecShaper: {
    person: (shaper, _args, { loaders }) => loadExisting(loaders.person, shaper.personId, 'person'),
    path: (shaper, _args, { loaders }) => loadAll(loaders.person, shaper.pathIds),
    drafter: (shaper, _args, { loaders }) => loadExisting(loaders.person, shaper.drafterId, 'person'),
    stance: (shaper, _args, ctx) => stanceOf(ctx, shaper.personId),
    ourStage: (shaper, _args, ctx) => ourStage(ctx, shaper.personId),
    ourContact: async (shaper, _args, ctx) => {
      const best = await bestRelationship(ctx, shaper.personId);
      return best && best.stage !== null ? loadOptional(ctx.loaders.user, best.userId) : null;
    },
  },
  DecisionGroup: {
    tender: (group, _args, { loaders }) => loadExisting(loaders.tender, group.tenderId, 'tender'),
  },
  DecisionMember: {
    person: (member, _args, { loaders }) => loadExisting(loaders.person, member.personId, 'person'),
    contact: (member, _args, { loaders }) => loadOptional(loaders.user, member.contactUserId),
    owners: (member, _args, { loaders }) => loadAll(loaders.user, member.ownerIds),
  },
};
