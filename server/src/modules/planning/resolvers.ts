import type { Resolvers } from '../../__generated__/resolvers-types.js';
import type { GraphContext } from '../../context.js';
import { intInRange } from '../../kernel/errors.js';
import { formatMessage, renderMessage } from '../../kernel/i18n/catalogue.js';
import { loadAll, loadExisting, loadOptional } from '../../kernel/graphql/load.js';
import { addPlanStep, confirmProposal, createPlan, logInteraction, reviewPlan, updatePlan, updatePlanStep } from './commands.js';
import type { PlanModel } from './models.js';
import { agenda, briefing, currentStageOf, followUps, listPlans, nextBestRelationships } from './questions.js';
import { daysBetween } from '../../kernel/dates.js';
import { followUpState } from './rules/follow-ups.js';
import { isStepOverdue, planHealth, STYLE_MEANING, STYLE_OF_LEVEL } from './rules/plan-health.js';

const Query: Resolvers['Query'] = {
  plans: (_p, args, ctx) => listPlans(ctx, args),
  plan: async (_p, { id }, ctx) => {
    const plan = await ctx.loaders.plan.load(id);
    if (plan) await ctx.access.assertVisible([plan.personId], 'id');
    return plan;
  },
  followUps: (_p, args, ctx) => followUps(ctx, args),
  briefing: (_p, { personId }, ctx) => briefing(ctx, personId),
  agenda: (_p, args, ctx) => agenda(ctx, args),
  nextBestRelationships: (_p, args, ctx) => nextBestRelationships(ctx, args),
};

const Person: Resolvers['Person'] = {
  plans: (person, _args, ctx) => listPlans(ctx, { personId: person.id }),
  interactions: async (person, { first }, { loaders }) =>
    loadAll(loaders.interaction, (await loaders.recentInteractionIds.load(person.id)).slice(0, intInRange('first', first, 20, 1, 20))),
  stageHistory: (person, _args, { loaders }) => loaders.stageHistory.load(person.id),
};

const Plan: Resolvers['Plan'] = {
  person: (plan, _args, { loaders }) => loadExisting(loaders.person, plan.personId, 'person'),
  owner: (plan, _args, { loaders }) => loadOptional(loaders.user, plan.ownerId),
  currentStage: (plan, _args, ctx) => currentStageOf(ctx, plan),
  managerStyle: (plan) => STYLE_OF_LEVEL[plan.developmentLevel],
  styleMeaning: (plan, _args, ctx) => formatMessage(STYLE_MEANING[STYLE_OF_LEVEL[plan.developmentLevel]], {}, ctx.locale),
  steps: (plan, _args, { loaders }) => loaders.planSteps.load(plan.id),
  overdue: async (plan, _args, { loaders, today }) => (await loaders.planSteps.load(plan.id)).some((s) => isStepOverdue(s, today)),
  progress: async (plan, _args, ctx) => (await health(plan, ctx)).progress,
  flags: async (plan, _args, ctx) => (await health(plan, ctx)).flags.map((flag) => renderMessage(flag, ctx.locale)),
  lastInteractionOn: (plan, _args, { loaders }) => loaders.lastInteractionOn.load(plan.personId),
  stageHistory: async (plan, _args, { loaders }) => (await loaders.stageHistory.load(plan.personId)).filter((s) => !plan.ownerId || s.userId === plan.ownerId),
};

async function health(plan: PlanModel, ctx: GraphContext) {
  const [steps, stage] = await Promise.all([ctx.loaders.planSteps.load(plan.id), currentStageOf(ctx, plan)]);
  return planHealth(plan, steps, stage, ctx.today);
}

const PlanStep: Resolvers['PlanStep'] = {
  overdue: (step, _args, { today }) => isStepOverdue(step, today),
};

const StagePeriod: Resolvers['StagePeriod'] = {
  days: (period, _args, { today }) => (period.since ? daysBetween(period.since, period.until ?? today) : null),
  user: (period, _args, { loaders }) => loadOptional(loaders.user, period.userId),
};

const Interaction: Resolvers['Interaction'] = {
  participants: (i, _args, { loaders }) => loadAll(loaders.person, i.personIds),
  users: (i, _args, { loaders }) => loadAll(loaders.user, i.userIds),
  followUpStatus: (i, _args, { today }) => followUpState(i, today).status,
  followUpDue: (i, _args, { today }) => {
    const state = followUpState(i, today);
    return state.status === 'due' || state.status === 'overdue' ? state.due : null;
  },
};

const FollowUp: Resolvers['FollowUp'] = {
  proposal: (f, _args, { loaders }) => loadExisting(loaders.interaction, f.proposalId, 'interaction'),
};

const Briefing: Resolvers['Briefing'] = {
  person: (b, _args, { loaders }) => loadExisting(loaders.person, b.personId, 'person'),
  territory: (b, _args, { loaders }) => loadOptional(loaders.territories, b.territoryId),
  interactions: (b, _args, { loaders }) => loadAll(loaders.interaction, b.interactionIds),
  plans: (b, _args, { loaders }) => loadAll(loaders.plan, b.planIds),
};

const MutualContact: Resolvers['MutualContact'] = {
  contact: (c, _args, { loaders }) => loadExisting(loaders.person, c.contactId, 'person'),
  user: (c, _args, { loaders }) => loadOptional(loaders.user, c.userId),
};

const Recommendation: Resolvers['Recommendation'] = {
  person: (r, _args, { loaders }) => loadExisting(loaders.person, r.personId, 'person'),
  introducer: (r, _args, { loaders }) => loadOptional(loaders.person, r.introducerId),
  viaUser: (r, _args, { loaders }) => loadOptional(loaders.user, r.viaUserId),
};

const Mutation: Resolvers['Mutation'] = {
  createPlan: (_p, { input }, ctx) => createPlan(ctx, input),
  updatePlan: (_p, { id, input }, ctx) => updatePlan(ctx, id, input),
  reviewPlan: (_p, { id, note }, ctx) => reviewPlan(ctx, id, note),
  addPlanStep: (_p, { planId, input }, ctx) => addPlanStep(ctx, planId, input),
  updatePlanStep: (_p, args, ctx) => updatePlanStep(ctx, args),
  logInteraction: (_p, { input }, ctx) => logInteraction(ctx, input),
  confirmProposal: (_p, { interactionId, on }, ctx) => confirmProposal(ctx, interactionId, on),
};

export const resolvers: Resolvers = { Query, Mutation, Person, Plan, PlanStep, StagePeriod, Interaction, FollowUp, Briefing, MutualContact, Recommendation };
