import { fieldError, ForbiddenError, type FieldError } from '../../kernel/errors.js';
import { message } from '../../kernel/i18n/catalogue.js';
import type { GraphContext } from '../../context.js';
import { assertMayWriteTie, setCurrentTie, upsertNode, type NodeInput } from '../graph/commands.js';
import type { RelationshipStage, StageCriterion } from '../../__generated__/vocabulary.js';
import { writeCriteria, mergeCriteria, missingCriteria } from './rules/ladder.js';

const PERSON_FIELDS = ['title', 'category', 'specialty', 'email', 'phone', 'consent', 'optedOut'] as const;

export async function upsertPerson(ctx: GraphContext, input: NodeInput) {
  const { id, errors } = await upsertNode(ctx, 'Person', input, PERSON_FIELDS, [{ field: 'territoryId', type: 'LOCATED_IN', allowed: ['Territory'] }]);
  if (errors.length) return { ok: false, errors, person: null };
  ctx.loaders.person.clear(id);
  return { ok: true, errors: [], person: await ctx.loaders.person.load(id) };
}

/** A person's current stance toward a company or product (-2..2); the previous one is closed today. */
export async function setStance(ctx: GraphContext, args: { personId: string; towardId: string; value: number; source?: string | null }) {
  const { personId, towardId, value, source } = args;
  await assertMayWriteTie(ctx, [personId]);
  const errors: FieldError[] = [];
  if (!Number.isInteger(value) || value < -2 || value > 2) errors.push(fieldError('value', 'error.stanceValue', { value: String(value) }));
  return setCurrentTie(
    ctx,
    {
      from: { field: 'personId', id: personId, allowed: ['Person'] },
      to: { field: 'towardId', id: towardId, allowed: ['Institution', 'Product'] },
      type: 'STANCE',
      props: { value, toward: towardId, recordedBy: ctx.viewer.userId, ...(source ? { source } : {}) },
    },
    errors,
  );
}

/**
 * A user's current relationship stage with a person, with the ladder's criteria that show
 * it: the stage needs the criteria of its step and the steps below, given now or already
 * recorded. The previous stage is closed today, so changes are dated; criteria carry over.
 */
export async function setStage(
  ctx: GraphContext,
  args: { userId: string; personId: string; stage: RelationshipStage; criteria?: ReadonlyArray<{ criterion: StageCriterion; since?: string | null }> | null },
) {
  const { userId, personId, stage } = args;
  await assertMayWriteTie(ctx, [personId]);
  const viewer = ctx.viewer;
  if (viewer.role !== 'admin' && userId !== viewer.userId && !viewer.teamIds.has(userId)) {
    throw new ForbiddenError(message('error.ownStagesOnly', { manager: viewer.role === 'manager' ? 'yes' : 'no', userId }), 'userId');
  }
  const errors: FieldError[] = [];
  const given = (args.criteria ?? []).map((c, i) => {
    if (c.since && c.since > ctx.today) errors.push(fieldError(`criteria[${i}].since`, 'error.inFuture', { on: c.since }));
    return { criterion: c.criterion, since: c.since ?? ctx.today };
  });
  const recorded = (await ctx.loaders.relationships.load(personId)).find((r) => r.userId === userId)?.criteria ?? [];
  const criteria = mergeCriteria(recorded, given);
  const missing = missingCriteria(stage, criteria);
  if (missing.length > 0) {
    errors.push(fieldError('criteria', 'error.stageNeedsCriteria', { stage, missing: missing.join(', ') }));
  }
  const written = await setCurrentTie(
    ctx,
    {
      from: { field: 'userId', id: userId, allowed: ['User'] },
      to: { field: 'personId', id: personId, allowed: ['Person'] },
      type: 'RELATES',
      props: { stage, criteria: writeCriteria(criteria), recordedBy: viewer.userId },
    },
    errors,
  );
  if (written.ok) ctx.loaders.relationships.clear(personId);
  return written;
}
