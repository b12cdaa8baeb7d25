import { useQuery } from '@apollo/client/react';
import { useMemo, useState, type ReactNode } from 'react';
import { FormattedMessage } from 'react-intl';
import { Link } from 'react-router';
import type { PlanDetailFieldsFragment } from '../../../gql/graphql.js';
import { InteractionKind } from '../../../gql/vocabulary.js';
import { localToday, numericDate } from '@shared/dates.js';
import { tr } from '@shared/i18n/intl.js';
import { PATHS } from '@shared/urls/paths.js';
import { planHref } from '@shared/urls/plans.js';
import { PLAN_PROGRESS_HINTS, PLAN_PROGRESS_LABELS } from '@shared/vocabulary/labels.js';
import { slug } from '@shared/vocabulary/values.js';
import { stageLabel } from '@shared/vocabulary/words.js';
import { LogInteractionForm } from '../../agenda/index.js';
import { PersonPlanningQuery } from '../graphql/person-planning-query.js';
import { finished, levelAndStyle, nextSteps } from '../plan-board.js';
import { CreatePlanForm } from './CreatePlanForm.js';
import { StageTimeline } from './StageTimeline.js';

export interface PersonPlanSectionProps {
  personId: string;
  today?: string;
  onMessage?(message: string): void;
}

/** The person panel's planning section: their plans, how our stage moved, and the two actions. */
export function PersonPlanSection({ personId, today: givenToday, onMessage }: PersonPlanSectionProps) {
  const today = useMemo(() => givenToday ?? localToday(), [givenToday]);
  const result = useQuery(PersonPlanningQuery, { variables: { id: personId } });
  const [form, setForm] = useState<'plan' | 'interaction' | null>(null);
  const [created, setCreated] = useState<PlanDetailFieldsFragment | null>(null);
  const person = result.data?.person;
  const plans = person?.plans ?? [];

  return (
    <section className="panel-section person-plans" data-testid="person-plans">
      <h3>{tr('plans.person.heading')}</h3>
      <div className="actions">
        <button type="button" className={form === 'plan' ? 'on' : ''} aria-pressed={form === 'plan'} onClick={() => setForm(form === 'plan' ? null : 'plan')} data-testid="person-create-plan">
          {tr('plans.create.submit')}
        </button>
        <button type="button" className={form === 'interaction' ? 'on' : ''} aria-pressed={form === 'interaction'} onClick={() => setForm(form === 'interaction' ? null : 'interaction')} data-testid="person-log-interaction">
          {tr('plans.logInteraction')}
        </button>
        <Link className="button" to={PATHS.plans}>
          {tr('plans.person.board')}
        </Link>
      </div>

      {form === 'plan' && (
        <CreatePlanForm
          personId={personId}
          compact
          lockPerson
          onCancel={() => setForm(null)}
          onCreated={(plan) => {
            setForm(null);
            setCreated(plan);
            onMessage?.(tr('plans.person.created', { count: plan.steps.length }));
          }}
        />
      )}
      {form === 'interaction' && (
        <LogInteractionForm
          today={today}
          personId={personId}
          compact
          onCancel={() => setForm(null)}
          onLogged={(i) => {
            setForm(null);
            onMessage?.(i.kind === InteractionKind.PROPOSAL && i.followUpDue ? tr('plans.person.loggedFollowUp', { date: numericDate(i.followUpDue) }) : tr('agenda.logged', { name: i.name }));
          }}
        />
      )}
      {created && (
        <div className="success-banner" role="status" data-testid="created-plan">
          <p>
            <FormattedMessage id="plans.person.createdBanner" values={{ count: created.steps.length, strong: (chunks: ReactNode[]) => <strong>{chunks}</strong> }} />
          </p>
          <ol className="proposed-steps">
            {created.steps.map((s) => (
              <li key={s.id}>
                {s.title}
                {s.due ? <span className="muted"> · {numericDate(s.due)}</span> : null}
              </li>
            ))}
          </ol>
          <Link to={planHref(created.id)}>{tr('plans.person.openPlan')}</Link>
        </div>
      )}

      {result.error && <p className="muted">{tr('plans.person.couldNotLoad', { message: result.error.message })}</p>}
      {result.loading && !person && <p className="muted loading">{tr('plans.person.loading')}</p>}
      {person && plans.length === 0 && !created && <p className="muted">{tr('plans.person.none')}</p>}
      {plans.length > 0 && (
        <ul className="mini-plans">
          {plans.map((p) => {
            const health = slug(p.progress);
            return (
              <li key={p.id} className={`health-${health}`} data-plan-id={p.id} data-health={health}>
                <div className="mini-plan-head">
                  <span className={`pill health-pill health-${health}`} title={PLAN_PROGRESS_HINTS[p.progress]}>
                    {PLAN_PROGRESS_LABELS[p.progress]}
                  </span>
                  <span>
                    {stageLabel(p.currentStage)} → <strong>{p.targetStage ? stageLabel(p.targetStage) : '?'}</strong>
                    {p.targetOn ? <span className="muted"> {tr('plans.by', { date: numericDate(p.targetOn) })}</span> : null}
                  </span>
                  <Link to={planHref(p.id)} className="open-link">
                    {tr('plans.person.open')}
                  </Link>
                </div>
                <div className="muted small">
                  {p.owner?.name ?? tr('plans.noOwner')} · {levelAndStyle(p.developmentLevel, p.managerStyle)}
                  {p.lastInteractionOn ? tr('plans.person.lastContact', { date: numericDate(p.lastInteractionOn) }) : ''}
                </div>
                {!finished(p.progress) && (
                  <ul className="plan-next">
                    {nextSteps(p.steps, 2).map((s) => (
                      <li key={s.id} className={s.overdue ? 'overdue' : ''}>
                        <span className="due">{s.due ? numericDate(s.due) : tr('plans.noDate')}</span>
                        <span className="title">{s.title}</span>
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {person && (
        <>
          <h4 className="sub-head">{tr('plans.stageHistory')}</h4>
          <StageTimeline periods={person.stageHistory} showUser />
        </>
      )}
    </section>
  );
}
