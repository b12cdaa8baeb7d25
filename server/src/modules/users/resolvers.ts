import { Locale } from '../../__generated__/vocabulary.js';
import { enumOfLocale, localeOfEnum } from '../../kernel/i18n/locale.js';
import type { Resolvers } from '../../__generated__/resolvers-types.js';
import { LIST_PAGE, visibleConnection } from '../../kernel/graphql/connections.js';
import { loadAll, loadOptional } from '../../kernel/graphql/load.js';
import { related } from '../catalog/questions.js';
import { setPreferredLocale, setUserRole } from './commands.js';
import { territoriesSeenBy } from '../territories/questions.js';

export const resolvers: Resolvers = {
  Query: {
    me: (_p, _args, { viewer }) => viewer,
    users: async (_p, args, ctx) => {
      const filter = args.filter ?? {};
      const ids = await ctx.repositories.users.ids(filter);
      // The staff directory is open to every signed-in user (e-mails are not: see User.email).
      return visibleConnection('users', filter, args, LIST_PAGE, ids, async (x) => new Set(x), (page) => loadAll(ctx.loaders.user, page));
    },
  },
  Mutation: {
    setUserRole: (_p, { userId, role }, ctx) => setUserRole(ctx, userId, role),
    setPreferredLocale: (_p, { locale }, ctx) => setPreferredLocale(ctx, locale ? localeOfEnum(locale) : null),
  },
  Viewer: {
    user: (viewer) => ({ id: viewer.userId, name: viewer.name, role: viewer.role }),
    territories: (viewer, _args, ctx) => territoriesSeenBy(ctx, viewer),
    seesAllTerritories: (viewer) => viewer.territoryIds === null,
    team: (viewer, _args, { loaders }) => loadAll(loaders.user, [...viewer.teamIds]),
    locale: (_viewer, _args, ctx) => Locale[enumOfLocale(ctx.locale)],
    preferredLocale: (viewer) => (viewer.preferredLocale ? Locale[enumOfLocale(viewer.preferredLocale)] : null),
  },
  User: {
    email: async (user, _args, { viewer, loaders }) =>
      viewer.role === 'admin' || viewer.userId === user.id ? ((await loaders.user.load(user.id))?.email ?? null) : null,
    kamKind: async (user, _args, { loaders }) => (await loaders.user.load(user.id))?.kamKind ?? null,
    territories: async (user, _args, ctx) => loadAll(ctx.loaders.territories, await related(ctx, user.id, ['LOCATED_IN'], 'out')),
    manager: async (user, _args, ctx) => loadOptional(ctx.loaders.user, (await related(ctx, user.id, ['REPORTS_TO'], 'out', undefined, 'User'))[0]),
    team: async (user, _args, ctx) => loadAll(ctx.loaders.user, await related(ctx, user.id, ['REPORTS_TO'], 'in', undefined, 'User')),
  },
};
