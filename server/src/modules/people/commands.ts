import { ForbiddenError, type FieldError } from '../../kernel/errors.js';
import type { GraphContext } from '../../context.js';
import { assertMayWriteTie, setCurrentTie, upsertNode, type NodeInput } from '../graph/commands.js';
import { RELATIONSHIP_STAGES } from '../graph/model.js';

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
      props: { value, toward: towardId, ...(source ? { source } : {}) },
    },
    errors,
  );
}

/** A user's current relationship stage with a person; the previous stage is closed today, so changes are dated. */
export async function setStage(ctx: GraphContext, args: { userId: string; personId: string; stage: string }) {
  const { userId, personId, stage } = args;
  await assertMayWriteTie(ctx, [personId]);
  const viewer = ctx.viewer;
  if (viewer.role !== 'admin' && userId !== viewer.userId && !viewer.teamIds.has(userId)) {
    throw new ForbiddenError(`userId: you may record your own relationship stages${viewer.role === 'manager' ? " and your team's" : ''}, not those of "${userId}".`);
  }
  const errors: FieldError[] = [];
  if (!(RELATIONSHIP_STAGES as readonly string[]).includes(stage)) {
    errors.push({ field: 'stage', message: `"${stage}" is not one of ${RELATIONSHIP_STAGES.join(', ')}` });
  }
  return setCurrentTie(
    ctx,
    {
      from: { field: 'userId', id: userId, allowed: ['User'] },
      to: { field: 'personId', id: personId, allowed: ['Person'] },
      type: 'RELATES',
      props: { stage },
    },
    errors,
  );
}
