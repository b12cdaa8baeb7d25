import type { InteractionInput, PlanInput, PlanStepInput, PlanUpdateInput } from '../../__generated__/resolvers-types.js';
import type { GraphContext } from '../../context.js';
import { assertMayEdit } from '../../kernel/auth/viewer.js';
import { failed, fieldError, ForbiddenError, type FieldError } from '../../kernel/errors.js';
import { formatMessage, message } from '../../kernel/i18n/catalogue.js';
import type { DevelopmentLevel } from '../../__generated__/vocabulary.js';
import { stageRank, type NodeRecord, type TieRecord } from '../graph/model.js';
import { requireText, typedProps } from '../graph/rules/typed-input.js';
import { introductionPaths } from '../introductions/questions.js';
import { currentStageOf } from './questions.js';
import type { PlanModel } from './models.js';
import { addDays } from '../../kernel/dates.js';
import { proposeSteps } from './rules/propose-steps.js';
import { interactionName } from './rules/interaction-name.js';

const PLAN_FIELDS = ['targetStage', 'targetOn', 'goals', 'budget', 'budgetPurpose', 'developmentLevel', 'status', 'reviewOn'] as const;

/** A plan is run by its owner; their manager and admins may change it too. */
function assertMayChangePlan(ctx: GraphContext, plan: PlanModel): void {
  assertMayEdit(ctx.viewer);
  const v = ctx.viewer;
  if (v.role === 'admin' || plan.ownerId === v.userId || (plan.ownerId !== null && v.teamIds.has(plan.ownerId))) return;
  throw new ForbiddenError(message('error.planOwner', { id: plan.id, owner: plan.ownerId }), 'id');
}

async function write(ctx: GraphContext, nodes: NodeRecord[], ties: TieRecord[]): Promise<void> {
  await ctx.repositories.graph.write(nodes, ties);
}

async function planPayload(ctx: GraphContext, id: string) {
  ctx.loaders.plan.clear(id);
  ctx.loaders.planSteps.clear(id);
  return { ok: true, errors: [], plan: await ctx.loaders.plan.load(id) };
}

async function loadPlanOrFail(ctx: GraphContext, id: string): Promise<PlanModel | null> {
  const plan = await ctx.loaders.plan.load(id);
  if (plan) assertMayChangePlan(ctx, plan);
  return plan;
}

export async function createPlan(ctx: GraphContext, input: PlanInput) {
  assertMayEdit(ctx.viewer);
  const ownerId = input.ownerId ?? ctx.viewer.userId;
  const v = ctx.viewer;
  if (v.role !== 'admin' && ownerId !== v.userId && !v.teamIds.has(ownerId)) {
    throw new ForbiddenError(message('error.planFor', { manager: v.role === 'manager' ? 'yes' : 'no', ownerId }), 'input.ownerId');
  }
  await ctx.access.assertVisible([input.personId], 'input.personId');
  const errors: FieldError[] = [];
  const [person, owner] = await Promise.all([ctx.loaders.person.load(input.personId), ctx.loaders.user.load(ownerId)]);
  if (!person) errors.push(fieldError('input.personId', 'error.noSuchPerson', { id: input.personId }));
  if (!owner) errors.push(fieldError('input.ownerId', 'error.noSuchUser', { id: ownerId }));
  const props = typedProps('node', 'Plan', { ...input, developmentLevel: input.developmentLevel ?? 'D1' }, PLAN_FIELDS, errors);
  if (!person || !owner || errors.length) return failed(errors, { plan: null });

  const currentStage = await currentStageOf(ctx, { personId: person.id, ownerId });
  if (stageRank(input.targetStage) <= stageRank(currentStage)) {
    return failed([fieldError('input.targetStage', 'error.stageNotAbove', { stage: currentStage })], { plan: null });
  }
  if (input.targetOn && input.targetOn <= ctx.today) {
    return failed([fieldError('input.targetOn', 'error.notAfterToday', { on: input.targetOn, today: ctx.today })], { plan: null });
  }
  const id = ctx.repositories.graph.newId('Plan');
  const nodes: NodeRecord[] = [
    {
      id,
      type: 'Plan',
      name: formatMessage('plan.name', { person: person.name }, ctx.locale),
      props: { ...props, startStage: currentStage, status: 'active', createdOn: ctx.today, reviewNotes: [] },
    },
  ];
  const ties: TieRecord[] = [
    { from: ownerId, to: id, type: 'OWNS', props: {} },
    { from: id, to: person.id, type: 'TARGETS', props: {} },
  ];
  if (input.proposeSteps ?? true) {
    const [paths, touchpoints] = await Promise.all([
      introductionPaths(ctx, { fromId: ownerId, toId: person.id, maxHops: 4, first: 1 }).catch(() => []),
      ctx.repositories.planning.touchpoints(person.id, ctx.today),
    ]);
    const ids = paths[0]?.personIds ?? [];
    const introducerId = ids.length >= 2 ? ids[ids.length - 2]! : null;
    const introducer = introducerId ? await ctx.loaders.person.load(introducerId) : null;
    const steps = proposeSteps(
      {
        personName: person.name,
        today: ctx.today,
        currentStage,
        introducer: introducer && paths[0] ? { id: introducer.id, name: introducer.name, strength: paths[0].strength } : null,
        touchpoints,
        developmentLevel: (props.developmentLevel as DevelopmentLevel | undefined) ?? 'D1',
        reviewOn: typeof props.reviewOn === 'string' ? props.reviewOn : null,
      },
      ctx.locale,
    );
    steps.forEach((step, order) => {
      const stepId = `${id}-step-${order + 1}`;
      nodes.push({ id: stepId, type: 'PlanStep', name: step.title, props: { kind: step.kind, due: step.due, status: 'open', order } });
      ties.push({ from: id, to: stepId, type: 'HAS_STEP', props: {} });
      if (step.aboutId) ties.push({ from: stepId, to: step.aboutId, type: 'ABOUT', props: {} });
    });
  }
  await write(ctx, nodes, ties);
  return planPayload(ctx, id);
}

export async function updatePlan(ctx: GraphContext, id: string, input: PlanUpdateInput) {
  const plan = await loadPlanOrFail(ctx, id);
  if (!plan) return failed([fieldError('id', 'error.noSuchPlan', { id })], { plan: null });
  const errors: FieldError[] = [];
  const props = typedProps('node', 'Plan', input, PLAN_FIELDS, errors);
  if (errors.length) return failed(errors, { plan: null });
  await write(ctx, [{ id, type: 'Plan', name: plan.name, props }], []);
  return planPayload(ctx, id);
}

export async function reviewPlan(ctx: GraphContext, id: string, note: string) {
  const plan = await loadPlanOrFail(ctx, id);
  if (!plan) return failed([fieldError('id', 'error.noSuchPlan', { id })], { plan: null });
  if (note.trim() === '') return failed([fieldError('note', 'value.required')], { plan: null });
  await ctx.repositories.planning.addReviewNote(id, `${ctx.today} ${ctx.viewer.userId}: ${note.trim()}`);
  return planPayload(ctx, id);
}

export async function addPlanStep(ctx: GraphContext, planId: string, input: PlanStepInput) {
  const plan = await loadPlanOrFail(ctx, planId);
  if (!plan) return failed([fieldError('planId', 'error.noSuchPlan', { id: planId })], { plan: null });
  const errors: FieldError[] = [];
  const title = requireText(input, 'title', errors);
  const props = typedProps('node', 'PlanStep', input, ['kind', 'due', 'note'], errors);
  if (input.aboutId) {
    errors.push(...(await ctx.repositories.graph.checkReferences([{ field: 'input.aboutId', id: input.aboutId, allowed: ['Person', 'Event', 'Committee', 'Tender', 'Institution', 'Interaction'] }])));
  }
  if (errors.length) return failed(errors, { plan: null });
  if (input.aboutId) await ctx.access.assertVisible([input.aboutId], 'input.aboutId');
  const steps = await ctx.loaders.planSteps.load(planId);
  const stepId = ctx.repositories.graph.newId('PlanStep');
  const ties: TieRecord[] = [{ from: planId, to: stepId, type: 'HAS_STEP', props: {} }];
  if (input.aboutId) ties.push({ from: stepId, to: input.aboutId, type: 'ABOUT', props: {} });
  await write(ctx, [{ id: stepId, type: 'PlanStep', name: title, props: { ...props, status: 'open', order: steps.length } }], ties);
  return planPayload(ctx, planId);
}

export async function updatePlanStep(ctx: GraphContext, { stepId, status, note, due }: { stepId: string; status: string; note?: string | null; due?: string | null }) {
  const owning = await ctx.repositories.planning.planOfStep(stepId);
  if (!owning) return failed([fieldError('stepId', 'error.noSuchStep', { id: stepId })], { plan: null });
  const parent = await loadPlanOrFail(ctx, owning);
  if (!parent) return failed([fieldError('stepId', 'error.noSuchStep', { id: stepId })], { plan: null });
  await ctx.repositories.planning.updateStep(stepId, status, note ?? null, due ?? null, ctx.today);
  return planPayload(ctx, owning);
}

export async function logInteraction(ctx: GraphContext, input: InteractionInput) {
  assertMayEdit(ctx.viewer);
  const errors: FieldError[] = [];
  if (input.personIds.length === 0) errors.push(fieldError('input.personIds', 'error.nobodyMet'));
  const props = typedProps('node', 'Interaction', input, ['kind', 'date', 'outcome', 'notes', 'validUntil', 'nextContactOn'], errors);
  const refs = [
    ...input.personIds.map((id, i) => ({ field: `input.personIds[${i}]`, id, allowed: ['Person'] as const })),
    ...(input.followsUpId ? [{ field: 'input.followsUpId', id: input.followsUpId, allowed: ['Interaction'] as const }] : []),
    ...(input.tenderId ? [{ field: 'input.tenderId', id: input.tenderId, allowed: ['Tender'] as const }] : []),
  ];
  if (errors.length === 0) errors.push(...(await ctx.repositories.graph.checkReferences(refs)));
  if (errors.length) return failed(errors, { interaction: null });
  await ctx.access.assertVisible([...input.personIds, input.tenderId], 'input');
  if (input.kind === 'proposal' && !props.validUntil) props.validUntil = addDays(input.date, 30);
  const id = ctx.repositories.graph.newId('Interaction');
  const ties: TieRecord[] = [
    { from: ctx.viewer.userId, to: id, type: 'PARTICIPATED_IN', props: {} },
    ...input.personIds.map((personId) => ({ from: personId, to: id, type: 'PARTICIPATED_IN' as const, props: {} })),
  ];
  if (input.followsUpId) ties.push({ from: id, to: input.followsUpId, type: 'FOLLOWS_UP', props: {} });
  if (input.tenderId) ties.push({ from: id, to: input.tenderId, type: 'ABOUT', props: {} });
  await write(ctx, [{ id, type: 'Interaction', name: interactionName(input.kind, input.date, ctx.locale), props }], ties);
  for (const personId of input.personIds) ctx.loaders.recentInteractionIds.clear(personId);
  return { ok: true, errors: [], interaction: await ctx.loaders.interaction.load(id) };
}

export async function confirmProposal(ctx: GraphContext, interactionId: string, on?: string | null) {
  assertMayEdit(ctx.viewer);
  const interaction = await ctx.loaders.interaction.load(interactionId);
  if (!interaction || interaction.kind !== 'proposal') {
    return failed([fieldError('interactionId', 'error.noSuchProposal', { id: interactionId })], { interaction: null });
  }
  await ctx.access.assertVisible(interaction.personIds, 'interactionId');
  await ctx.repositories.planning.confirmProposal(interactionId, on ?? ctx.today);
  ctx.loaders.interaction.clear(interactionId);
  return { ok: true, errors: [], interaction: await ctx.loaders.interaction.load(interactionId) };
}
