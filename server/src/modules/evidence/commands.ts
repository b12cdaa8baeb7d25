/**
 * A KAM's decisions on evidence: accept or reject a proposed tie; create, merge or ignore a
 * name the import could not match. Expected failures come back as field errors.
 */
import type { GraphContext } from '../../context.js';
import { assertMayEdit, seesEverything } from '../../kernel/auth/viewer.js';
import { failed, fieldError, type FieldError } from '../../kernel/errors.js';
import { renderMessage } from '../../kernel/i18n/catalogue.js';
import { assertMayWriteTie, setTie } from '../graph/commands.js';
import { upsertPerson } from '../people/commands.js';
import { refreshSuggestions } from './import-evidence.js';
import type { UnmatchedPersonPayloadModel } from './models.js';

/** The separator of evidence ids in an accepted tie's `source`. */
export const SOURCE_SEPARATOR = ';';

export async function acceptTieSuggestion(ctx: GraphContext, args: { id: string; strength?: number | null }) {
  const suggestion = await ctx.loaders.suggestion.load(args.id);
  if (!suggestion) return failed([fieldError('id', 'review.noSuggestion', { id: args.id })], { tie: null });
  await assertMayWriteTie(ctx, [suggestion.fromId, suggestion.toId]);
  const errors: FieldError[] = [];
  if (suggestion.status !== 'open') errors.push(fieldError('id', 'review.notOpen', { status: suggestion.status }));
  const strength = args.strength ?? suggestion.strength;
  if (!Number.isFinite(strength) || strength < 0 || strength > 1) errors.push(fieldError('strength', 'api.range', { min: 0, max: 1, got: String(strength) }));
  if (errors.length) return failed(errors, { tie: null });
  const result = await setTie(ctx, {
    from: suggestion.fromId,
    to: suggestion.toId,
    type: suggestion.type,
    strength,
    ...(suggestion.type === 'INFLUENCES' ? { basis: suggestion.basis ?? 'science', ...(suggestion.domainId ? { domain: suggestion.domainId } : {}) } : {}),
    confidence: suggestion.confidence,
    source: suggestion.workIds.join(SOURCE_SEPARATOR),
  });
  if (!result.ok) return result;
  // Decided after the tie is written: a decision never points at a tie that is not there.
  await ctx.repositories.evidence.decide(suggestion.id, 'accepted', ctx.viewer.userId, ctx.today, null);
  ctx.loaders.suggestion.clear(suggestion.id);
  return result;
}

export async function rejectTieSuggestion(ctx: GraphContext, args: { id: string; reason?: string | null }) {
  const suggestion = await ctx.loaders.suggestion.load(args.id);
  if (!suggestion) return failed([fieldError('id', 'review.noSuggestion', { id: args.id })], { id: null });
  await assertMayWriteTie(ctx, [suggestion.fromId, suggestion.toId]);
  const decided = await ctx.repositories.evidence.decide(suggestion.id, 'rejected', ctx.viewer.userId, ctx.today, args.reason?.trim() || null);
  if (!decided) return failed([fieldError('id', 'review.notOpen', { status: suggestion.status })], { id: null });
  ctx.loaders.suggestion.clear(suggestion.id);
  return { ok: true, errors: [], id: suggestion.id };
}

const DECIDABLE = new Set(['pending', 'ignored']);

async function pendingName(ctx: GraphContext, id: string) {
  const unmatched = await ctx.loaders.unmatched.load(id);
  if (!unmatched) return { unmatched: null, errors: [fieldError('id', 'review.noUnmatched', { id })] };
  if (!DECIDABLE.has(unmatched.status)) return { unmatched, errors: [fieldError('id', 'review.notPending', { status: unmatched.status })] };
  return { unmatched, errors: [] as FieldError[] };
}

async function payload(ctx: GraphContext, id: string, personId: string | null): Promise<UnmatchedPersonPayloadModel> {
  ctx.loaders.unmatched.clear(id);
  return {
    ok: true,
    errors: [],
    personId,
    unmatched: await ctx.loaders.unmatched.load(id),
    openSuggestions: personId ? await ctx.repositories.evidence.openSuggestions(personId) : 0,
  };
}

const empty = (): Omit<UnmatchedPersonPayloadModel, 'ok' | 'errors'> => ({ personId: null, unmatched: null, openSuggestions: 0 });

/**
 * Creates a person for a name (upsertPerson's rules and access), at a workplace when given,
 * moves the name's works to them and proposes their ties. What the form can fix comes back
 * as field errors before anything is written: a KAM's missing territory (upsertPerson would
 * refuse it outright) and an institution that is not there or not theirs.
 */
export async function createPersonFromUnmatched(
  ctx: GraphContext,
  args: { id: string; input: { name: string; [field: string]: unknown }; institutionId?: string | null; position?: string | null },
): Promise<UnmatchedPersonPayloadModel> {
  assertMayEdit(ctx.viewer);
  const { errors } = await pendingName(ctx, args.id);
  if (errors.length) return failed(errors, empty());
  if (args.input.id) return failed([fieldError('input.id', 'review.leaveIdEmpty')], empty());
  if (!args.input.territoryId && !seesEverything(ctx.viewer)) errors.push(fieldError('input.territoryId', 'review.territoryRequired'));
  const institutionId = args.institutionId?.trim() || null;
  if (institutionId) {
    const [institution, visible] = await Promise.all([ctx.loaders.institution.load(institutionId), ctx.access.visible([institutionId])]);
    if (!institution || !visible.has(institutionId)) errors.push(fieldError('institutionId', 'review.noInstitution', { id: institutionId }));
  }
  if (errors.length) return failed(errors, empty());
  const created = await upsertPerson(ctx, args.input);
  if (!created.ok || !created.person) return failed(created.errors.map((e) => ({ ...e, field: e.field.startsWith('input') ? e.field : `input.${e.field}` })), empty());
  if (institutionId) {
    const position = args.position?.trim();
    const works = await setTie(ctx, { from: created.person.id, to: institutionId, type: 'WORKS_AT', ...(position ? { position } : {}) });
    // Checked above, so a refusal here is a bug: say so rather than half-decide the name.
    if (!works.ok) throw new Error(`WORKS_AT ${created.person.id} -> ${institutionId} refused: ${works.errors.map((e) => renderMessage(e.message)).join('; ')}`);
  }
  return decide(ctx, args.id, 'created', created.person.id, null);
}

/** The name is this person: its works move to them, and later imports match it to them. */
export async function mergeUnmatchedPerson(ctx: GraphContext, args: { id: string; personId: string }): Promise<UnmatchedPersonPayloadModel> {
  assertMayEdit(ctx.viewer);
  const { errors } = await pendingName(ctx, args.id);
  if (errors.length) return failed(errors, empty());
  await ctx.access.assertVisible([args.personId], 'personId');
  const person = await ctx.loaders.person.load(args.personId);
  if (!person) return failed([fieldError('personId', 'error.noSuchPerson', { id: args.personId })], empty());
  return decide(ctx, args.id, 'merged', person.id, null);
}

/** Leaves the name unmatched for good. */
export async function ignoreUnmatchedPerson(ctx: GraphContext, args: { id: string; reason?: string | null }): Promise<UnmatchedPersonPayloadModel> {
  assertMayEdit(ctx.viewer);
  const { errors } = await pendingName(ctx, args.id);
  if (errors.length) return failed(errors, empty());
  await ctx.repositories.evidence.resolveContributor({ id: args.id, status: 'ignored', personId: null, by: ctx.viewer.userId, on: ctx.today, reason: args.reason?.trim() || null, orcid: false });
  return payload(ctx, args.id, null);
}

async function decide(ctx: GraphContext, id: string, status: 'created' | 'merged', personId: string, reason: string | null): Promise<UnmatchedPersonPayloadModel> {
  const evidence = ctx.repositories.evidence;
  await evidence.resolveContributor({ id, status, personId, by: ctx.viewer.userId, on: ctx.today, reason, orcid: true });
  await refreshSuggestions(evidence, [personId], ctx.today);
  ctx.loaders.person.clear(personId);
  return payload(ctx, id, personId);
}
