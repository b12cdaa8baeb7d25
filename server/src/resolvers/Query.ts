import type { QueryResolvers } from '../__generated__/resolvers-types.js';
import { cypherFile } from '../db/cypher.js';
import { intInRange } from '../errors.js';
import { balanceOfPower } from '../questions/balance-of-power.js';
import { decisionGroup } from '../questions/decision-group.js';
import { graphView } from '../questions/graph-view.js';
import { introductionPaths } from '../questions/introduction-paths.js';
import { specShapers } from '../questions/spec-shapers.js';
import { loadAll } from './load.js';

const graphVersion = cypherFile<Record<string, never>, { version: number }>('queries/graph/graph-version.cypher');

export const Query: QueryResolvers = {
  graphVersion: async (_parent, _args, { db }) => (await db.read(graphVersion, {}))[0]?.version ?? 0,
  territories: (_parent, _args, { repositories, today }) => repositories.territories.list(today),
  territory: (_parent, { id }, { loaders }) => loaders.territories.load(id),
  person: (_parent, { id }, { loaders }) => loaders.person.load(id),
  people: async (_parent, { search, first }, { repositories, loaders }) =>
    loadAll(loaders.person, await repositories.catalog.searchPeople(search, intInRange('first', first, 20, 1, 200))),
  tender: (_parent, { id }, { loaders }) => loaders.tender.load(id),
  tenders: async (_parent, { territoryId, first }, { repositories, loaders }) =>
    loadAll(loaders.tender, await repositories.catalog.tenderIds(territoryId ?? null, intInRange('first', first, 50, 1, 500))),
  committee: (_parent, { id }, { loaders }) => loaders.committee.load(id),
  institution: (_parent, { id }, { loaders }) => loaders.institution.load(id),
  balanceOfPower: (_parent, args, ctx) => balanceOfPower(ctx, args),
  specShapers: (_parent, args, ctx) => specShapers(ctx, args),
  introductionPaths: (_parent, args, ctx) => introductionPaths(ctx, args),
  decisionGroup: (_parent, args, ctx) => decisionGroup(ctx, args),
  graphView: (_parent, args, ctx) => graphView(ctx, args),
};
