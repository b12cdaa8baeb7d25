import type { Resolvers } from '../../__generated__/resolvers-types.js';
import { loadExisting } from '../../kernel/graphql/load.js';
import { renderMessage } from '../../kernel/i18n/catalogue.js';
import { keyAccountHealth, keyPeople } from './questions.js';

export const resolvers: Resolvers = {
  Query: {
    keyAccountHealth: (_p, args, ctx) => keyAccountHealth(ctx, args),
    keyPeople: (_p, args, ctx) => keyPeople(ctx, args),
  },
  KeyAccountHealth: {
    explanation: (h, _a, ctx) => renderMessage(h.explanation, ctx.locale),
    largestAccount: (h) => h.accounts.find((a) => a.institutionId === h.largestAccountId) ?? null,
  },
  KeyPersonStanding: {
    person: (s, _a, { loaders }) => loadExisting(loaders.person, s.personId, 'person'),
  },
  AccountStanding: {
    institution: (a, _args, { loaders }) => loadExisting(loaders.institution, a.institutionId, 'institution'),
  },
};
