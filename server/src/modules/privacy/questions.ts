import type { GraphContext } from '../../context.js';
import { assertAdmin, dossierAccess } from '../../kernel/auth/viewer.js';
import { toPlain } from '../../kernel/database/plain.js';
import { NotFoundError } from '../../kernel/errors.js';
import { ownerIdsOf } from '../people/questions.js';
import type { DossierModel } from './models.js';

/** Whether the viewer may read a person's dossier, and if not, why. */
export async function dossierAccessTo(ctx: GraphContext, personId: string) {
  return dossierAccess(ctx.viewer, await ownerIdsOf(ctx, personId));
}

/** The dossier when the viewer may read it; every read is audited. */
export async function readDossier(ctx: GraphContext, personId: string, why: string): Promise<DossierModel | null> {
  if ((await dossierAccessTo(ctx, personId)) !== 'granted') return null;
  const dossier = await ctx.loaders.dossier.load(personId);
  if (dossier) ctx.audit.record('dossier.read', personId, why);
  return dossier;
}

/** Everything held on one person, as JSON: the answer to a data subject's request. Admins only. */
export async function personDataExport(ctx: GraphContext, personId: string): Promise<string> {
  assertAdmin(ctx.viewer, 'exportPersonData');
  const data = await ctx.repositories.privacy.exportPerson(personId);
  if (!data) throw new NotFoundError('personId', 'person', personId);
  ctx.audit.record('person.export', personId, 'exported everything held on the person');
  return JSON.stringify({ exportedAt: new Date().toISOString(), ...(toPlain(data) as object) }, null, 2);
}
