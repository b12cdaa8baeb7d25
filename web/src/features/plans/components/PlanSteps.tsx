import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { Link } from 'react-router';
import type { PlanStepFieldsFragment } from '../../../gql/graphql.js';
import { NodeLabel, StepKind, StepStatus } from '../../../gql/vocabulary.js';
import { numericDate, relativeDays } from '@shared/dates.js';
import type { MessageId } from '@shared/i18n/catalogues.js';
import { tr } from '@shared/i18n/intl.js';
import { textOrNull } from '@shared/forms/field-errors.js';
import { FormActions, FormErrors, FormField, optionsOf, SelectField } from '@shared/forms/FormField.js';
import { useFormErrors } from '@shared/forms/use-form-errors.js';
import { mapNodeHref, mapTenderHref } from '@shared/urls/map-view.js';
import { AddPlanStepMutation } from '../graphql/add-plan-step-mutation.js';
import { AFTER_PLAN_CHANGE } from '../graphql/refetch.js';
import { NODE_LABEL_LABELS, STEP_KIND_LABELS, STEP_STATUS_LABELS } from '@shared/vocabulary/labels.js';
import { enumValue, slug, valuesOf } from '@shared/vocabulary/values.js';
import { UpdatePlanStepMutation } from '../graphql/update-plan-step-mutation.js';

const STEP_KINDS = valuesOf(StepKind);
const STATUS_MARK: Record<StepStatus, string> = { OPEN: '○', DONE: '✓', SKIPPED: '–' };
const DONE_MESSAGE: Record<StepStatus, MessageId> = { OPEN: 'plans.steps.toast.OPEN', DONE: 'plans.steps.toast.DONE', SKIPPED: 'plans.steps.toast.SKIPPED' };
const STEP_FIELDS = ['title', 'kind', 'due', 'note'];

/** PlanStep.aboutLabel is a String naming a node label. */
const aboutLabelOf = (label: string | null | undefined) => enumValue(NodeLabel, label);

/** Where what a step is about opens on the map: a person, institution or committee selected, a tender's shapers. */
function aboutHref(label: string | null | undefined, id: string): string | null {
  if (label === 'Tender') return mapTenderHref(id);
  return label === 'Person' || label === 'Committee' || label === 'Institution' ? mapNodeHref(id) : null;
}

export interface PlanStepsProps {
  planId: string;
  steps: readonly PlanStepFieldsFragment[];
  today: string;
  mayChange: boolean;
  onMessage(message: string): void;
}

/** The plan's steps in order: mark done or skip, reopen, add the next one. */
export function PlanSteps({ planId, steps, today, mayChange, onMessage }: PlanStepsProps) {
  const [update, { loading: updating }] = useMutation(UpdatePlanStepMutation, { refetchQueries: AFTER_PLAN_CHANGE });
  const [problem, setProblem] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);

  const setStatus = async (step: PlanStepFieldsFragment, status: StepStatus) => {
    setProblem(null);
    try {
      const result = await update({ variables: { stepId: step.id, status } });
      const payload = result.data?.updatePlanStep;
      if (!payload?.ok) return setProblem(payload?.errors.map((e) => e.message).join('; ') ?? tr('plans.steps.notChanged'));
      onMessage(tr(DONE_MESSAGE[status], { title: step.title }));
    } catch (error) {
      setProblem(tr('plans.steps.couldNotChange', { message: (error as Error).message }));
    }
  };

  return (
    <div className="plan-steps">
      {problem && (
        <p className="form-errors" role="alert">
          {problem}
        </p>
      )}
      {steps.length === 0 && <p className="muted">{tr('plans.steps.none')}</p>}
      <ol className="plan-step-list" data-testid="plan-steps">
        {steps.map((s) => (
          <li key={s.id} className={`plan-step status-${slug(s.status)}${s.overdue ? ' overdue' : ''}`} data-step-id={s.id} data-status={slug(s.status)}>
            <span className="mark" aria-label={STEP_STATUS_LABELS[s.status]}>
              {STATUS_MARK[s.status]}
            </span>
            <div className="plan-step-body">
              <div className="plan-step-title">{s.title}</div>
              <div className="plan-step-meta">
                {s.kind && <span className="tag">{STEP_KIND_LABELS[s.kind]}</span>}
                {s.due && (
                  <span className={s.overdue ? 'late' : 'muted'}>
                    {tr('plans.steps.due', { date: numericDate(s.due) })}
                    {s.status === StepStatus.OPEN ? ` (${relativeDays(s.due, today)})` : ''}
                  </span>
                )}
                {s.doneOn && <span className="muted">{tr('plans.steps.done', { date: numericDate(s.doneOn) })}</span>}
                {s.aboutName && (
                  <span className="about">
                    {aboutLabelOf(s.aboutLabel) ? `${NODE_LABEL_LABELS[aboutLabelOf(s.aboutLabel)!]}: ` : ''}
                    {s.aboutId && aboutHref(s.aboutLabel, s.aboutId) ? <Link to={aboutHref(s.aboutLabel, s.aboutId)!}>{s.aboutName}</Link> : s.aboutName}
                  </span>
                )}
              </div>
              {s.note && <div className="plan-step-note">{s.note}</div>}
            </div>
            {mayChange && (
              <div className="plan-step-actions">
                {s.status === StepStatus.OPEN ? (
                  <>
                    <button type="button" className="small-button" disabled={updating} onClick={() => setStatus(s, StepStatus.DONE)} data-testid="step-done">
                      {tr('plans.steps.markDone')}
                    </button>
                    <button type="button" className="small-button" disabled={updating} onClick={() => setStatus(s, StepStatus.SKIPPED)}>
                      {tr('plans.steps.skip')}
                    </button>
                  </>
                ) : (
                  <button type="button" className="small-button" disabled={updating} onClick={() => setStatus(s, StepStatus.OPEN)}>
                    {tr('plans.reopen')}
                  </button>
                )}
              </div>
            )}
          </li>
        ))}
      </ol>
      {mayChange &&
        (adding ? (
          <AddStepForm
            planId={planId}
            today={today}
            onCancel={() => setAdding(false)}
            onDone={(title) => {
              setAdding(false);
              onMessage(tr('plans.steps.added', { title }));
            }}
          />
        ) : (
          <button type="button" onClick={() => setAdding(true)} data-testid="add-step">
            {tr('plans.steps.add')}
          </button>
        ))}
    </div>
  );
}

function AddStepForm({ planId, today, onCancel, onDone }: { planId: string; today: string; onCancel(): void; onDone(title: string): void }) {
  const [title, setTitle] = useState('');
  const [kind, setKind] = useState<StepKind>(StepKind.MEETING);
  const [due, setDue] = useState('');
  const [note, setNote] = useState('');
  const form = useFormErrors(STEP_FIELDS);
  const { errors } = form;
  const [add, { loading }] = useMutation(AddPlanStepMutation, { refetchQueries: AFTER_PLAN_CHANGE });
  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    await form.save(
      tr('plans.steps.couldNotAdd'),
      async () => (await add({ variables: { planId, input: { title: title.trim(), kind, due: due || null, note: textOrNull(note) } } })).data?.addPlanStep,
      () => onDone(title.trim()),
    );
  };
  return (
    <form className="edit-form" onSubmit={submit} data-testid="add-step-form" noValidate>
      <FormErrors errors={errors.general} />
      <FormField label={tr('plans.steps.step')} error={errors.byField.title}>
        <input type="text" name="title" value={title} onChange={(e) => setTitle(e.target.value)} placeholder={tr('plans.steps.stepPlaceholder')} autoFocus />
      </FormField>
      <div className="field-row">
        <SelectField label={tr('plans.steps.kind')} error={errors.byField.kind} name="kind" value={kind} onChange={setKind} options={optionsOf(STEP_KINDS, (k) => STEP_KIND_LABELS[k])} />
        <FormField label={tr('plans.steps.dueLabel')} error={errors.byField.due}>
          <input type="date" name="due" value={due} min={today} onChange={(e) => setDue(e.target.value)} />
        </FormField>
      </div>
      <FormField label={tr('plans.steps.note')} error={errors.byField.note}>
        <input type="text" name="note" value={note} onChange={(e) => setNote(e.target.value)} />
      </FormField>
      <FormActions busy={loading} submit={tr('plans.steps.submit')} busyLabel={tr('plans.steps.busy')} onCancel={onCancel} />
    </form>
  );
}
