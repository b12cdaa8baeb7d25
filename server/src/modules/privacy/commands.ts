import type { GraphContext } from '../../context.js';
import { assertAdmin, assertMayEdit, dossierAccess } from '../../kernel/auth/viewer.js';
import { failed, fieldError, ForbiddenError, type FieldError } from '../../kernel/errors.js';
import { message } from '../../kernel/i18n/catalogue.js';
import { typedProps } from '../graph/rules/typed-input.js';
import { ownerIdsOf } from '../people/questions.js';
import { ERASURE_HOOKS } from '../erasure-hooks.js';
import { PRIVACY_TEXTS } from './messages.js';
import { RETENTION_MONTHS_RANGE } from './rules/retention.js';
import type { DataProtectionInput } from '../../__generated__/resolvers-types.js';

const DOSSIER_FIELDS = ['birthday', 'hobbies', 'family', 'values', 'communicationStyle', 'characterType', 'source'] as const;

/** Writes dossier fields: the owner KAM, their manager or an admin. */
export async function updateDossier(ctx: GraphContext, personId: string, input: Record<string, unknown>) {
  assertMayEdit(ctx.viewer);
  const person = await ctx.loaders.person.load(personId);
  if (!person) return failed([fieldError('personId', 'error.noSuchPerson', { id: personId })], { dossier: null });
  if (dossierAccess(ctx.viewer, await ownerIdsOf(ctx, personId)) !== 'granted') {
    throw new ForbiddenError(message('error.dossierWriters', { personId }), 'personId');
  }
  const errors: FieldError[] = [];
  const props = typedProps('node', 'Dossier', input, DOSSIER_FIELDS, errors);
  if (errors.length) return failed(errors, { dossier: null });
  const dossier = await ctx.repositories.privacy.writeDossier(personId, props, ctx.today);
  return { ok: true, errors: [], dossier };
}

export async function setConsent(ctx: GraphContext, args: { personId: string; consent?: boolean | null; optedOut?: boolean | null }) {
  const { personId } = args;
  assertMayEdit(ctx.viewer);
  await ctx.access.assertVisible([personId], 'personId');
  if (!(await ctx.repositories.privacy.setConsent(personId, args.consent ?? null, args.optedOut ?? null))) {
    return failed([fieldError('personId', 'error.noSuchPerson', { id: personId })], { person: null });
  }
  ctx.loaders.person.clear(personId);
  return { ok: true, errors: [], person: await ctx.loaders.person.load(personId) };
}

/**
 * Erases a person's personal data on request, in every module that holds some (the
 * erasure hooks, modules/erasure-hooks.ts); the node stays as an anonymised placeholder.
 * Admins only.
 */
export async function erasePersonalData(ctx: GraphContext, args: { personId: string; reason: string }) {
  const { personId, reason } = args;
  assertAdmin(ctx.viewer, 'erasePersonalData');
  const empty = { person: null, dossiersRemoved: 0, notesRemoved: 0, erased: [] };
  if (reason.trim() === '') return failed([fieldError('reason', 'error.reasonRequired')], empty);
  const parts = await ctx.repositories.privacy.erase(personId, 'person', ctx.today, ERASURE_HOOKS);
  if (!parts) return failed([fieldError('personId', 'error.noSuchPerson', { id: personId })], empty);
  ctx.audit.record('person.erase', personId, PRIVACY_TEXTS.erasureAudit(reason.trim()));
  ctx.loaders.person.clear(personId);
  ctx.loaders.dossier.clear(personId);
  const items = (module: string) => parts.find((p) => p.module === module)?.items ?? 0;
  return {
    ok: true,
    errors: [],
    dossiersRemoved: items('privacy'),
    notesRemoved: items('planning'),
    erased: parts,
    person: await ctx.loaders.person.load(personId),
  };
}

/**
 * Records the lawful basis, the notice and the retention period of a person's data.
 * Consent needs the notice (when and how); a notice cannot be dated after today.
 */
export async function setDataProtection(ctx: GraphContext, personId: string, input: DataProtectionInput) {
  assertMayEdit(ctx.viewer);
  await ctx.access.assertVisible([personId], 'personId');
  const errors: FieldError[] = [];
  const props = typedProps('node', 'Person', input, ['lawfulBasis', 'noticeOn', 'noticeMethod', 'retentionMonths'], errors);
  if (input.lawfulBasis === 'consent' && (!input.noticeOn || !input.noticeMethod)) {
    errors.push(fieldError(input.noticeOn ? 'input.noticeMethod' : 'input.noticeOn', 'error.noticeRequired'));
  }
  if (input.noticeOn && input.noticeOn > ctx.today) errors.push(fieldError('input.noticeOn', 'error.noticeInFuture', { on: input.noticeOn, today: ctx.today }));
  const months = input.retentionMonths;
  const { min, max } = RETENTION_MONTHS_RANGE;
  if (months !== null && months !== undefined && (!Number.isInteger(months) || months < min || months > max)) {
    errors.push(fieldError('input.retentionMonths', 'error.retentionRange', { min, max, got: String(months) }));
  }
  if (errors.length) return failed(dedupe(errors), { person: null });
  // Fields left out are cleared: the record says what holds now, not a merge of old and new.
  const record = { noticeOn: null, noticeMethod: null, retentionMonths: null, ...props };
  if (!(await ctx.repositories.privacy.setDataProtection(personId, record))) {
    return failed([fieldError('personId', 'error.noSuchPerson', { id: personId })], { person: null });
  }
  ctx.loaders.dataProtection.clear(personId);
  return { ok: true, errors: [], person: await ctx.loaders.person.load(personId) };
}

/** One error per field: the typed check and a rule may both object to the same one. */
function dedupe(errors: FieldError[]): FieldError[] {
  const seen = new Set<string>();
  return errors.filter((e) => (seen.has(e.field) ? false : (seen.add(e.field), true)));
}
