import type { PlanCardFieldsFragment } from '../../../gql/graphql.js';
import { StepStatus } from '../../../gql/vocabulary.js';
import { numericDate, relativeDays } from '@shared/dates.js';
import { tr } from '@shared/i18n/intl.js';
import { DEVELOPMENT_LEVEL_LABELS, DEVELOPMENT_LEVEL_MEANINGS, MANAGER_STYLE_LABELS } from '@shared/vocabulary/labels.js';
import { stageProgress } from '@shared/vocabulary/ladder.js';
import { slug } from '@shared/vocabulary/values.js';
import { personCategoryLabel, stageLabel } from '@shared/vocabulary/words.js';
import { finished, formatBudget, nextSteps } from '../plan-board.js';
import { PlanFlags } from './PlanFlags.js';

export interface PlanCardProps {
  plan: PlanCardFieldsFragment;
  today: string;
  selected: boolean;
  showOwner: boolean;
  onOpen(id: string): void;
}

/** One plan on the board: who, where to and by when, how it is run, what is next and why it needs attention. */
export function PlanCard({ plan, today, selected, showOwner, onOpen }: PlanCardProps) {
  const steps = nextSteps(plan.steps, 3);
  const openCount = plan.steps.filter((s) => s.status === StepStatus.OPEN).length;
  const progress = stageProgress(plan.startStage, plan.currentStage, plan.targetStage);
  const level = plan.developmentLevel;
  return (
    <article
      className={`plan-card health-${slug(plan.progress)}${selected ? ' selected' : ''}`}
      data-testid="plan-card"
      data-plan-id={plan.id}
      data-health={slug(plan.progress)}
      tabIndex={0}
      role="button"
      aria-pressed={selected}
      onClick={() => onOpen(plan.id)}
      onKeyDown={(e) => {
        if (e.key === 'Enter' || e.key === ' ') {
          e.preventDefault();
          onOpen(plan.id);
        }
      }}
    >
      <header className="plan-card-head">
        <div className="who">
          <strong className="name">
            {plan.person.title ? `${plan.person.title} ` : ''}
            {plan.person.name}
          </strong>
          <span className="meta">
            {personCategoryLabel(plan.person.category)}
            {showOwner && plan.owner ? ` · ${plan.owner.name}` : ''}
          </span>
        </div>
        <span className="development-level" title={tr('plans.card.levelTitle', { level: DEVELOPMENT_LEVEL_LABELS[level], meaning: DEVELOPMENT_LEVEL_MEANINGS[level], style: MANAGER_STYLE_LABELS[plan.managerStyle] })}>
          {DEVELOPMENT_LEVEL_LABELS[level]}
          <small>{MANAGER_STYLE_LABELS[plan.managerStyle]}</small>
        </span>
      </header>
      <div className="plan-stage">
        <span>{stageLabel(plan.currentStage)}</span>
        <span className="arrow" aria-hidden="true">→</span>
        <strong>{plan.targetStage ? stageLabel(plan.targetStage) : tr('plans.card.noTarget')}</strong>
        {plan.targetOn && <span className={`target-on${plan.targetOn < today && !finished(plan.progress) ? ' late' : ''}`}>{tr('plans.by', { date: numericDate(plan.targetOn) })}</span>}
        <span className="bar" aria-hidden="true">
          <span style={{ width: `${progress * 100}%` }} />
        </span>
      </div>
      <p className="plan-budget">
        <strong>{formatBudget(plan.budget)}</strong>
        {plan.budgetPurpose ? <span className="muted"> · {plan.budgetPurpose}</span> : null}
      </p>
      {!finished(plan.progress) && (
        <ul className="plan-next">
          {steps.length === 0 && <li className="muted">{tr('plans.card.noOpenStep')}</li>}
          {steps.map((s) => (
            <li key={s.id} className={s.overdue ? 'overdue' : ''}>
              <span className="due" title={s.due ? tr('plans.card.due', { when: relativeDays(s.due, today) }) : tr('plans.card.noDueDate')}>
                {s.due ? numericDate(s.due) : tr('plans.noDate')}
              </span>
              <span className="title">{s.title}</span>
            </li>
          ))}
          {openCount > steps.length && <li className="muted more">{tr('plans.card.moreOpen', { count: openCount - steps.length })}</li>}
        </ul>
      )}
      <PlanFlags flags={plan.flags} progress={plan.progress} />
    </article>
  );
}
