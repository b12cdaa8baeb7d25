import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link } from 'react-router';
import { PlanStatus, StepStatus } from '../../../gql/vocabulary.js';
import { numericDate } from '@shared/dates.js';
import { tr } from '@shared/i18n/intl.js';
import { Fact } from '@shared/ui/Fact.js';
import { PanelSection } from '@shared/ui/PanelSection.js';
import { QueryState } from '@shared/ui/QueryState.js';
import { logInteractionHref } from '@shared/urls/agenda.js';
import { mapNodeHref } from '@shared/urls/map-view.js';
import { PlanQuery } from '../graphql/plan-query.js';
import { AFTER_PLAN_CHANGE } from '../graphql/refetch.js';
import { UpdatePlanMutation } from '../graphql/update-plan-mutation.js';
import { DEVELOPMENT_LEVEL_MEANINGS, MANAGER_STYLE_MEANINGS, PLAN_PROGRESS_HINTS, PLAN_PROGRESS_LABELS, PLAN_STATUS_LABELS } from '@shared/vocabulary/labels.js';
import { slug } from '@shared/vocabulary/values.js';
import { personCategoryLabel, stageLabel } from '@shared/vocabulary/words.js';
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
      if (!r.data?.updatePlan.ok) return setProblem(r.data?.updatePlan.errors.map((e) => e.message).join('; ') ?? tr('plans.detail.notSaved'));
      onMessage(status === PlanStatus.ACTIVE ? tr('plans.detail.reopened') : tr('plans.detail.marked', { status: PLAN_STATUS_LABELS[status].toLowerCase() }));
    } catch (error) {
      setProblem(tr('plans.detail.couldNotChange', { message: (error as Error).message }));
    }
  };

  return (
    <aside className="plan-detail" aria-label={tr('nodeLabelLabels.Plan')} data-testid="plan-detail" data-plan-id={planId}>
      <div className="detail-head">
        <span className="muted small">{tr('plans.detail.kicker')}</span>
        <button type="button" className="close" onClick={onClose} aria-label={tr('plans.detail.close')} title={tr('listWords.close')}>
          ✕
        </button>
      </div>
      <QueryState loading={result.loading} error={result.error} what={tr('plans.detail.what')} onRetry={() => result.refetch()} hasData={!!plan}>
        {!plan && <p className="empty-state">{tr('plans.detail.missing', { id: planId })}</p>}
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
                {tr('plans.detail.meta', { category: personCategoryLabel(plan.person.category), owner: plan.owner?.name ?? tr('person.nobody'), since: plan.createdOn ? numericDate(plan.createdOn) : '?' })}
              </p>
              <div className="pills">
                <span className={`pill health-pill health-${slug(plan.progress)}`} title={PLAN_PROGRESS_HINTS[plan.progress]} data-testid="plan-progress">
                  {PLAN_PROGRESS_LABELS[plan.progress]}
                </span>
                <span className="pill">{tr('plans.detail.status', { status: PLAN_STATUS_LABELS[plan.status ?? PlanStatus.ACTIVE] })}</span>
                {plan.lastInteractionOn && <span className="pill">{tr('plans.detail.lastContact', { date: numericDate(plan.lastInteractionOn) })}</span>}
              </div>
              <div className="actions">
                <Link className="button" to={mapNodeHref(plan.person.id)}>
                  {tr('plans.detail.showOnMap')}
                </Link>
                {mayChange && (
                  <Link className="button" to={logInteractionHref(plan.person.id)}>
                    {tr('plans.logInteraction')}
                  </Link>
                )}
                {mayChange && plan.status === PlanStatus.ACTIVE && (
                  <>
                    <button type="button" disabled={saving} onClick={() => setStatus(PlanStatus.ACHIEVED)}>
                      {tr('plans.detail.markAchieved')}
                    </button>
                    <button type="button" disabled={saving} onClick={() => setStatus(PlanStatus.CLOSED)}>
                      {tr('plans.detail.closePlan')}
                    </button>
                  </>
                )}
                {mayChange && plan.status !== PlanStatus.ACTIVE && (
                  <button type="button" disabled={saving} onClick={() => setStatus(PlanStatus.ACTIVE)}>
                    {tr('plans.reopen')}
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

            <PanelSection title={tr('plans.detail.stage')}>
              <StageTrack start={plan.startStage} current={plan.currentStage} target={plan.targetStage} />
              <p className="muted small" data-testid="plan-target">
                {tr('plans.detail.target', {
                  hasStage: !!plan.targetStage,
                  stage: plan.targetStage ? stageLabel(plan.targetStage) : '',
                  hasDate: !!plan.targetOn,
                  date: plan.targetOn ? numericDate(plan.targetOn) : '',
                  passed: !!plan.targetOn && plan.targetOn < today && !finished(plan.progress),
                })}
              </p>
            </PanelSection>

            <PanelSection title={tr('plans.detail.goalsAndBudget')}>
              <dl className="facts">
                <Fact label={tr('plans.detail.goals')}>{plan.goals ?? <span className="muted">{tr('plans.detail.notWritten')}</span>}</Fact>
                <Fact label={tr('plans.detail.budget')}>
                  <strong>{formatBudget(plan.budget)}</strong>
                  {plan.budgetPurpose ? ` · ${plan.budgetPurpose}` : ''}
                </Fact>
                <Fact label={tr('plans.detail.level')}>
                  <strong title={DEVELOPMENT_LEVEL_MEANINGS[plan.developmentLevel]} data-testid="development-level">
                    {levelAndStyle(plan.developmentLevel, plan.managerStyle)}
                  </strong>
                  <br />
                  {/* The manager style's words from the web's vocabulary, beside its other labels (the API's styleMeaning says the same in the request's language). */}
                  <span className="muted">{MANAGER_STYLE_MEANINGS[plan.managerStyle]}</span>
                </Fact>
                <Fact label={tr('plans.detail.review')}>{plan.reviewOn ? numericDate(plan.reviewOn) : <span className="muted">{tr('plans.detail.noDate')}</span>}</Fact>
              </dl>
            </PanelSection>

            <PanelSection title={tr('plans.detail.steps', { count: plan.steps.filter((s) => s.status === StepStatus.OPEN).length })}>
              <PlanSteps planId={plan.id} steps={plan.steps} today={today} mayChange={mayChange} onMessage={onMessage} />
            </PanelSection>

            <PanelSection title={tr('plans.detail.reviewNotes')}>
              <ReviewNotes planId={plan.id} notes={plan.reviewNotes} reviewOn={plan.reviewOn} mayChange={mayChange} onMessage={onMessage} />
            </PanelSection>

            <PanelSection title={tr('plans.stageHistory')}>
              <StageTimeline periods={plan.stageHistory} />
            </PanelSection>
          </>
        )}
      </QueryState>
    </aside>
  );
}
