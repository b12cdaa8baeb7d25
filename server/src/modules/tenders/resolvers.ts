import type { Resolvers } from '../../__generated__/resolvers-types.js';
import { loadAll, loadExisting, loadOptional } from '../../kernel/graphql/load.js';
import { ourStage, stanceOf, bestRelationship } from '../people/questions.js';
import { recordTenderOutcome, upsertTender } from './commands.js';
import { related } from '../catalog/questions.js';
import { tiesOf } from '../graph/questions.js';
import { preparationStartOf } from './rules/preparation.js';
import { readStatusHistory } from './rules/status-history.js';
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
    recordTenderOutcome: (_p, args, ctx) => recordTenderOutcome(ctx, args),
  },
  Tender: {
    issuer: (t, _args, { loaders }) => loadOptional(loaders.institution, t.issuerId),
    preparationStart: (t) => t.preparationStart ?? (t.date ? preparationStartOf(t.date) : null),
    statusHistory: (t) => readStatusHistory(t.statusHistory),
    lots: async (t, _args, ctx) =>
      (await tiesOf(ctx, t.id, { types: ['LOTS'], direction: 'out', asOf: null }))
        .map((e) => ({ tenderId: t.id, productId: e.otherId, lot: e.tie.lot, quantity: e.tie.quantity }))
        .sort((a, b) => (a.lot ?? Infinity) - (b.lot ?? Infinity)),
    competitors: async (t, _args, ctx) => loadAll(ctx.loaders.institution, await related(ctx, t.id, ['COMPETES_IN'], 'in', null)),
    draftingPeople: async (t, { asOf }, ctx) => loadAll(ctx.loaders.person, await related(ctx, t.id, ['DRAFTS'], 'in', asOf ?? ctx.today, 'Person')),
    draftingCommittees: async (t, { asOf }, ctx) => loadAll(ctx.loaders.committee, await related(ctx, t.id, ['DRAFTS'], 'in', asOf ?? ctx.today, 'Committee')),
    outcome: async (t, _args, ctx) => {
      const [award] = await tiesOf(ctx, t.id, { types: ['AWARDED_TO'], direction: 'out', asOf: null });
      return award ? { winnerId: award.otherId, price: award.tie.price, currency: award.tie.currency, on: award.tie.since, source: award.tie.source } : null;
    },
  },
  TenderOutcome: {
    winner: (o, _args, { loaders }) => loadExisting(loaders.institution, o.winnerId, 'institution'),
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
