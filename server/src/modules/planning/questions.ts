import { formatMessage, message, type Locale, type MessageId, type MessageParams } from '../../kernel/i18n/catalogue.js';
import type { GraphContext } from '../../context.js';
import { loadViewer } from '../../kernel/auth/access.js';
import { seesEverything } from '../../kernel/auth/viewer.js';
import { BadInputError, ForbiddenError, NotFoundError, intInRange } from '../../kernel/errors.js';
import type { AgendaItemKind, RelationshipStage } from '../../__generated__/vocabulary.js';
import { stageRank } from '../graph/model.js';
import { introductionPathsToMany } from '../introductions/questions.js';
import { assertMaySeeScope, powerScoreOf, scopePower, type ScopeArgs } from '../power/questions.js';
import { readDossier } from '../privacy/questions.js';
import { decisionGroup, specShapers } from '../tenders/questions.js';
import type { BriefingModel, FollowUpModel, PlanModel, RecommendationModel } from './models.js';
import type { AgendaRow } from './repository.js';
import { daysBetween } from '../../kernel/dates.js';
import { FOLLOW_UP_ADVICE, followUpState } from './rules/follow-ups.js';

/** Users whose plans and agenda the viewer may see: themselves, a manager's team, everyone for admins. */
export function assertMaySeeUser(ctx: GraphContext, userId: string, argument: string): void {
  const v = ctx.viewer;
  if (v.role === 'admin' || v.role === 'strategist' || userId === v.userId || v.teamIds.has(userId)) return;
  throw new ForbiddenError(message('error.seeOwnPlans', { manager: v.role === 'manager' ? 'yes' : 'no', userId }), argument);
}

/** The plan owner's stage with the person today, else our best (null when nobody has one). */
export async function currentStageOf(ctx: GraphContext, plan: Pick<PlanModel, 'personId' | 'ownerId'>): Promise<RelationshipStage | null> {
  const relations = await ctx.loaders.relationships.load(plan.personId);
  return (relations.find((r) => r.userId === plan.ownerId) ?? relations[0])?.stage ?? null;
}

export async function listPlans(ctx: GraphContext, args: { ownerId?: string | null; personId?: string | null; status?: string | null }): Promise<PlanModel[]> {
  if (args.ownerId) assertMaySeeUser(ctx, args.ownerId, 'ownerId');
  const v = ctx.viewer;
  const ownerIds = args.ownerId ? [args.ownerId] : seesEverything(v) ? null : [v.userId, ...v.teamIds];
  if (args.personId) await ctx.access.assertVisible([args.personId], 'personId');
  return ctx.repositories.planning.plans({ personId: args.personId ?? null, ownerIds, status: args.status ?? null });
}

export async function followUps(ctx: GraphContext, args: { userId?: string | null; includeDone?: boolean | null }): Promise<FollowUpModel[]> {
  const userId = args.userId ?? (seesEverything(ctx.viewer) ? null : ctx.viewer.userId);
  if (userId) assertMaySeeUser(ctx, userId, 'userId');
  const rows = await ctx.repositories.planning.proposals(userId, ctx.today);
  return rows
    .map((row) => ({ row, state: followUpState({ kind: 'proposal', ...row }, ctx.today) }))
    .filter(({ state }) => args.includeDone || state.status === 'due' || state.status === 'overdue')
    .map(({ row, state }) => ({ proposalId: row.id, proposalName: row.name, people: row.people, due: state.due!, overdue: state.status === 'overdue', advice: formatMessage(FOLLOW_UP_ADVICE, {}, ctx.locale) }))
    .sort((a, b) => a.due.localeCompare(b.due));
}

/** An agenda item's title in the reader's language; a step's and an event's own name stands as it is. */
function agendaTitle(item: AgendaRow, locale: Locale): string {
  switch (item.kind) {
    case 'birthday':
      return formatMessage('agenda.birthday', { person: item.name }, locale);
    case 'plan_review':
      return formatMessage('agenda.planReview', { plan: item.name }, locale);
    case 'tender_preparation':
      return formatMessage('agenda.tenderPreparation', { tender: item.name, held: item.held }, locale);
    case 'term_ending':
      return formatMessage('agenda.termEnding', { person: item.person, role: item.role, committee: item.name }, locale);
    default:
      return item.name;
  }
}

/** The longest agenda one question reads. */
const AGENDA_DAYS = 366;

export async function agenda(ctx: GraphContext, args: { userId: string; from: string; to: string }) {
  assertMaySeeUser(ctx, args.userId, 'userId');
  if (args.to < args.from) throw new BadInputError('to', message('error.toBeforeFrom', { from: args.from }));
  if (daysBetween(args.from, args.to) > AGENDA_DAYS) throw new BadInputError('to', message('error.agendaSpan', { days: AGENDA_DAYS }));
  const user = await loadViewer(ctx.db, args.userId, ctx.today);
  if (!user) throw new NotFoundError('userId', 'user', args.userId);
  const territoryIds = user.territoryIds === null ? null : [...user.territoryIds];
  const items = (await ctx.repositories.planning.agenda(args.userId, args.from, args.to, territoryIds)).map((item) => ({
    date: item.date,
    kind: item.kind,
    title: agendaTitle(item, ctx.locale),
    subjectId: item.subjectId,
    overdue: item.date < ctx.today && item.kind === 'plan_step',
  }));
  const dueFollowUps = (await followUps(ctx, { userId: args.userId }))
    .filter((f) => f.due <= args.to)
    .map((f) => ({
      date: f.due,
      kind: 'follow_up' as AgendaItemKind,
      title: formatMessage('agenda.followUp', { proposal: f.proposalName, people: f.people.length ? { and: f.people } : null }, ctx.locale),
      subjectId: f.proposalId,
      overdue: f.overdue,
    }));
  return [...items, ...dueFollowUps].sort((a, b) => a.date.localeCompare(b.date) || a.kind.localeCompare(b.kind));
}

export async function briefing(ctx: GraphContext, personId: string): Promise<BriefingModel> {
  await ctx.access.assertVisible([personId], 'personId');
  const person = await ctx.loaders.person.load(personId);
  if (!person) throw new NotFoundError('personId', 'person', personId);
  const [territoryIds, interactionIds, plans, contacts] = await Promise.all([
    ctx.loaders.territoryIds.load(personId),
    ctx.loaders.recentInteractionIds.load(personId),
    listPlans(ctx, { personId }).catch(() => [] as PlanModel[]),
    ctx.repositories.introductions.contactBall([personId], ctx.today, 1),
    // Whether the dossier may be read depends on the owners: asked in the same batch.
    ctx.loaders.relationships.load(personId),
  ]);
  const territoryId = territoryIds[0] ?? null;
  const power = territoryId ? await powerScoreOf(ctx, { scope: { territoryId }, personId }) : null;
  const steps = (await ctx.loaders.planSteps.loadMany(plans.map((p) => p.id))).flatMap((s) => (s instanceof Error ? [] : s));
  const openSteps = steps.filter((s) => s.status === 'open').sort((a, b) => (a.due ?? '').localeCompare(b.due ?? ''));

  const say = (id: MessageId, params: MessageParams) => formatMessage(id, params, ctx.locale);
  const topics: string[] = [];
  const dossier = await readDossier(ctx, personId, 'briefing topics');
  if (dossier) {
    if (dossier.hobbies.length) topics.push(say('briefing.hobbies', { hobbies: dossier.hobbies.join(', ') }));
    if (dossier.values) topics.push(say('briefing.values', { values: dossier.values }));
    if (dossier.communicationStyle) topics.push(say('briefing.communicationStyle', { style: dossier.communicationStyle }));
    if (dossier.characterType) topics.push(say('briefing.character', { character: dossier.characterType }));
  }

  // Mutual contacts: people tied to the person whom one of our users already knows.
  const neighbours = new Map<string, number>();
  for (const edge of contacts.edges) {
    if (edge.type === 'RELATES' || contacts.users.has(edge.to)) continue;
    neighbours.set(edge.to, Math.max(neighbours.get(edge.to) ?? 0, edge.strength));
  }
  const visible = await ctx.access.visible([...neighbours.keys()]);
  const neighbourRelations = await ctx.loaders.relationships.loadMany([...visible]);
  const mutualContacts = [...visible]
    .map((contactId, i) => {
      const rel = neighbourRelations[i];
      const best = rel instanceof Error ? undefined : rel?.[0];
      return { contactId, strength: neighbours.get(contactId)!, userId: best?.userId ?? null, stage: best?.stage ?? null };
    })
    .filter((c) => stageRank(c.stage) >= stageRank('acquaintance'))
    .sort((a, b) => stageRank(b.stage) - stageRank(a.stage) || b.strength - a.strength)
    .slice(0, 10);

  const talkingPoints: string[] = [];
  const touch = await ctx.repositories.planning.touchpoints(personId, ctx.today);
  for (const t of touch.slice(0, 4)) {
    talkingPoints.push(
      t.kind === 'event'
        ? say('briefing.event', { how: t.role, event: t.name, on: t.date })
        : t.kind === 'committee'
          ? say('briefing.committee', { role: t.role, committee: t.name, until: t.date })
          : say('briefing.tender', { role: t.role, tender: t.name, on: t.date }),
    );
  }
  const lastInteraction = interactionIds[0] ? await ctx.loaders.interaction.load(interactionIds[0]) : null;
  if (lastInteraction?.nextContactOn) talkingPoints.push(say('briefing.nextContact', { on: lastInteraction.nextContactOn }));
  if (power) talkingPoints.push(say('briefing.rank', { rank: power.rank }));
  return { personId, power, territoryId, interactionIds, openSteps, planIds: plans.map((p) => p.id), topics, mutualContacts, talkingPoints };
}

/**
 * Whose relationship would most raise our reach: for a tender, uncovered spec shapers and
 * decision-group members; for a territory, its most powerful people we do not reach yet.
 * score = power × (1 − our stage / advocate) × reachability (best introduction path).
 */
export async function nextBestRelationships(ctx: GraphContext, args: { scope: ScopeArgs; first?: number | null }): Promise<RecommendationModel[]> {
  const first = intInRange('first', args.first, 5, 1, 20);
  const scope = await assertMaySeeScope(ctx, args.scope);
  // Power is read in the territory a tender lies in: shapers outside the tender's own
  // circle still carry their weight there.
  const territoryId = scope.kind === 'tender' ? await ctx.repositories.planning.territoryOf(scope.id) : null;
  const { result } = await scopePower(ctx, { scope: territoryId ? { territoryId } : args.scope });
  const power = new Map(result.ranking.map((r) => [r.personId, r.score]));
  const roles = new Map<string, Set<string>>();
  const say = (id: MessageId, params: MessageParams = {}) => formatMessage(id, params, ctx.locale);
  const addRole = (id: string, role: string) => (roles.get(id) ?? roles.set(id, new Set()).get(id)!).add(role);
  if (scope.kind === 'tender') {
    for (const s of await specShapers(ctx, { tenderId: scope.id, maxHops: 2, first: 40 })) {
      addRole(s.personId, s.hops === 0 ? say('recommendation.drafts', { role: s.drafterRole }) : say('recommendation.shapes'));
    }
    for (const role of (await decisionGroup(ctx, { tenderId: scope.id })).roles) for (const m of role.members) addRole(m.personId, say('recommendation.decisionRole', { role: role.role }));
  } else {
    for (const r of result.ranking.slice(0, 40)) addRole(r.personId, say('recommendation.rank', { rank: r.rank }));
  }
  const candidates = [...roles.keys()];
  // Where the paths start from is read beside our relationships with the candidates.
  const [relations, fromUser] = await Promise.all([
    ctx.loaders.relationships.loadMany(candidates),
    ctx.viewer.role === 'kam' || ctx.viewer.role === 'manager' ? ctx.viewer.userId : ctx.repositories.planning.kamOfScope(scope.id),
  ]);
  const ranked = candidates
    .map((personId, i) => {
      const rel = relations[i];
      const stage = rel instanceof Error ? null : (rel?.[0]?.stage ?? null);
      const p = power.get(personId) ?? 0.05;
      return { personId, stage, power: p, gap: p * (1 - stageRank(stage) / 4) };
    })
    .filter((c) => stageRank(c.stage) < stageRank('acquaintance'))
    .sort((a, b) => b.gap - a.gap)
    .slice(0, first * 2);

  const out: RecommendationModel[] = [];
  // One path search for every candidate (each answer as introductionPaths gives it alone).
  const pathsTo = fromUser ? await introductionPathsToMany(ctx, { fromId: fromUser, toIds: ranked.map((c) => c.personId), maxHops: 4, first: 1 }) : new Map<string, never[]>();
  for (const c of ranked) {
    const path = pathsTo.get(c.personId)?.[0];
    const reach = path ? path.strength : 0.1;
    const ids = path?.personIds ?? [];
    out.push({
      personId: c.personId,
      score: c.gap * reach,
      power: c.power,
      ourStage: c.stage,
      roles: [...roles.get(c.personId)!],
      reason: [
        ...roles.get(c.personId)!,
        say('recommendation.power', { power: c.power }),
        say('recommendation.stage', { stage: c.stage }),
        path ? say('recommendation.path', { count: ids.length - 1, strength: path.strength }) : say('recommendation.noPath'),
      ].join('; '),
      introducerId: ids.length >= 2 ? ids[ids.length - 2]! : null,
      viaUserId: path?.viaUserId ?? null,
      pathStrength: path ? path.strength : null,
    });
  }
  return out.sort((a, b) => b.score - a.score).slice(0, first);
}
