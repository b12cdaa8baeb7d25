import type { Resolvers } from '../../__generated__/resolvers-types.js';
import { loadAll, loadExisting, loadOptional } from '../../kernel/graphql/load.js';
import { one, related } from '../catalog/questions.js';
import { upsertCommittee, upsertInstitution } from './commands.js';
import { committees, institutions, seatsOf, staffOf } from './questions.js';

export const resolvers: Resolvers = {
  Query: {
    institution: (_p, { id }, ctx) => one(ctx, id, (x) => ctx.loaders.institution.load(x)),
    committee: (_p, { id }, ctx) => one(ctx, id, (x) => ctx.loaders.committee.load(x)),
    institutions: (_p, args, ctx) => institutions(ctx, args),
    committees: (_p, args, ctx) => committees(ctx, args),
  },
  Mutation: {
    upsertInstitution: (_p, { input }, ctx) => upsertInstitution(ctx, input),
    upsertCommittee: (_p, { input }, ctx) => upsertCommittee(ctx, input),
  },
  Institution: {
    parent: async (i, _a, ctx) => loadOptional(ctx.loaders.institution, (await related(ctx, i.id, ['PART_OF'], 'out', undefined, 'Institution'))[0]),
    parts: async (i, _a, ctx) => loadAll(ctx.loaders.institution, await related(ctx, i.id, ['PART_OF'], 'in', undefined, 'Institution')),
    committees: async (i, _a, ctx) => loadAll(ctx.loaders.committee, await related(ctx, i.id, ['PART_OF'], 'in', undefined, 'Committee')),
    people: (i, { asOf }, ctx) => staffOf(ctx, i.id, asOf ?? ctx.today),
    territories: async (i, _a, ctx) => loadAll(ctx.loaders.territories, await related(ctx, i.id, ['LOCATED_IN'], 'out')),
    tendersIssued: async (i, _a, ctx) =>
      (await loadAll(ctx.loaders.tender, await related(ctx, i.id, ['ISSUES'], 'out', null))).sort((a, b) => (a.date ?? '').localeCompare(b.date ?? '')),
    products: async (i, _a, ctx) => loadAll(ctx.loaders.product, await related(ctx, i.id, ['MAKES'], 'out', null)),
  },
  StaffMember: {
    person: (s, _a, { loaders }) => loadExisting(loaders.person, s.personId, 'person'),
  },
  Committee: {
    institution: async (c, _a, ctx) => loadOptional(ctx.loaders.institution, (await related(ctx, c.id, ['PART_OF'], 'out', undefined, 'Institution'))[0]),
    members: (c, { asOf, includeFormer }, ctx) => seatsOf(ctx, c.id, includeFormer ? null : (asOf ?? ctx.today)),
    draftedTenders: async (c, _a, ctx) => loadAll(ctx.loaders.tender, await related(ctx, c.id, ['DRAFTS'], 'out', undefined, 'Tender')),
    draftedPrograms: async (c, _a, ctx) => loadAll(ctx.loaders.program, await related(ctx, c.id, ['DRAFTS'], 'out', undefined, 'Program')),
    therapeuticAreas: async (c, _a, ctx) => loadAll(ctx.loaders.area, await related(ctx, c.id, ['IN_AREA'], 'out')),
  },
  CommitteeSeat: {
    person: (s, _a, { loaders }) => loadExisting(loaders.person, s.personId, 'person'),
    committee: (s, _a, { loaders }) => loadExisting(loaders.committee, s.committeeId, 'committee'),
  },
};
