import neo4j from 'neo4j-driver';
import { cypherFile } from '../../kernel/database/cypher.js';
import type { DbClient } from '../../kernel/database/db-client.js';
import { toNeo4jDate } from '../../kernel/database/plain.js';
import type { InteractionModel, PlanModel, PlanStepModel, StagePeriodModel } from '../../models.js';
import { groupBy } from '../people/repository.js';

type Props = Record<string, unknown>;
const plans = cypherFile<
  { ids: readonly string[] | null; personId: string | null; ownerIds: string[] | null; status: string | null },
  { id: string; name: string; personId: string; ownerId: string | null; props: Props }
>('queries/planning/plans.cypher');
const planSteps = cypherFile<
  { ids: readonly string[] },
  { planId: string; id: string; name: string; props: Props; aboutId: string | null; aboutName: string | null; aboutLabel: string | null }
>('queries/planning/plan-steps.cypher');
const interactionsByPersonIds = cypherFile<{ ids: readonly string[]; limit: unknown }, { personId: string; interactionIds: string[] }>(
  'queries/planning/interactions-by-person-ids.cypher',
);
const interactionsByIds = cypherFile<
  { ids: readonly string[] },
  { id: string; name: string; props: Props; personIds: string[]; userIds: string[]; followedUp: boolean; tenderId: string | null }
>('queries/planning/interactions-by-ids.cypher');
const proposalsOfUser = cypherFile<{ userId: string | null; today: unknown }, { id: string; name: string; date: string; confirmedOn: string | null; followedUp: boolean }>(
  'queries/planning/proposals-of-user.cypher',
);
const stageHistory = cypherFile<{ ids: readonly string[] }, StagePeriodModel>('queries/planning/stage-history.cypher');
const touchpoints = cypherFile<{ personId: string; today: unknown }, { kind: string; id: string; name: string; date: string | null; role: string }>(
  'queries/planning/person-touchpoints.cypher',
);
const lastInteractions = cypherFile<{ ids: readonly string[] }, { personId: string; last: string | null }>(
  'queries/planning/last-interaction-dates.cypher',
);
const agendaItems = cypherFile<
  { userId: string; from: unknown; to: unknown; territoryIds: string[] | null },
  { date: string; kind: string; title: string; subjectId: string | null }
>('queries/planning/agenda-items.cypher');
const keyAccounts = cypherFile<
  { scopeKind: string; scopeId: string; today: unknown },
  {
    id: string;
    name: string;
    kind: string | null;
    keyAccount: boolean;
    sales: Array<{ period: string; revenue: number; profit: number; newOpportunities: number }>;
    peopleIds: string[];
    stages: string[];
    upcomingTenders: number;
  }
>('queries/planning/key-accounts.cypher');
const updatePlanStep = cypherFile<
  { stepId: string; status: string; note: string | null; due: unknown; today: unknown },
  { planId: string }
>('queries/planning/update-plan-step.cypher');
const planOfStep = cypherFile<{ stepId: string }, { planId: string }>('queries/planning/plan-of-step.cypher');
const addReviewNote = cypherFile<{ planId: string; note: string }, { id: string }>('queries/planning/add-review-note.cypher');
const confirmProposal = cypherFile<{ id: string; on: unknown }, { id: string }>('queries/planning/confirm-proposal.cypher');

const text = (props: Props, key: string) => (typeof props[key] === 'string' ? (props[key] as string) : null);
const num = (props: Props, key: string) => (typeof props[key] === 'number' ? (props[key] as number) : null);

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
    return rows.map((row) => ({
      id: row.id,
      name: row.name,
      personId: row.personId,
      ownerId: row.ownerId,
      startStage: text(row.props, 'startStage'),
      targetStage: text(row.props, 'targetStage'),
      goals: text(row.props, 'goals'),
      budget: num(row.props, 'budget'),
      budgetPurpose: text(row.props, 'budgetPurpose'),
      delegation: text(row.props, 'delegation'),
      status: text(row.props, 'status'),
      createdOn: text(row.props, 'createdOn'),
      reviewOn: text(row.props, 'reviewOn'),
      reviewNotes: Array.isArray(row.props.reviewNotes) ? (row.props.reviewNotes as string[]) : [],
    }));
  }

  async plansByIds(ids: readonly string[]): Promise<Array<PlanModel | null>> {
    const found = new Map((await this.plans({ ids })).map((p) => [p.id, p]));
    return ids.map((id) => found.get(id) ?? null);
  }

  async steps(planIds: readonly string[]): Promise<PlanStepModel[][]> {
    const rows = await this.db.read(planSteps, { ids: planIds });
    const steps = rows.map((row) => ({
      planId: row.planId,
      id: row.id,
      title: row.name,
      kind: text(row.props, 'kind'),
      due: text(row.props, 'due'),
      status: text(row.props, 'status') ?? 'open',
      doneOn: text(row.props, 'doneOn'),
      note: text(row.props, 'note'),
      aboutId: row.aboutId,
      aboutName: row.aboutName,
      aboutLabel: row.aboutLabel,
    }));
    return groupBy(planIds, steps, (s) => s.planId);
  }

  async interactionIdsOf(personIds: readonly string[], limit: number): Promise<string[][]> {
    const rows = await this.db.read(interactionsByPersonIds, { ids: personIds, limit: neo4j.int(limit) });
    const byId = new Map(rows.map((r) => [r.personId, r.interactionIds]));
    return personIds.map((id) => byId.get(id) ?? []);
  }

  async interactions(ids: readonly string[]): Promise<Array<InteractionModel | null>> {
    const rows = await this.db.read(interactionsByIds, { ids });
    const byId = new Map(
      rows.map((row) => [
        row.id,
        {
          id: row.id,
          name: row.name,
          kind: text(row.props, 'kind'),
          date: text(row.props, 'date'),
          outcome: text(row.props, 'outcome'),
          notes: text(row.props, 'notes'),
          validUntil: text(row.props, 'validUntil'),
          confirmedOn: text(row.props, 'confirmedOn'),
          nextContactOn: text(row.props, 'nextContactOn'),
          personIds: row.personIds,
          userIds: row.userIds,
          followedUp: row.followedUp,
          tenderId: row.tenderId,
        } satisfies InteractionModel,
      ]),
    );
    return ids.map((id) => byId.get(id) ?? null);
  }

  proposals(userId: string | null, today: string) {
    return this.db.read(proposalsOfUser, { userId, today: toNeo4jDate(today) });
  }

  async stageHistory(personIds: readonly string[]): Promise<StagePeriodModel[][]> {
    return groupBy(personIds, await this.db.read(stageHistory, { ids: personIds }), (r) => r.personId);
  }

  touchpoints(personId: string, today: string) {
    return this.db.read(touchpoints, { personId, today: toNeo4jDate(today) });
  }

  async lastInteractionDates(personIds: readonly string[]): Promise<Array<string | null>> {
    const rows = await this.db.read(lastInteractions, { ids: personIds });
    const byId = new Map(rows.map((r) => [r.personId, r.last]));
    return personIds.map((id) => byId.get(id) ?? null);
  }

  agenda(userId: string, from: string, to: string, territoryIds: string[] | null) {
    return this.db.read(agendaItems, { userId, from: toNeo4jDate(from), to: toNeo4jDate(to), territoryIds });
  }

  keyAccounts(scopeKind: 'territory' | 'institution', scopeId: string, today: string) {
    return this.db.read(keyAccounts, { scopeKind, scopeId, today: toNeo4jDate(today) });
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
}
