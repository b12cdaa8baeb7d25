import type { MutationResolvers, PersonResolvers, QueryResolvers, ViewerResolvers } from '../../__generated__/resolvers-types.js';
import { listAuditEntries } from '../audit/audit-trail.js';
import { assertAdmin, assertMayEdit, dossierAccess, ForbiddenError } from '../../kernel/auth/viewer.js';
import type { GraphContext } from '../../context.js';
import { intInRange, NotFoundError } from '../../kernel/errors.js';
import { failed, typedProps, type FieldError } from '../graph/field-errors.js';
import { toPlain } from '../../kernel/database/plain.js';
import { loadAll } from '../../kernel/graphql/load.js';

const DOSSIER_FIELDS = ['birthday', 'hobbies', 'family', 'values', 'communicationStyle', 'characterType', 'source'] as const;

const ACCESS_ENUM = { granted: 'GRANTED', not_owner: 'NOT_OWNER', role_excluded: 'ROLE_EXCLUDED' } as const;

async function ownersOf(ctx: GraphContext, personId: string): Promise<string[]> {
  return (await ctx.loaders.relationships.load(personId)).filter((r) => r.owns).map((r) => r.userId);
}

/** Every territory for admins and strategists, a KAM's or manager's own otherwise. */
export async function territoriesSeenBy(viewer: GraphContext['viewer'], repositories: GraphContext['repositories']) {
  const all = await repositories.territories.list();
  return viewer.territoryIds === null ? all : all.filter((t) => viewer.territoryIds!.has(t.id));
}

export const Viewer: ViewerResolvers = {
  user: (viewer) => ({ id: viewer.userId, name: viewer.name, role: viewer.role }),
  territories: (viewer, _args, { repositories }) => territoriesSeenBy(viewer, repositories),
  seesAllTerritories: (viewer) => viewer.territoryIds === null,
  team: (viewer, _args, { loaders }) => loadAll(loaders.user, [...viewer.teamIds]),
};

export const PersonPrivacy: Pick<PersonResolvers, 'dossier' | 'dossierAccess' | 'consent' | 'anonymised'> = {
  dossier: async (person, _args, ctx) => {
    if (dossierAccess(ctx.viewer, await ownersOf(ctx, person.id)) !== 'granted') return null;
    const dossier = await ctx.loaders.dossier.load(person.id);
    if (dossier) ctx.audit.record('dossier.read', person.id, 'read dossier fields');
    return dossier;
  },
  dossierAccess: async (person, _args, ctx) => ACCESS_ENUM[dossierAccess(ctx.viewer, await ownersOf(ctx, person.id))],
  consent: (person) => person.consent,
  anonymised: (person) => person.anonymised,
};

export const SecurityQuery: Pick<QueryResolvers, 'me' | 'auditLog' | 'personDataExport'> = {
  me: (_p, _args, { viewer }) => viewer,
  auditLog: async (_p, { targetId, userId, action, first }, { viewer, db }) => {
    assertAdmin(viewer, 'read the audit log');
    return listAuditEntries(db, { targetId, userId, action, limit: intInRange('first', first, 100, 1, 1000) });
  },
  personDataExport: async (_p, { personId }, ctx) => {
    assertAdmin(ctx.viewer, "export a person's data");
    const data = await ctx.repositories.privacy.exportPerson(personId);
    if (!data) throw new NotFoundError('personId', 'person', personId);
    ctx.audit.record('person.export', personId, 'exported everything held on the person');
    return JSON.stringify({ exportedAt: new Date().toISOString(), ...(toPlain(data) as object) }, null, 2);
  },
};

export const SecurityMutation: Pick<MutationResolvers, 'updateDossier' | 'setConsent' | 'erasePersonalData'> = {
  updateDossier: async (_p, { personId, input }, ctx) => {
    assertMayEdit(ctx.viewer);
    const person = await ctx.loaders.person.load(personId);
    if (!person) return failed([{ field: 'personId', message: `no person with id "${personId}"` }], { dossier: null });
    if (dossierAccess(ctx.viewer, await ownersOf(ctx, personId)) !== 'granted') {
      throw new ForbiddenError(`personId: only the owner of "${personId}", their manager or an admin may write the dossier.`);
    }
    const errors: FieldError[] = [];
    const props = typedProps('node', 'Dossier', input, DOSSIER_FIELDS, errors);
    if (errors.length) return failed(errors, { dossier: null });
    const dossier = await ctx.repositories.privacy.writeDossier(personId, props, ctx.today);
    return { ok: true, errors: [], dossier };
  },
  setConsent: async (_p, { personId, consent, optedOut }, ctx) => {
    assertMayEdit(ctx.viewer);
    await ctx.access.assertVisible([personId], 'personId');
    if (!(await ctx.repositories.privacy.setConsent(personId, consent ?? null, optedOut ?? null))) {
      return failed([{ field: 'personId', message: `no person with id "${personId}"` }], { person: null });
    }
    ctx.loaders.person.clear(personId);
    return { ok: true, errors: [], person: await ctx.loaders.person.load(personId) };
  },
  erasePersonalData: async (_p, { personId, reason }, ctx) => {
    assertAdmin(ctx.viewer, 'erase personal data');
    if (reason.trim() === '') return failed([{ field: 'reason', message: 'say why (e.g. the request reference)' }], { person: null, dossiersRemoved: 0, notesRemoved: 0 });
    const result = await ctx.repositories.privacy.erase(personId, ctx.today);
    if (!result) return failed([{ field: 'personId', message: `no person with id "${personId}"` }], { person: null, dossiersRemoved: 0, notesRemoved: 0 });
    ctx.loaders.person.clear(personId);
    return { ok: true, errors: [], dossiersRemoved: result.dossiers, notesRemoved: result.notes, person: await ctx.loaders.person.load(personId) };
  },
};
