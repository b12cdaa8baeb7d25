import type { QueryResolvers } from '../__generated__/resolvers-types.js';
import { cypherFile } from '../kernel/database/cypher.js';
import { intInRange } from '../kernel/errors.js';
import { balanceOfPower, resolveScope, scopePower } from '../modules/power/questions.js';
import { decisionGroup } from '../modules/tenders/decision-group.js';
import { graphView } from '../modules/map/questions.js';
import { introductionPaths } from '../modules/introductions/questions.js';
import { specShapers } from '../modules/tenders/spec-shapers.js';
import { loadAll } from '../kernel/graphql/load.js';
import { SecurityQuery, territoriesSeenBy } from '../modules/privacy/resolvers.js';
import { PlanningQuery } from '../modules/planning/resolvers.js';

const graphVersion = cypherFile<Record<string, never>, { version: number }>('queries/graph/graph-version.cypher');

// Every entry point checks the signed-in user's territories before it reads (issue: trust);
// lists are filtered, single ids refused with FORBIDDEN.
export const Query: QueryResolvers = {
  ...SecurityQuery,
  ...PlanningQuery,
  graphVersion: async (_parent, _args, { db }) => (await db.read(graphVersion, {}))[0]?.version ?? 0,
  territories: (_parent, _args, { repositories, viewer }) => territoriesSeenBy(viewer, repositories),
  territory: async (_parent, { id }, { loaders, access }) => {
    await access.assertVisible([id], 'id');
    return loaders.territories.load(id);
  },
  person: async (_parent, { id }, { loaders, access }) => {
    await access.assertVisible([id], 'id');
    return loaders.person.load(id);
  },
  people: async (_parent, { search, first }, { repositories, loaders, access }) => {
    const ids = await repositories.catalog.searchPeople(search, intInRange('first', first, 20, 1, 200));
    const visible = await access.visible(ids);
    return loadAll(loaders.person, ids.filter((id) => visible.has(id)));
  },
  tender: async (_parent, { id }, { loaders, access }) => {
    await access.assertVisible([id], 'id');
    return loaders.tender.load(id);
  },
  tenders: async (_parent, { territoryId, first }, { repositories, loaders, access }) => {
    await access.assertVisible([territoryId], 'territoryId');
    const ids = await repositories.catalog.tenderIds(territoryId ?? null, intInRange('first', first, 50, 1, 500));
    const visible = await access.visible(ids);
    return loadAll(loaders.tender, ids.filter((id) => visible.has(id)));
  },
  committee: async (_parent, { id }, { loaders, access }) => {
    await access.assertVisible([id], 'id');
    return loaders.committee.load(id);
  },
  institution: async (_parent, { id }, { loaders, access }) => {
    await access.assertVisible([id], 'id');
    return loaders.institution.load(id);
  },
  balanceOfPower: async (_parent, args, ctx) => {
    await ctx.access.assertVisible([resolveScope(args.scope).id], 'scope');
    return balanceOfPower(ctx, args);
  },
  therapeuticAreas: (_parent, _args, { repositories }) => repositories.catalog.therapeuticAreas(),
  powerScore: async (_parent, args, ctx) => {
    await ctx.access.assertVisible([resolveScope(args.scope).id, args.personId], 'scope/personId');
    const { result } = await scopePower(ctx, args);
    const score = result.ranking.find((r) => r.personId === args.personId);
    return score ? { rank: score.rank, personId: score.personId, score: score.score, explanation: score.explanation } : null;
  },
  graphView: async (_parent, args, ctx) => {
    await ctx.access.assertVisible([resolveScope(args.scope).id], 'scope');
    return graphView(ctx, args);
  },
  specShapers: async (_parent, args, ctx) => {
    await ctx.access.assertVisible([args.tenderId], 'tenderId');
    return specShapers(ctx, args);
  },
  decisionGroup: async (_parent, args, ctx) => {
    await ctx.access.assertVisible([args.tenderId], 'tenderId');
    return decisionGroup(ctx, args);
  },
  introductionPaths: (_parent, args, ctx) => introductionPaths(ctx, args),
};
