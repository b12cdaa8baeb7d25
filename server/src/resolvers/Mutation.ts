import type { MutationResolvers } from '../__generated__/resolvers-types.js';
import type { GraphContext } from '../context.js';
import { RELATIONSHIP_STAGES, type NodeRecord, type NodeType, type TieRecord } from '../modules/graph/model.js';
import { failed, requireText, typedProps, type FieldError } from '../modules/graph/field-errors.js';
import type { Reference } from '../modules/graph/repository.js';
import { assertMayEdit, ForbiddenError, seesEverything } from '../kernel/auth/viewer.js';
import { SecurityMutation } from '../modules/privacy/resolvers.js';
import { PlanningMutation } from '../modules/planning/commands.js';

const PERSON_FIELDS = ['title', 'category', 'specialty', 'email', 'phone', 'consent', 'optedOut'] as const;
const INSTITUTION_FIELDS = ['kind', 'city'] as const;
const COMMITTEE_FIELDS = ['kind'] as const;
const TENDER_FIELDS = ['date', 'value', 'currency', 'status', 'specification'] as const;
const TIE_FIELDS = ['strength', 'role', 'position', 'head', 'domain', 'basis', 'value', 'stage', 'since', 'until', 'source', 'confidence'] as const;

interface NodeInput {
  id?: string | null;
  name: string;
  [field: string]: unknown;
}

/** Validates, checks references, writes node + its structural ties in one transaction. */
async function upsertNode(
  ctx: GraphContext,
  type: NodeType,
  input: NodeInput,
  fields: readonly string[],
  links: Array<{ field: string; type: TieRecord['type']; allowed: readonly NodeType[]; reverse?: boolean }>,
): Promise<{ id: string; errors: FieldError[] }> {
  assertMayEdit(ctx.viewer);
  const errors: FieldError[] = [];
  const name = requireText(input, 'name', errors);
  const props = typedProps('node', type, input, fields, errors);
  if (input.id !== undefined && input.id !== null && input.id.trim() === '') errors.push({ field: 'input.id', message: 'may not be blank' });
  const mutations = ctx.repositories.mutations;
  const id = input.id?.trim() || mutations.newId(type);
  const references: Reference[] = [];
  const ties: TieRecord[] = [];
  for (const link of links) {
    const target = input[link.field];
    if (typeof target !== 'string' || target === '') continue;
    references.push({ field: `input.${link.field}`, id: target, allowed: link.allowed });
    ties.push(link.reverse ? { from: target, to: id, type: link.type, props: {} } : { from: id, to: target, type: link.type, props: {} });
  }
  if (errors.length === 0) errors.push(...(await mutations.checkReferences(references, { id, type })));
  if (errors.length > 0) return { id, errors };
  await assertMayWriteNode(ctx, id, references, links[0]?.field);
  const node: NodeRecord = { id, type, name, props };
  await mutations.upsert(node, ties);
  return { id, errors };
}

/**
 * KAMs and managers write inside their territories: an existing node must be visible, and
 * a new one must be tied (territoryId, partOfId, institutionId, issuerId) to something visible.
 */
async function assertMayWriteNode(ctx: GraphContext, id: string, references: Reference[], linkField: string | undefined) {
  if (seesEverything(ctx.viewer)) return;
  const exists = (await ctx.repositories.analytics.entityTypes([id])).has(id);
  await ctx.access.assertVisible([exists ? id : null, ...references.map((r) => r.id)], exists ? 'input.id' : 'input');
  if (!exists && references.length === 0 && linkField) {
    throw new ForbiddenError(`input.${linkField}: required, so that what you create lands in one of your territories.`);
  }
}

async function assertMayWriteTie(ctx: GraphContext, ids: string[]) {
  assertMayEdit(ctx.viewer);
  await ctx.access.assertVisible(ids, 'from/to');
}

export const Mutation: MutationResolvers = {
  ...SecurityMutation,
  ...PlanningMutation,
  upsertPerson: async (_p, { input }, ctx) => {
    const { id, errors } = await upsertNode(ctx, 'Person', input, PERSON_FIELDS, [
      { field: 'territoryId', type: 'LOCATED_IN', allowed: ['Territory'] },
    ]);
    if (errors.length) return failed(errors, { person: null });
    ctx.loaders.person.clear(id);
    return { ok: true, errors: [], person: await ctx.loaders.person.load(id) };
  },
  upsertInstitution: async (_p, { input }, ctx) => {
    const { id, errors } = await upsertNode(ctx, 'Institution', input, INSTITUTION_FIELDS, [
      { field: 'territoryId', type: 'LOCATED_IN', allowed: ['Territory'] },
      { field: 'partOfId', type: 'PART_OF', allowed: ['Institution'] },
    ]);
    if (errors.length) return failed(errors, { institution: null });
    ctx.loaders.institution.clear(id);
    return { ok: true, errors: [], institution: await ctx.loaders.institution.load(id) };
  },
  upsertCommittee: async (_p, { input }, ctx) => {
    const { id, errors } = await upsertNode(ctx, 'Committee', input, COMMITTEE_FIELDS, [
      { field: 'institutionId', type: 'PART_OF', allowed: ['Institution'] },
    ]);
    if (errors.length) return failed(errors, { committee: null });
    ctx.loaders.committee.clear(id);
    return { ok: true, errors: [], committee: await ctx.loaders.committee.load(id) };
  },
  upsertTender: async (_p, { input }, ctx) => {
    const { id, errors } = await upsertNode(ctx, 'Tender', input, TENDER_FIELDS, [
      { field: 'issuerId', type: 'ISSUES', allowed: ['Institution', 'Committee'], reverse: true },
    ]);
    if (errors.length) return failed(errors, { tender: null });
    ctx.loaders.tender.clear(id);
    return { ok: true, errors: [], tender: await ctx.loaders.tender.load(id) };
  },
  setTie: async (_p, { input }, ctx) => {
    await assertMayWriteTie(ctx, [input.from, input.to]);
    const errors: FieldError[] = [];
    const props = typedProps('tie', input.type, input, TIE_FIELDS, errors);
    if (typeof props.since === 'string' && typeof props.until === 'string' && props.until < props.since) {
      errors.push({ field: 'input.until', message: `${props.until} is before since ${props.since}` });
    }
    if (input.from === input.to) errors.push({ field: 'input.to', message: 'a tie must join two different nodes' });
    if (errors.length === 0) errors.push(...(await ctx.repositories.mutations.tieErrors(input)));
    if (errors.length) return failed(errors, { tie: null });
    const tie = await ctx.repositories.mutations.setTie({ from: input.from, to: input.to, type: input.type, props });
    return { ok: true, errors: [], tie };
  },
  removeTie: async (_p, { from, to, type, since }, ctx) => {
    await assertMayWriteTie(ctx, [from, to]);
    const removed = await ctx.repositories.mutations.removeTie(from, to, type, since ?? null);
    if (!removed) return failed([{ field: 'since', message: `no ${type} tie ${from} -> ${to}${since ? ` since ${since}` : ' without a since date'}` }], { id: null });
    return { ok: true, errors: [], id: `${type}|${from}|${to}|${since ?? ''}` };
  },
  setStance: async (_p, { personId, towardId, value, source }, ctx) => {
    await assertMayWriteTie(ctx, [personId]);
    const errors: FieldError[] = [];
    if (!Number.isInteger(value) || value < -2 || value > 2) errors.push({ field: 'value', message: `${value} is not a whole number from -2 to 2` });
    if (errors.length === 0) {
      errors.push(
        ...(await ctx.repositories.mutations.checkReferences([
          { field: 'personId', id: personId, allowed: ['Person'] },
          { field: 'towardId', id: towardId, allowed: ['Institution', 'Product'] },
        ])),
      );
    }
    if (errors.length) return failed(errors, { tie: null });
    const props = { value, toward: towardId, ...(source ? { source } : {}) };
    const tie = await ctx.repositories.mutations.setCurrentTie(personId, towardId, 'STANCE', props, ctx.today);
    return { ok: true, errors: [], tie };
  },
  setStage: async (_p, { userId, personId, stage }, ctx) => {
    await assertMayWriteTie(ctx, [personId]);
    const viewer = ctx.viewer;
    if (viewer.role !== 'admin' && userId !== viewer.userId && !viewer.teamIds.has(userId)) {
      throw new ForbiddenError(`userId: you may record your own relationship stages${viewer.role === 'manager' ? " and your team's" : ''}, not those of "${userId}".`);
    }
    const errors: FieldError[] = [];
    if (!(RELATIONSHIP_STAGES as readonly string[]).includes(stage)) {
      errors.push({ field: 'stage', message: `"${stage}" is not one of ${RELATIONSHIP_STAGES.join(', ')}` });
    }
    if (errors.length === 0) {
      errors.push(
        ...(await ctx.repositories.mutations.checkReferences([
          { field: 'userId', id: userId, allowed: ['User'] },
          { field: 'personId', id: personId, allowed: ['Person'] },
        ])),
      );
    }
    if (errors.length) return failed(errors, { tie: null });
    const tie = await ctx.repositories.mutations.setCurrentTie(userId, personId, 'RELATES', { stage }, ctx.today);
    return { ok: true, errors: [], tie };
  },
  deleteNode: async (_p, { id }, ctx) => {
    assertMayEdit(ctx.viewer);
    if (ctx.viewer.role !== 'admin') {
      await ctx.access.assertVisible([id], 'id');
      const type = (await ctx.repositories.analytics.entityTypes([id])).get(id);
      if (type === 'Territory' || type === 'User') throw new ForbiddenError(`id: only admins delete a ${type}.`);
    }
    const type = await ctx.repositories.mutations.deleteNode(id);
    if (!type) return failed([{ field: 'id', message: `no node with id "${id}"` }], { id: null });
    return { ok: true, errors: [], id };
  },
};
