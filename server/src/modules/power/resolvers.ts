import type { Resolvers } from '../../__generated__/resolvers-types.js';
import { intInRange } from '../../kernel/errors.js';
import { loadAll, loadExisting } from '../../kernel/graphql/load.js';
import { renderMessage } from '../../kernel/i18n/catalogue.js';
import { assertMaySeeScope, balanceOfPower, leaningOf, powerScoreOf } from './questions.js';

export const resolvers: Resolvers = {
  Query: {
    balanceOfPower: async (_p, args, ctx) => {
      await assertMaySeeScope(ctx, args.scope);
      return balanceOfPower(ctx, args);
    },
    powerScore: async (_p, args, ctx) => {
      await assertMaySeeScope(ctx, args.scope, [args.personId]);
      return powerScoreOf(ctx, args);
    },
  },
  PowerScore: {
    person: (score, _args, { loaders }) => loadExisting(loaders.person, score.personId, 'person'),
  },
  /** Scores are cached across requests and languages: each request words their evidence itself. */
  ScoreEvidence: {
    description: (evidence, _args, ctx) => renderMessage(evidence.message, ctx.locale),
  },
  Coalition: {
    members: (coalition, _args, { loaders }) => loadAll(loaders.person, coalition.memberIds),
    leaning: (coalition) => leaningOf(coalition.lean),
    memberCount: (coalition) => coalition.memberIds.length,
  },
  /** The lists are whole in the model (cached per graph version); a request takes its first few. */
  WhatMayChange: {
    endingTerms: (change, { first }) => change.endingTerms.slice(0, intInRange('endingTerms.first', first, 50, 1, 1000)),
    newTies: (change, { first }) => change.newTies.slice(0, intInRange('newTies.first', first, 50, 1, 1000)),
  },
  EndingTerm: {
    person: (term, _args, { loaders }) => loadExisting(loaders.person, term.personId, 'person'),
  },
  InfluenceTie: {
    from: (tie, _args, { loaders }) => loadExisting(loaders.person, tie.from, 'person'),
    to: (tie, _args, { loaders }) => loadExisting(loaders.person, tie.to, 'person'),
  },
};
