import type { Resolvers } from '../../__generated__/resolvers-types.js';
import { loadAll, loadExisting, loadOptional } from '../../kernel/graphql/load.js';
import { setStage, setStance, upsertPerson } from './commands.js';
import { missingCriteria } from './rules/ladder.js';
import type { DecisionRole } from '../../__generated__/vocabulary.js';
import type { GraphContext } from '../../context.js';
import { isEntityLabel, loadEntity, otherIds, tiesOf } from '../graph/questions.js';
import type { TieEnd } from '../graph/ties.js';
import { talksBy } from '../catalog/questions.js';

async function loadExistingEntity(ctx: GraphContext, end: TieEnd) {
  const entity = isEntityLabel(end.otherLabel) ? await loadEntity(ctx, end.otherLabel, end.otherId) : null;
  if (!entity) throw new Error(`${end.otherLabel} ${end.otherId} vanished while the request ran`);
  return entity;
}
import { findPeople, influenceTies, ourStage, ownerIdOf, person, personTies, stanceOf } from './questions.js';

export const resolvers: Resolvers = {
  Query: {
    person: (_p, { id }, ctx) => person(ctx, id),
    people: (_p, args, ctx) => findPeople(ctx, args),
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
    ties: (p, args, ctx) => personTies(ctx, p.id, args),
    influences: (p, { asOf }, ctx) => influenceTies(ctx, p.id, 'out', asOf),
    influencedBy: (p, { asOf }, ctx) => influenceTies(ctx, p.id, 'in', asOf),
    decisionRoles: async (p, { asOf }, ctx) =>
      (await personTies(ctx, p.id, { types: ['ROLE_IN'], direction: 'out', asOf: asOf ?? ctx.today }))
        .filter((e) => e.tie.role !== null)
        .map((e) => ({ tenderId: e.otherId, role: e.tie.role as DecisionRole, since: e.tie.since, until: e.tie.until, source: e.tie.source, confidence: e.tie.confidence })),
    talks: (p, _args, ctx) => talksBy(ctx, p.id),
    eventsAttended: async (p, _args, ctx) =>
      loadAll(ctx.loaders.event, otherIds(await personTies(ctx, p.id, { types: ['ATTENDED'], direction: 'out', asOf: null }))),
    stanceHistory: async (p, _args, ctx) =>
      (await tiesOf(ctx, p.id, { types: ['STANCE'], direction: 'out', asOf: null })).sort((a, b) => (b.tie.since ?? '').localeCompare(a.tie.since ?? '')),
  },
  PersonTie: {
    other: async (end, _args, ctx) => loadExistingEntity(ctx, end),
  },
  StanceRecord: {
    toward: (end, _args, ctx) => loadExistingEntity(ctx, end),
    value: (end) => end.tie.value ?? 0,
    since: (end) => end.tie.since,
    until: (end) => end.tie.until,
    source: (end) => end.tie.source,
    confidence: (end) => end.tie.confidence,
    recordedBy: (end, _args, { loaders }) => loadOptional(loaders.user, end.tie.recordedBy),
  },
  DecisionRoleHeld: {
    tender: (r, _args, { loaders }) => loadExisting(loaders.tender, r.tenderId, 'tender'),
  },
  CommitteeMembership: {
    committee: (seat) => seat.committee,
  },
  Relationship: {
    user: (relationship, _args, { loaders }) => loadExisting(loaders.user, relationship.userId, 'user'),
    missingCriteria: (relationship) => missingCriteria(relationship.stage, relationship.criteria),
  },
};
