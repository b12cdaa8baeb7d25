import type { PlanCardFieldsFragment } from '../../../gql/graphql.js';
import { relativeDays } from '../../../shared/dates.js';
import { humanize } from '../../../shared/format.js';
import { STAGE_LABELS } from '../../../shared/visual-encoding/encoding.js';
import { DELEGATION_LABELS, formatBudget, nextSteps, planHealth, stageProgress, type DelegationLevel } from '../plan-board.js';
import { PlanFlags } from './PlanFlags.js';

export interface PlanCardProps {
  plan: PlanCardFieldsFragment;
  today: string;
  selected: boolean;
  showOwner: boolean;
  onOpen(id: string): void;
}

/** One plan on the board: who, where to, how it is run, what is next and why it needs attention. */
export function PlanCard({ plan, today, selected, showOwner, onOpen }: PlanCardProps) {
  const health = planHealth(plan);
  const steps = nextSteps(plan.steps, 3);
  const openCount = plan.steps.filter((s) => s.status === 'open').length;
  const level = plan.delegation as DelegationLevel | null;
  const delegation = level && DELEGATION_LABELS[level];
  const progress = stageProgress(plan.startStage, plan.currentStage, plan.targetStage);
  return (
    <article
      className={`plan-card health-${health}${selected ? ' selected' : ''}`}
      data-testid="plan-card"
      data-plan-id={plan.id}
      data-health={health}
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
            {humanize(plan.person.category)}
            {showOwner && plan.owner ? ` · ${plan.owner.name}` : ''}
          </span>
        </div>
        {delegation && (
          <span className="delegation" title={`${plan.delegation} ${delegation.name}: ${delegation.meaning}`}>
            {plan.delegation}
            <small>{delegation.name}</small>
          </span>
        )}
      </header>
      <div className="plan-stage">
        <span>{STAGE_LABELS[plan.currentStage] ?? plan.currentStage}</span>
        <span className="arrow" aria-hidden="true">→</span>
        <strong>{plan.targetStage ? (STAGE_LABELS[plan.targetStage] ?? plan.targetStage) : 'no target'}</strong>
        <span className="bar" aria-hidden="true">
          <span style={{ width: `${progress * 100}%` }} />
        </span>
      </div>
      <p className="plan-budget">
        <strong>{formatBudget(plan.budget)}</strong>
        {plan.budgetPurpose ? <span className="muted"> · {plan.budgetPurpose}</span> : null}
      </p>
      {health !== 'achieved' && (
        <ul className="plan-next">
          {steps.length === 0 && <li className="muted">No open step: add the next one.</li>}
          {steps.map((s) => (
            <li key={s.id} className={s.overdue ? 'overdue' : ''}>
              <span className="due" title={s.due ? `Due ${relativeDays(s.due, today)}` : 'No due date'}>
                {s.due ?? 'no date'}
              </span>
              <span className="title">{s.title}</span>
            </li>
          ))}
          {openCount > steps.length && <li className="muted more">+{openCount - steps.length} more open</li>}
        </ul>
      )}
      <PlanFlags flags={plan.flags} />
    </article>
  );
}
