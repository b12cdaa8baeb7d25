import { z } from 'zod';
import { alignById, groupById } from '../../kernel/database/batch.js';
import { cypher } from '../../kernel/database/cypher.js';
import type { DbClient } from '../../kernel/database/db-client.js';
import { toNeo4jDate, toNeo4jInteger } from '../../kernel/database/plain.js';
import { count, isoDate, optionalDate, optionalText, text, textList } from '../../kernel/database/rows.js';
import { AgendaItemKind } from '../../__generated__/vocabulary.js';
import { DEVELOPMENT_LEVELS, INTERACTION_KINDS, PLAN_STATUSES, RELATIONSHIP_STAGES, STEP_KINDS, STEP_STATUSES } from '../graph/model.js';
import type { ErasureHook } from '../privacy/erasure-hook.js';
import { closestRelations, erasedTexts, type TextNode } from './rules/erase-texts.js';
import type { InteractionModel, PlanModel, PlanStepModel, StagePeriodModel } from './models.js';

const AGENDA_ITEM_KINDS = Object.values(AgendaItemKind);

/** A node's stored properties: every field optional, unknown ones (imported columns) kept. */
const maybe = <T extends z.ZodType>(schema: T) => schema.nullable().optional();
const stage = z.enum(RELATIONSHIP_STAGES);
const planProps = z
  .object({
    startStage: maybe(stage),
    targetStage: maybe(stage),
    targetOn: maybe(isoDate),
    goals: maybe(text),
    budget: maybe(z.number()),
    budgetPurpose: maybe(text),
    developmentLevel: maybe(z.enum(DEVELOPMENT_LEVELS)),
    status: maybe(z.enum(PLAN_STATUSES)),
    createdOn: maybe(isoDate),
    reviewOn: maybe(isoDate),
    reviewNotes: maybe(textList),
  })
  .loose();
const stepProps = z
  .object({ kind: maybe(z.enum(STEP_KINDS)), due: maybe(isoDate), status: maybe(z.enum(STEP_STATUSES)), doneOn: maybe(isoDate), note: maybe(text) })
  .loose();
const interactionProps = z
  .object({
    kind: maybe(z.enum(INTERACTION_KINDS)),
    date: maybe(isoDate),
    outcome: maybe(text),
    notes: maybe(text),
    validUntil: maybe(isoDate),
    confirmedOn: maybe(isoDate),
    nextContactOn: maybe(isoDate),
  })
  .loose();

const planRow = z.object({ id: text, name: text, personId: text, ownerId: optionalText, props: planProps });
const plans = cypher<
  { ids: readonly string[] | null; personId: string | null; ownerIds: string[] | null; status: string | null },
  z.infer<typeof planRow>
>(import.meta.url, 'plans.cypher', planRow);
const stepRow = z.object({ planId: text, id: text, name: text, props: stepProps, aboutId: optionalText, aboutName: optionalText, aboutLabel: optionalText });
const planSteps = cypher<{ ids: readonly string[] }, z.infer<typeof stepRow>>(import.meta.url, 'plan-steps.cypher', stepRow);
const interactionsByPersonIds = cypher<{ ids: readonly string[]; limit: unknown }, { personId: string; interactionIds: string[] }>(
  import.meta.url,
  'interactions-by-person-ids.cypher',
  z.object({ personId: text, interactionIds: textList }),
);
const interactionRow = z.object({
  id: text,
  name: text,
  props: interactionProps,
  personIds: textList,
  userIds: textList,
  followedUp: z.boolean(),
  tenderId: optionalText,
});
const interactionsByIds = cypher<{ ids: readonly string[] }, z.infer<typeof interactionRow>>(import.meta.url, 'interactions-by-ids.cypher', interactionRow);
const proposalRow = z.object({ id: text, name: text, date: isoDate, confirmedOn: optionalDate, followedUp: z.boolean(), people: textList });
const proposalsOfUser = cypher<{ userId: string | null; today: unknown }, z.infer<typeof proposalRow>>(import.meta.url, 'proposals-of-user.cypher', proposalRow);
const stageHistory = cypher<{ ids: readonly string[] }, StagePeriodModel>(
  import.meta.url,
  'stage-history.cypher',
  z.object({ personId: text, userId: text, stage, since: optionalDate, until: optionalDate }),
);
const touchpointRow = z.object({ kind: z.enum(['event', 'committee', 'tender']), id: text, name: text, date: optionalDate, role: text });
const touchpoints = cypher<{ personId: string; today: unknown }, z.infer<typeof touchpointRow>>(import.meta.url, 'person-touchpoints.cypher', touchpointRow);
const lastInteractions = cypher<{ ids: readonly string[] }, { personId: string; last: string | null }>(
  import.meta.url,
  'last-interaction-dates.cypher',
  z.object({ personId: text, last: optionalDate }),
);
const agendaRow = z.object({
  date: isoDate,
  kind: z.enum(AGENDA_ITEM_KINDS),
  name: text,
  person: optionalText,
  role: optionalText,
  held: optionalDate,
  subjectId: optionalText,
});
const agendaItems = cypher<{ userId: string; from: unknown; to: unknown; territoryIds: string[] | null }, z.infer<typeof agendaRow>>(
  import.meta.url,
  'agenda-items.cypher',
  agendaRow,
);
const planIdRow = z.object({ planId: text });
const updatePlanStep = cypher<{ stepId: string; status: string; note: string | null; due: unknown; today: unknown }, { planId: string }>(
  import.meta.url,
  'update-plan-step.cypher',
  planIdRow,
);
const planOfStep = cypher<{ stepId: string }, { planId: string }>(import.meta.url, 'plan-of-step.cypher', planIdRow);
const idRow = z.object({ id: text });
const addReviewNote = cypher<{ planId: string; note: string }, { id: string }>(import.meta.url, 'add-review-note.cypher', idRow);
const confirmProposal = cypher<{ id: string; on: unknown }, { id: string }>(import.meta.url, 'confirm-proposal.cypher', idRow);
const territoryOf = cypher<{ id: string }, { territoryId: string }>(import.meta.url, 'territory-of.cypher', z.object({ territoryId: text }));
const kamOfScope = cypher<{ scopeId: string }, { id: string }>(import.meta.url, 'kam-of-scope.cypher', idRow);

export type Touchpoint = z.infer<typeof touchpointRow>;
export type ProposalRow = z.infer<typeof proposalRow>;
export type AgendaRow = z.infer<typeof agendaRow>;

/** Plans, steps, interactions and agenda sources; every read is one batched query. */
export class PlanningRepository {
  constructor(private readonly db: DbClient) {}

  async plans(filter: { ids?: readonly string[]; personId?: string | null; ownerIds?: string[] | null; status?: string | null }): Promise<PlanModel[]> {
    const rows = await this.db.read(plans, {
      ids: filter.ids ?? null,
      personId: filter.personId ?? null,
      ownerIds: filter.ownerIds ?? null,
      status: filter.status ?? null,
    });
    return rows.map(({ id, name, personId, ownerId, props: p }) => ({
      id,
      name,
      personId,
      ownerId,
      startStage: p.startStage ?? null,
      targetStage: p.targetStage ?? null,
      targetOn: p.targetOn ?? null,
      goals: p.goals ?? null,
      budget: p.budget ?? null,
      budgetPurpose: p.budgetPurpose ?? null,
      developmentLevel: p.developmentLevel ?? 'D1',
      status: p.status ?? null,
      createdOn: p.createdOn ?? null,
      reviewOn: p.reviewOn ?? null,
      reviewNotes: p.reviewNotes ?? [],
    }));
  }

  async plansByIds(ids: readonly string[]): Promise<Array<PlanModel | null>> {
    return alignById(ids, await this.plans({ ids }), (p) => p.id);
  }

  async steps(planIds: readonly string[]): Promise<PlanStepModel[][]> {
    const rows = await this.db.read(planSteps, { ids: planIds });
    const steps = rows.map(({ planId, id, name, props: p, aboutId, aboutName, aboutLabel }) => ({
      planId,
      id,
      title: name,
      kind: p.kind ?? null,
      due: p.due ?? null,
      status: p.status ?? 'open',
      doneOn: p.doneOn ?? null,
      note: p.note ?? null,
      aboutId,
      aboutName,
      aboutLabel,
    }));
    return groupById(planIds, steps, (s) => s.planId);
  }

  async interactionIdsOf(personIds: readonly string[], limit: number): Promise<string[][]> {
    const rows = await this.db.read(interactionsByPersonIds, { ids: personIds, limit: toNeo4jInteger(limit) });
    return alignById(personIds, rows, (r) => r.personId).map((row) => row?.interactionIds ?? []);
  }

  async interactions(ids: readonly string[]): Promise<Array<InteractionModel | null>> {
    const rows = await this.db.read(interactionsByIds, { ids });
    const models = rows.map(
      ({ id, name, props: p, personIds, userIds, followedUp, tenderId }): InteractionModel => ({
        id,
        name,
        kind: p.kind ?? null,
        date: p.date ?? null,
        outcome: p.outcome ?? null,
        notes: p.notes ?? null,
        validUntil: p.validUntil ?? null,
        confirmedOn: p.confirmedOn ?? null,
        nextContactOn: p.nextContactOn ?? null,
        personIds,
        userIds,
        followedUp,
        tenderId,
      }),
    );
    return alignById(ids, models, (m) => m.id);
  }

  /** Proposals a user took part in (everyone's when null), to find the follow-ups due. */
  proposals(userId: string | null, today: string): Promise<ProposalRow[]> {
    return this.db.read(proposalsOfUser, { userId, today: toNeo4jDate(today) });
  }

  async stageHistory(personIds: readonly string[]): Promise<StagePeriodModel[][]> {
    return groupById(personIds, await this.db.read(stageHistory, { ids: personIds }), (r) => r.personId);
  }

  /** Events, committee terms and tenders that give a reason to meet the person. */
  touchpoints(personId: string, today: string): Promise<Touchpoint[]> {
    return this.db.read(touchpoints, { personId, today: toNeo4jDate(today) });
  }

  async lastInteractionDates(personIds: readonly string[]): Promise<Array<string | null>> {
    const rows = await this.db.read(lastInteractions, { ids: personIds });
    return alignById(personIds, rows, (r) => r.personId).map((row) => row?.last ?? null);
  }

  agenda(userId: string, from: string, to: string, territoryIds: string[] | null): Promise<AgendaRow[]> {
    return this.db.read(agendaItems, { userId, from: toNeo4jDate(from), to: toNeo4jDate(to), territoryIds });
  }

  async updateStep(stepId: string, status: string, note: string | null, due: string | null, today: string): Promise<string | null> {
    const [row] = await this.db.write(updatePlanStep, { stepId, status, note, due: due ? toNeo4jDate(due) : null, today: toNeo4jDate(today) });
    return row?.planId ?? null;
  }

  async planOfStep(stepId: string): Promise<string | null> {
    return (await this.db.read(planOfStep, { stepId }))[0]?.planId ?? null;
  }

  async addReviewNote(planId: string, note: string): Promise<boolean> {
    return (await this.db.write(addReviewNote, { planId, note })).length > 0;
  }

  async confirmProposal(id: string, on: string): Promise<boolean> {
    return (await this.db.write(confirmProposal, { id, on: toNeo4jDate(on) })).length > 0;
  }

  /** The territory a tender (or anything) lies in. */
  async territoryOf(id: string): Promise<string | null> {
    return (await this.db.read(territoryOf, { id }))[0]?.territoryId ?? null;
  }

  /** A KAM who works the scope, to start introduction paths from when the viewer is not one. */
  async kamOfScope(scopeId: string): Promise<string | null> {
    return (await this.db.read(kamOfScope, { scopeId }))[0]?.id ?? null;
  }
}

const textsAboutPerson = cypher<{ personId: string; formerName: string | null }, TextNode>(
  import.meta.url,
  'texts-about-person.cypher',
  z.object({
    id: text,
    label: z.enum(['Interaction', 'Plan', 'PlanStep']),
    relation: z.enum(['participant', 'target', 'about', 'mention']),
    props: z.record(z.string(), z.unknown()),
  }),
);
const rewriteTexts = cypher<{ rows: Array<{ id: string; props: Record<string, unknown> }> }, { changed: number }>(
  import.meta.url,
  'rewrite-texts.cypher',
  z.object({ changed: count }),
);

/** Interactions (notes, outcome, names), plans and steps (titles, goals, notes) about a person. */
export const planningErasure: ErasureHook = {
  module: 'planning',
  holds: 'interaction notes, outcomes and names; plan goals, budget purposes, review notes; step titles and notes',
  async erase(tx, subject) {
    const formerName = subject.scope === 'person' && subject.formerName.trim().includes(' ') ? subject.formerName : null;
    const nodes = closestRelations(await tx.run(textsAboutPerson, { personId: subject.personId, formerName }));
    const rows = nodes.flatMap((node) => {
      const props = erasedTexts(node, { ...subject, formerName: formerName ?? '' });
      return props ? [{ id: node.id, props }] : [];
    });
    if (rows.length === 0) return 0;
    const [result] = await tx.run(rewriteTexts, { rows });
    return result?.changed ?? 0;
  },
};
