import { ForbiddenError, type FieldError } from '../../kernel/errors.js';
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
  if (!Number.isInteger(value) || value < -2 || value > 2) errors.push({ field: 'value', message: `${value} is not a whole number from -2 to 2` });
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
    throw new ForbiddenError(`userId: you may record your own relationship stages${viewer.role === 'manager' ? " and your team's" : ''}, not those of "${userId}".`);
  }
  const errors: FieldError[] = [];
  const given = (args.criteria ?? []).map((c, i) => {
    if (c.since && c.since > ctx.today) errors.push({ field: `criteria[${i}].since`, message: `${c.since} is in the future` });
    return { criterion: c.criterion, since: c.since ?? ctx.today };
  });
  const recorded = (await ctx.loaders.relationships.load(personId)).find((r) => r.userId === userId)?.criteria ?? [];
  const criteria = mergeCriteria(recorded, given);
  const missing = missingCriteria(stage, criteria);
  if (missing.length > 0) {
    errors.push({
      field: 'criteria',
      message: `${stage} needs ${missing.join(', ')} (recorded or given here): a stage is a claim with evidence`,
    });
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
