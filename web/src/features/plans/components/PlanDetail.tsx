import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link } from 'react-router';
import { PlanStatus, StepStatus } from '../../../gql/vocabulary.js';
import { Fact } from '../../../shared/ui/Fact.js';
import { PanelSection } from '../../../shared/ui/PanelSection.js';
import { QueryState } from '../../../shared/ui/QueryState.js';
import { logInteractionHref } from '../../../shared/urls/agenda.js';
import { mapNodeHref } from '../../../shared/urls/map-view.js';
import { PlanQuery } from '../graphql/plan-query.js';
import { AFTER_PLAN_CHANGE } from '../graphql/refetch.js';
import { UpdatePlanMutation } from '../graphql/update-plan-mutation.js';
import { DEVELOPMENT_LEVEL_MEANINGS, PLAN_PROGRESS_HINTS, PLAN_PROGRESS_LABELS, PLAN_STATUS_LABELS } from '../../../shared/vocabulary/labels.js';
import { slug } from '../../../shared/vocabulary/values.js';
import { personCategoryLabel, stageLabel } from '../../../shared/vocabulary/words.js';
import { finished, formatBudget, levelAndStyle } from '../plan-board.js';
import { PlanFlags } from './PlanFlags.js';
import { PlanSteps } from './PlanSteps.js';
import { ReviewNotes } from './ReviewNotes.js';
import { StageTimeline } from './StageTimeline.js';
import { StageTrack } from './StageTrack.js';

export interface PlanDetailProps {
  planId: string;
  today: string;
  mayChange: boolean;
  /** Shown once above the plan (e.g. "Plan created: the graph proposed 5 steps"). */
  banner: string | null;
  onClose(): void;
  onMessage(message: string): void;
}

/** A plan opened from the board: stage and target date, goals, budget, development level, steps, reviews and history. */
export function PlanDetail({ planId, today, mayChange, banner, onClose, onMessage }: PlanDetailProps) {
  const result = useQuery(PlanQuery, { variables: { id: planId } });
  const [updatePlan, { loading: saving }] = useMutation(UpdatePlanMutation, { refetchQueries: AFTER_PLAN_CHANGE });
  const [problem, setProblem] = useState<string | null>(null);
  const plan = result.data?.plan;

  const setStatus = async (status: PlanStatus) => {
    setProblem(null);
    try {
      const r = await updatePlan({ variables: { id: planId, input: { status } } });
      if (!r.data?.updatePlan.ok) return setProblem(r.data?.updatePlan.errors.map((e) => e.message).join('; ') ?? 'Not saved.');
      onMessage(status === PlanStatus.ACTIVE ? 'Plan reopened.' : `Plan marked ${PLAN_STATUS_LABELS[status].toLowerCase()}.`);
    } catch (error) {
      setProblem(`Could not change the plan: ${(error as Error).message}`);
    }
  };

  return (
    <aside className="plan-detail" aria-label="Plan" data-testid="plan-detail" data-plan-id={planId}>
      <div className="detail-head">
        <span className="muted small">Relationship plan</span>
        <button type="button" className="close" onClick={onClose} aria-label="Close the plan" title="Close">
          ✕
        </button>
      </div>
      <QueryState loading={result.loading} error={result.error} what="the plan" onRetry={() => result.refetch()} hasData={!!plan}>
        {!plan && <p className="empty-state">There is no plan {planId}, or it is not one of yours. Pick a plan on the board.</p>}
        {plan && (
          <>
            {banner && (
              <p className="success-banner" role="status" data-testid="plan-banner">
                {banner}
              </p>
            )}
            <header className="plan-detail-head">
              <h2>
                {plan.person.title ? `${plan.person.title} ` : ''}
                {plan.person.name}
              </h2>
              <p className="muted">
                {personCategoryLabel(plan.person.category)} · owner {plan.owner?.name ?? 'nobody'} · since {plan.createdOn ?? '?'}
              </p>
              <div className="pills">
                <span className={`pill health-pill health-${slug(plan.progress)}`} title={PLAN_PROGRESS_HINTS[plan.progress]} data-testid="plan-progress">
                  {PLAN_PROGRESS_LABELS[plan.progress]}
                </span>
                <span className="pill">Status: {PLAN_STATUS_LABELS[plan.status ?? PlanStatus.ACTIVE]}</span>
                {plan.lastInteractionOn && <span className="pill">Last contact {plan.lastInteractionOn}</span>}
              </div>
              <div className="actions">
                <Link className="button" to={mapNodeHref(plan.person.id)}>
                  Show on map
                </Link>
                {mayChange && (
                  <Link className="button" to={logInteractionHref(plan.person.id)}>
                    Log interaction
                  </Link>
                )}
                {mayChange && plan.status === PlanStatus.ACTIVE && (
                  <>
                    <button type="button" disabled={saving} onClick={() => setStatus(PlanStatus.ACHIEVED)}>
                      Mark achieved
                    </button>
                    <button type="button" disabled={saving} onClick={() => setStatus(PlanStatus.CLOSED)}>
                      Close
                    </button>
                  </>
                )}
                {mayChange && plan.status !== PlanStatus.ACTIVE && (
                  <button type="button" disabled={saving} onClick={() => setStatus(PlanStatus.ACTIVE)}>
                    Reopen
                  </button>
                )}
              </div>
              {problem && (
                <p className="form-errors" role="alert">
                  {problem}
                </p>
              )}
            </header>

            <PlanFlags flags={plan.flags} progress={plan.progress} detail />

            <PanelSection title="Stage">
              <StageTrack start={plan.startStage} current={plan.currentStage} target={plan.targetStage} />
              <p className="muted small" data-testid="plan-target">
                {plan.targetStage ? `Aims for ${stageLabel(plan.targetStage)}` : 'No target stage'}
                {plan.targetOn ? ` by ${plan.targetOn}` : ' (no target date)'}
                {plan.targetOn && plan.targetOn < today && !finished(plan.progress) ? ': the date has passed.' : '.'}
              </p>
            </PanelSection>

            <PanelSection title="Goals and budget">
              <dl className="facts">
                <Fact label="Goals">{plan.goals ?? <span className="muted">Not written down yet.</span>}</Fact>
                <Fact label="Budget">
                  <strong>{formatBudget(plan.budget)}</strong>
                  {plan.budgetPurpose ? ` · ${plan.budgetPurpose}` : ''}
                </Fact>
                <Fact label="Development level">
                  <strong title={DEVELOPMENT_LEVEL_MEANINGS[plan.developmentLevel]} data-testid="development-level">
                    {levelAndStyle(plan.developmentLevel, plan.managerStyle)}
                  </strong>
                  <br />
                  <span className="muted">{plan.styleMeaning}</span>
                </Fact>
                <Fact label="Review">{plan.reviewOn ?? <span className="muted">No date set.</span>}</Fact>
              </dl>
            </PanelSection>

            <PanelSection title={`Steps (${plan.steps.filter((s) => s.status === StepStatus.OPEN).length} open)`}>
              <PlanSteps planId={plan.id} steps={plan.steps} today={today} mayChange={mayChange} onMessage={onMessage} />
            </PanelSection>

            <PanelSection title="Review notes">
              <ReviewNotes planId={plan.id} notes={plan.reviewNotes} reviewOn={plan.reviewOn} mayChange={mayChange} onMessage={onMessage} />
            </PanelSection>

            <PanelSection title="Stage history">
              <StageTimeline periods={plan.stageHistory} />
            </PanelSection>
          </>
        )}
      </QueryState>
    </aside>
  );
}
