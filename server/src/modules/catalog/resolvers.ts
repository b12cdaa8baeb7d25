import type { Resolvers } from '../../__generated__/resolvers-types.js';
import { loadAll, loadExisting, loadOptional } from '../../kernel/graphql/load.js';
import { tiesOf } from '../graph/questions.js';
import { events, one, products, programs, related, talksAt } from './questions.js';

export const resolvers: Resolvers = {
  Query: {
    therapeuticAreas: (_p, _args, { repositories }) => repositories.catalog.therapeuticAreas(),
    programs: (_p, args, ctx) => programs(ctx, args),
    program: (_p, { id }, ctx) => one(ctx, id, (x) => ctx.loaders.program.load(x)),
    products: (_p, args, ctx) => products(ctx, args),
    product: (_p, { id }, ctx) => one(ctx, id, (x) => ctx.loaders.product.load(x)),
    events: (_p, args, ctx) => events(ctx, args),
    event: (_p, { id }, ctx) => one(ctx, id, (x) => ctx.loaders.event.load(x)),
  },
  Program: {
    territories: async (p, _a, ctx) => loadAll(ctx.loaders.territories, await related(ctx, p.id, ['LOCATED_IN'], 'out')),
    products: async (p, { asOf }, ctx) => loadAll(ctx.loaders.product, await related(ctx, p.id, ['INCLUDES'], 'out', asOf ?? ctx.today)),
    drafters: async (p, { asOf }, ctx) => loadAll(ctx.loaders.person, await related(ctx, p.id, ['DRAFTS'], 'in', asOf ?? ctx.today, 'Person')),
    draftingCommittees: async (p, { asOf }, ctx) => loadAll(ctx.loaders.committee, await related(ctx, p.id, ['DRAFTS'], 'in', asOf ?? ctx.today, 'Committee')),
    therapeuticAreas: async (p, _a, ctx) => loadAll(ctx.loaders.area, await related(ctx, p.id, ['IN_AREA'], 'out')),
  },
  Product: {
    maker: async (p, _a, ctx) => loadOptional(ctx.loaders.institution, (await related(ctx, p.id, ['MAKES'], 'in'))[0]),
    programs: async (p, { asOf }, ctx) => loadAll(ctx.loaders.program, await related(ctx, p.id, ['INCLUDES'], 'in', asOf ?? ctx.today)),
    tenderLots: async (p, _a, ctx) => {
      const ends = await tiesOf(ctx, p.id, { types: ['LOTS'], direction: 'in', asOf: null });
      const shown = new Set(await related(ctx, p.id, ['LOTS'], 'in', null));
      return ends.filter((e) => shown.has(e.otherId)).map((e) => ({ tenderId: e.otherId, productId: p.id, lot: e.tie.lot, quantity: e.tie.quantity }));
    },
    therapeuticAreas: async (p, _a, ctx) => loadAll(ctx.loaders.area, await related(ctx, p.id, ['IN_AREA'], 'out')),
  },
  Event: {
    territories: async (e, _a, ctx) => loadAll(ctx.loaders.territories, await related(ctx, e.id, ['LOCATED_IN'], 'out')),
    speakers: (e, _a, ctx) => talksAt(ctx, e.id),
    attendees: async (e, _a, ctx) => loadAll(ctx.loaders.person, await related(ctx, e.id, ['ATTENDED'], 'in', null, 'Person')),
    therapeuticAreas: async (e, _a, ctx) => loadAll(ctx.loaders.area, await related(ctx, e.id, ['IN_AREA'], 'out')),
  },
  Talk: {
    person: (t, _a, { loaders }) => loadOptional(loaders.person, t.personId),
    event: (t, _a, { loaders }) => loadExisting(loaders.event, t.eventId, 'event'),
    // A hand-typed talk is named by its topic, else its event (and dated by the event).
    title: async (t, _a, { loaders }) => t.title ?? t.topic ?? t.session ?? (await loaders.event.load(t.eventId))?.name ?? t.id,
    name: async (t, _a, { loaders }) => t.title ?? t.topic ?? t.session ?? (await loaders.event.load(t.eventId))?.name ?? t.id,
    date: async (t, _a, { loaders }) => t.date ?? (await loaders.event.load(t.eventId))?.date ?? null,
    url: () => null,
  },
  TenderLot: {
    tender: (l, _a, { loaders }) => loadExisting(loaders.tender, l.tenderId, 'tender'),
    product: (l, _a, { loaders }) => loadExisting(loaders.product, l.productId, 'product'),
  },
};
